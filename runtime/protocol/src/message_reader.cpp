#include <lambda/protocol/message_reader.h>

#include <lambda/protocol/chunked.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace lambda::protocol {
namespace {

constexpr std::size_t min_room = 16 * 1024;

read_status status(read_status::code what, std::string detail = {}) { return {what, std::move(detail)}; }

}  // namespace

std::string read_status::describe() const {
  switch (what) {
    case code::ok:
      return "ok";
    case code::closed:
      return "the connection was closed before the message began";
    case code::truncated:
      return "the connection was closed in the middle of the message";
    case code::malformed:
      return "malformed HTTP message: " + detail;
    case code::too_large:
      return "message too large: " + detail;
    case code::io_error:
      return "receive failed: " + detail;
  }
  return detail;
}

message_reader::message_reader(byte_source& source, std::size_t max_head_bytes)
    : source_(source), max_head_bytes_(max_head_bytes) {}

void message_reader::reset() {
  begin_ = end_ = 0;
  state_ = body_state::done;
  framing_ = {};
  left_ = 0;
}

read_status message_reader::fill(bool message_started) {
  if (begin_ == end_) begin_ = end_ = 0;
  if (end_ == buffer_.size()) {
    if (begin_ > 0) {  // reclaim what was read before growing
      std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    if (buffer_.size() - end_ < min_room) buffer_.resize(std::max(buffer_.size() * 2, min_room * 4));
  }
  while (true) {
    std::ptrdiff_t n = source_.receive(buffer_.data() + end_, buffer_.size() - end_);
    if (n > 0) {
      end_ += static_cast<std::size_t>(n);
      return {};
    }
    if (n == 0) return status(message_started ? read_status::code::truncated : read_status::code::closed);
    if (errno == EINTR) continue;
    int error = errno;
    return status(read_status::code::io_error, std::strerror(error));
  }
}

read_status message_reader::read_line(std::string_view& line, std::size_t limit, bool message_started) {
  std::size_t scanned = begin_;
  while (true) {
    const char* lf = static_cast<const char*>(std::memchr(buffer_.data() + scanned, '\n', end_ - scanned));
    if (lf) {
      std::size_t at = static_cast<std::size_t>(lf - buffer_.data());
      // RFC 9112 §2.2 lets a recipient take a bare LF as a line end; we do not: a reader
      // upstream that disagrees about where lines end is how a smuggled message gets in.
      if (at == begin_ || buffer_[at - 1] != '\r')
        return status(read_status::code::malformed, "a line ends in a bare LF");
      if (at - 1 - begin_ > limit) break;
      line = std::string_view(buffer_.data() + begin_, at - 1 - begin_);
      begin_ = at + 1;
      return {};
    }
    if (end_ - begin_ > limit + 1) break;
    scanned = end_;
    std::size_t offset = scanned - begin_;
    if (read_status s = fill(message_started || begin_ < end_); !s.ok()) return s;
    scanned = begin_ + offset;  // fill may have moved the unread bytes to the front
  }
  return status(read_status::code::too_large, "a line is longer than " + std::to_string(limit) + " bytes");
}

read_status message_reader::read_fields(http_fields& fields, std::size_t& head_budget) {
  while (true) {
    std::string_view line;
    if (read_status s = read_line(line, head_budget, true); !s.ok()) {
      if (s.what == read_status::code::too_large)
        s.detail = "the header section is larger than " + std::to_string(max_head_bytes_) + " bytes";
      return s;
    }
    head_budget -= std::min(head_budget, line.size() + 2);
    if (line.empty()) return {};
    if (auto error = parse_field_line(line, fields)) return status(read_status::code::malformed, std::move(*error));
  }
}

read_status message_reader::start_body(std::variant<body_framing, std::string> framing) {
  if (auto* error = std::get_if<std::string>(&framing)) return status(read_status::code::malformed, std::move(*error));
  framing_ = std::get<body_framing>(framing);
  left_ = framing_.length;
  switch (framing_.how) {
    case body_framing::kind::none:
      state_ = body_state::done;
      break;
    case body_framing::kind::length:
      state_ = left_ > 0 ? body_state::length : body_state::done;
      break;
    case body_framing::kind::chunked:
      state_ = body_state::size_line;
      break;
    case body_framing::kind::until_close:
      state_ = body_state::until_close;
      break;
  }
  return {};
}

read_status message_reader::read_response_head(response_head& out, std::string_view request_method) {
  state_ = body_state::done;
  while (true) {
    out.fields.clear();
    std::size_t budget = max_head_bytes_;
    std::string_view line;
    if (read_status s = read_line(line, budget, false); !s.ok()) {
      if (s.what == read_status::code::too_large)
        s.detail = "the status line is longer than " + std::to_string(budget) + " bytes";
      return s;
    }
    budget -= line.size() + 2;
    if (auto error = parse_status_line(line, out)) return status(read_status::code::malformed, std::move(*error));
    if (read_status s = read_fields(out.fields, budget); !s.ok()) return s;
    // Interim responses (100 Continue, 103 Early Hints) precede the real one; 101 would switch
    // protocols, which no request of ours asks for.
    if (out.status == 101) return status(read_status::code::malformed, "unexpected 101 Switching Protocols");
    if (out.status >= 200) break;
  }
  return start_body(response_framing(out, request_method));
}

read_status message_reader::read_request_head(request_head& out) {
  state_ = body_state::done;
  out.fields.clear();
  std::size_t budget = max_head_bytes_;
  std::string_view line;
  do {
    if (read_status s = read_line(line, budget, budget < max_head_bytes_); !s.ok()) {
      if (s.what == read_status::code::too_large)
        s.detail = "the request line is longer than " + std::to_string(budget) + " bytes";
      return s;
    }
    budget -= std::min(budget, line.size() + 2);
  } while (line.empty());
  if (auto error = parse_request_line(line, out)) return status(read_status::code::malformed, std::move(*error));
  if (read_status s = read_fields(out.fields, budget); !s.ok()) return s;
  return start_body(request_framing(out));
}

read_status message_reader::read_body_piece(std::string& piece, http_fields& trailers) {
  piece.clear();
  while (true) {
    switch (state_) {
      case body_state::done:
        return {};
      case body_state::length:
      case body_state::data:
      case body_state::until_close: {
        if (begin_ == end_) {
          read_status s = fill(true);
          if (state_ == body_state::until_close && s.what == read_status::code::truncated) {
            state_ = body_state::done;  // this body ends with the stream
            return {};
          }
          if (!s.ok()) return s;
        }
        std::size_t n = end_ - begin_;
        if (state_ != body_state::until_close) n = static_cast<std::size_t>(std::min<std::uint64_t>(n, left_));
        piece.assign(buffer_.data() + begin_, n);
        begin_ += n;
        if (state_ != body_state::until_close) {
          left_ -= n;
          if (left_ == 0) state_ = state_ == body_state::data ? body_state::data_end : body_state::done;
        }
        return {};
      }
      case body_state::data_end: {
        std::string_view line;
        if (read_status s = read_line(line, 0, true); !s.ok()) {
          if (s.what == read_status::code::too_large)
            s = status(read_status::code::malformed, "chunk data not followed by CRLF");
          return s;
        }
        state_ = body_state::size_line;
        break;
      }
      case body_state::size_line: {
        std::string_view line;
        if (read_status s = read_line(line, max_chunk_size_line, true); !s.ok()) return s;
        auto size = parse_chunk_size(line);
        if (auto* error = std::get_if<std::string>(&size))
          return status(read_status::code::malformed, std::move(*error));
        left_ = std::get<std::uint64_t>(size);
        state_ = left_ == 0 ? body_state::trailers : body_state::data;
        break;
      }
      case body_state::trailers: {
        trailers.clear();
        std::size_t budget = max_head_bytes_;
        if (read_status s = read_fields(trailers, budget); !s.ok()) return s;
        state_ = body_state::done;
        return {};
      }
    }
  }
}

read_status message_reader::read_body(std::string& out, std::size_t max_bytes, http_fields& trailers,
                                      std::size_t slack) {
  out.clear();
  trailers.clear();
  if (state_ == body_state::length) {
    if (left_ > max_bytes)
      return status(read_status::code::too_large, "Content-Length " + std::to_string(left_) + " is over the limit of " +
                                                      std::to_string(max_bytes) + " bytes");
    // Straight into `out`: what is buffered, then the rest from the source with no copy.
    auto size = static_cast<std::size_t>(left_);
    out.reserve(size + slack);
    out.resize(size);
    std::size_t have = std::min(size, end_ - begin_);
    std::memcpy(out.data(), buffer_.data() + begin_, have);
    begin_ += have;
    while (have < size) {
      std::ptrdiff_t n = source_.receive(out.data() + have, size - have);
      if (n > 0) {
        have += static_cast<std::size_t>(n);
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      int error = errno;
      out.resize(have);
      left_ = size - have;
      return n == 0 ? status(read_status::code::truncated) : status(read_status::code::io_error, std::strerror(error));
    }
    left_ = 0;
    state_ = body_state::done;
    return {};
  }
  std::string piece;
  while (true) {
    if (read_status s = read_body_piece(piece, trailers); !s.ok()) return s;
    if (state_ == body_state::done && piece.empty()) {
      if (out.capacity() < out.size() + slack) out.reserve(out.size() + slack);  // an empty body
      return {};
    }
    if (piece.size() > max_bytes - out.size())
      return status(read_status::code::too_large,
                    "the body is over the limit of " + std::to_string(max_bytes) + " bytes");
    // Growing geometrically, as += would, but always with the slack past the end.
    if (std::size_t needed = out.size() + piece.size() + slack; needed > out.capacity())
      out.reserve(std::max(needed, 2 * out.capacity()));
    out += piece;
  }
}

}  // namespace lambda::protocol
