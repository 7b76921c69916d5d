#pragma once
// Reading HTTP/1.1 messages off a byte stream: a response head (interim 1xx responses skipped)
// or a request head, then the body the head frames (Content-Length, chunked with trailers, or up
// to the end of the stream), whole or piece by piece. Bytes that arrive ahead of time are kept
// for the next message. Everything is bounded: a head larger than its limit, or a body larger
// than the caller's, is an error before anything of that size is allocated.

#include <lambda/protocol/http_fields.h>
#include <lambda/protocol/http_framing.h>
#include <lambda/protocol/http_head.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace lambda::protocol {

/// Where a reader's bytes come from: a socket, or memory in tests and fuzzing.
class byte_source {
 public:
  virtual ~byte_source() = default;
  /// Up to `capacity` bytes into `out`: how many (> 0); 0 at the end of the stream; -1 when
  /// the stream failed, with errno saying why.
  virtual std::ptrdiff_t receive(char* out, std::size_t capacity) = 0;
};

struct read_status {
  enum class code {
    ok,
    closed,     ///< the stream ended before the first byte of the message
    truncated,  ///< the stream ended inside the message
    malformed,  ///< not HTTP/1.1 as RFC 9112 allows; `detail` names the line or field
    too_large,  ///< over a limit; `detail` says which
    io_error,   ///< the stream failed; `detail` has the system's reason
  };
  code what = code::ok;
  std::string detail;

  bool ok() const { return what == code::ok; }
  /// A sentence for a log line: "connection closed before the response", "malformed …".
  std::string describe() const;
};

class message_reader {
 public:
  /// A head is a start line and its fields; Go's net/http allows 1 MB, RAPID's headers are small.
  static constexpr std::size_t default_max_head_bytes = 1 << 20;

  explicit message_reader(byte_source& source, std::size_t max_head_bytes = default_max_head_bytes);

  /// Reads the head of the response to a `request_method` request, skipping interim (1xx)
  /// responses, and finds how its body is framed.
  read_status read_response_head(response_head& out, std::string_view request_method);
  /// Reads the head of a request (empty lines before it are skipped, RFC 9112 §2.2).
  read_status read_request_head(request_head& out);
  /// How the body of the message whose head was read last is framed.
  const body_framing& framing() const { return framing_; }

  /// The whole body into `out` (replacing its contents), its trailers into `trailers`; a body
  /// over `max_bytes` is too_large (a Content-Length over it, before reading any of it). `out`'s
  /// capacity then exceeds its size by `slack` bytes at least: the runtime asks for simdjson's
  /// padding, so that an event is parsed where it was read (lambda::json::parse of a
  /// simdjson::padded_string_view) instead of copied first.
  read_status read_body(std::string& out, std::size_t max_bytes, http_fields& trailers, std::size_t slack = 0);
  /// The next piece of the body into `piece`: what is at hand, at most one chunk. An empty piece
  /// with ok is the end of the body; the trailers are then in `trailers`.
  read_status read_body_piece(std::string& piece, http_fields& trailers);
  /// Whether the body of the last message was read to its end.
  bool body_done() const { return state_ == body_state::done; }

  /// Bytes received and not yet read as part of a message.
  std::size_t buffered() const { return end_ - begin_; }
  /// Forgets buffered bytes and the message in progress (the stream was replaced).
  void reset();

 private:
  enum class body_state { done, length, until_close, size_line, data, data_end, trailers };

  /// Receives more bytes; the status to return when none came (closed/truncated/io_error).
  read_status fill(bool message_started);
  /// The next CRLF-terminated line (without CRLF), at most `limit` bytes. `line` stays valid
  /// until the next fill.
  read_status read_line(std::string_view& line, std::size_t limit, bool message_started);
  /// Field lines up to the empty line; `head_budget` is what is left of the head limit.
  read_status read_fields(http_fields& fields, std::size_t& head_budget);
  read_status start_body(std::variant<body_framing, std::string> framing);

  byte_source& source_;
  const std::size_t max_head_bytes_;
  std::string buffer_;  // bytes buffer_[begin_, end_) are received and unread; the rest is spare room
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  body_framing framing_;
  body_state state_ = body_state::done;
  std::uint64_t left_ = 0;  // of the Content-Length body or of the current chunk
};

}  // namespace lambda::protocol
