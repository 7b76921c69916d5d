#include "http_message.h"

#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <initializer_list>

namespace lambda::emulator {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool has_token(std::string_view list, std::string_view token) {
    std::string l = lower(list);
    std::size_t start = 0;
    while (start <= l.size()) {
        std::size_t comma = l.find(',', start);
        if (comma == std::string::npos) comma = l.size();
        if (trim(std::string_view(l).substr(start, comma - start)) == token) return true;
        start = comma + 1;
    }
    return false;
}

} // namespace

std::optional<std::string_view> http_headers::find(std::string_view name) const {
    for (const auto& [n, v] : fields)
        if (n == name) return std::string_view(v);
    return std::nullopt;
}

void http_headers::set(std::string name, std::string value) {
    name = lower(name);
    for (auto& [n, v] : fields) {
        if (n == name) {
            v = std::move(value);
            return;
        }
    }
    fields.emplace_back(std::move(name), std::move(value));
}

std::string_view http_request::path() const {
    std::string_view t = target;
    return t.substr(0, t.find('?'));
}

bool http_request::keep_alive() const {
    auto connection = headers.find("connection");
    if (connection && has_token(*connection, "close")) return false;
    if (!http11) return connection && has_token(*connection, "keep-alive");
    return true;
}

std::string_view reason_phrase(int status) {
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 202: return "Accepted";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 410: return "Gone";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

std::string serialize(const http_response& response) {
    std::string out = "HTTP/1.1 " + std::to_string(response.status) + " ";
    out += reason_phrase(response.status);
    out += "\r\n";
    for (const auto& [name, value] : response.headers.fields) {
        if (name == "content-length" || name == "transfer-encoding" || name == "connection") continue;
        out += name + ": " + value + "\r\n";
    }
    if (response.close) out += "connection: close\r\n";
    if (response.chunked) {
        out += "transfer-encoding: chunked\r\n\r\n";
        // Several chunks, so that readers relying on a single chunk are caught out too.
        std::string_view body = response.body;
        while (!body.empty()) {
            std::size_t n = std::min<std::size_t>(body.size(), 7);
            char hex[16];
            auto [end, ec] = std::to_chars(hex, hex + sizeof hex, n, 16);
            out.append(hex, end);
            out += "\r\n";
            out.append(body.substr(0, n));
            out += "\r\n";
            body.remove_prefix(n);
        }
        out += "0\r\n\r\n";
    } else {
        out += "content-length: " + std::to_string(response.body.size()) + "\r\n\r\n";
        out += response.body;
    }
    return out;
}

bool send_all(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

bool http_request_reader::fill() {
    if (pos_ > 0 && pos_ == buffer_.size()) {
        buffer_.clear();
        pos_ = 0;
    }
    char chunk[16384];
    while (true) {
        ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        buffer_.append(chunk, static_cast<std::size_t>(n));
        return true;
    }
}

std::optional<std::string> http_request_reader::read_line(std::size_t limit) {
    while (true) {
        std::size_t eol = buffer_.find("\r\n", pos_);
        if (eol != std::string::npos) {
            std::string line = buffer_.substr(pos_, eol - pos_);
            pos_ = eol + 2;
            return line;
        }
        if (buffer_.size() - pos_ > limit || !fill()) return std::nullopt;
    }
}

read_status http_request_reader::read_fields(http_headers& fields, std::string_view section, std::string& error) {
    std::size_t bytes = 0;
    while (true) {
        auto line = read_line(max_header_bytes);
        if (!line) return buffer_.size() - pos_ > max_header_bytes ? read_status::too_large : read_status::closed;
        bytes += line->size() + 2;
        if (bytes > max_header_bytes) return read_status::too_large;
        if (line->empty()) return read_status::ok;
        std::size_t colon = line->find(':');
        if (colon == std::string::npos || colon == 0) {
            error = "malformed " + std::string(section) + " line";
            return read_status::bad_request;
        }
        fields.fields.emplace_back(lower(trim(std::string_view(*line).substr(0, colon))),
                                   std::string(trim(std::string_view(*line).substr(colon + 1))));
    }
}

read_status http_request_reader::read_chunk(std::string& piece, http_headers& trailers, std::string& error) {
    piece.clear();
    while (true) {
        switch (state_) {
        case body_state::done:
            return read_status::ok;
        case body_state::size_line: {
            auto line = read_line(4096);
            if (!line) return read_status::closed;
            std::string_view size_text = *line;
            size_text = trim(size_text.substr(0, size_text.find(';'))); // chunk extensions are ignored
            std::size_t size = 0;
            auto [end, ec] = std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
            if (size_text.empty() || ec != std::errc() || end != size_text.data() + size_text.size()) {
                error = "bad chunk size '" + std::string(size_text) + "'";
                return read_status::bad_request;
            }
            if (size == 0) {
                read_status status = read_fields(trailers, "trailer", error);
                if (status == read_status::ok) state_ = body_state::done;
                return status;
            }
            chunk_left_ = size;
            state_ = body_state::data;
            break;
        }
        case body_state::data: {
            if (pos_ == buffer_.size() && !fill()) return read_status::closed;
            std::size_t n = std::min(chunk_left_, buffer_.size() - pos_);
            piece.assign(buffer_, pos_, n);
            pos_ += n;
            chunk_left_ -= n;
            if (chunk_left_ == 0) state_ = body_state::data_end;
            return read_status::ok;
        }
        case body_state::data_end:
            while (buffer_.size() - pos_ < 2)
                if (!fill()) return read_status::closed;
            if (buffer_.compare(pos_, 2, "\r\n") != 0) {
                error = "chunk not followed by CRLF";
                return read_status::bad_request;
            }
            pos_ += 2;
            state_ = body_state::size_line;
            break;
        }
    }
}

read_status http_request_reader::read(http_request& out, std::string& error) {
    read_status status = read_head(out, error);
    return status == read_status::ok ? read_body(out, error) : status;
}

read_status http_request_reader::read_head(http_request& out, std::string& error) {
    out = http_request{};
    state_ = body_state::done;
    chunked_ = false;
    content_length_ = 0;
    std::optional<std::string> request_line;
    // Tolerate empty lines before a request (RFC 9112 §2.2).
    do {
        request_line = read_line(max_header_bytes);
        if (!request_line) return buffer_.size() - pos_ > max_header_bytes ? read_status::too_large : read_status::closed;
    } while (request_line->empty());

    std::string_view rl = *request_line;
    std::size_t sp1 = rl.find(' ');
    std::size_t sp2 = sp1 == std::string_view::npos ? sp1 : rl.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos) {
        error = "malformed request line";
        return read_status::bad_request;
    }
    out.method = std::string(rl.substr(0, sp1));
    out.target = std::string(rl.substr(sp1 + 1, sp2 - sp1 - 1));
    std::string_view version = rl.substr(sp2 + 1);
    if (version == "HTTP/1.1") out.http11 = true;
    else if (version == "HTTP/1.0") out.http11 = false;
    else {
        error = "unsupported HTTP version '" + std::string(version) + "'";
        return read_status::bad_request;
    }

    if (read_status status = read_fields(out.headers, "header", error); status != read_status::ok) return status;

    if (auto expect = out.headers.find("expect"); expect && lower(*expect) == "100-continue")
        send_all(fd_, "HTTP/1.1 100 Continue\r\n\r\n");

    if (auto te = out.headers.find("transfer-encoding")) {
        if (!has_token(*te, "chunked")) {
            error = "unsupported transfer-encoding '" + std::string(*te) + "'";
            return read_status::bad_request;
        }
        chunked_ = true;
        state_ = body_state::size_line;
        return read_status::ok;
    }
    if (auto cl = out.headers.find("content-length")) {
        std::size_t length = 0;
        auto [end, ec] = std::from_chars(cl->data(), cl->data() + cl->size(), length);
        if (cl->empty() || ec != std::errc() || end != cl->data() + cl->size()) {
            error = "bad content-length '" + std::string(*cl) + "'";
            return read_status::bad_request;
        }
        if (length > max_body_bytes) return read_status::too_large;
        content_length_ = length;
        if (length > 0) state_ = body_state::data;
    }
    return read_status::ok;
}

read_status http_request_reader::read_body(http_request& out, std::string& error) {
    if (chunked_) {
        std::string piece;
        while (true) {
            read_status status = read_chunk(piece, out.trailers, error);
            if (status != read_status::ok) return status;
            if (piece.empty()) return read_status::ok;
            if (out.body.size() + piece.size() > max_body_bytes) return read_status::too_large;
            out.body += piece;
        }
    }
    while (buffer_.size() - pos_ < content_length_)
        if (!fill()) return read_status::closed;
    out.body.assign(buffer_, pos_, content_length_);
    pos_ += content_length_;
    state_ = body_state::done;
    return read_status::ok;
}

namespace {

// Sends the pieces as one message where the kernel allows, so that a chunk's size line, data and
// CRLF do not leave as three segments.
bool send_parts(int fd, std::initializer_list<std::string_view> parts) {
    iovec iov[4];
    std::size_t count = 0;
    for (auto p : parts)
        if (!p.empty()) iov[count++] = {const_cast<char*>(p.data()), p.size()};
    std::size_t first = 0;
    while (first < count) {
        msghdr msg{};
        msg.msg_iov = iov + first;
        msg.msg_iovlen = count - first;
        ssize_t n = ::sendmsg(fd, &msg, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        auto left = static_cast<std::size_t>(n);
        while (first < count && left >= iov[first].iov_len) left -= iov[first++].iov_len;
        if (first < count) {
            iov[first].iov_base = static_cast<char*>(iov[first].iov_base) + left;
            iov[first].iov_len -= left;
        }
    }
    return true;
}

} // namespace

bool chunked_response_writer::begin(int status, const http_headers& headers) {
    started_ = true;
    std::string head = "HTTP/1.1 " + std::to_string(status) + " ";
    head += reason_phrase(status);
    head += "\r\n";
    for (const auto& [name, value] : headers.fields) {
        if (name == "content-length" || name == "transfer-encoding") continue;
        head += name + ": " + value + "\r\n";
    }
    head += "transfer-encoding: chunked\r\n\r\n";
    return send_all(fd_, head);
}

bool chunked_response_writer::write(std::string_view data) {
    if (data.empty()) return true;
    char size[24];
    auto [end, ec] = std::to_chars(size, size + sizeof size - 2, data.size(), 16);
    *end++ = '\r';
    *end++ = '\n';
    return send_parts(fd_, {std::string_view(size, static_cast<std::size_t>(end - size)), data, "\r\n"});
}

bool chunked_response_writer::finish(const http_headers& trailers) {
    finished_ = true;
    std::string tail = "0\r\n";
    for (const auto& [name, value] : trailers.fields) tail += name + ": " + value + "\r\n";
    tail += "\r\n";
    return send_all(fd_, tail);
}

} // namespace lambda::emulator
