#include "http_message.h"

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>

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

read_status http_request_reader::read_chunked_body(std::string& body, std::string& error) {
    while (true) {
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
        if (size == 0) break;
        if (size > max_body_bytes || body.size() + size > max_body_bytes) return read_status::too_large;
        while (buffer_.size() - pos_ < size + 2)
            if (!fill()) return read_status::closed;
        body.append(buffer_, pos_, size);
        if (buffer_.compare(pos_ + size, 2, "\r\n") != 0) {
            error = "chunk not followed by CRLF";
            return read_status::bad_request;
        }
        pos_ += size + 2;
    }
    // Trailer fields are read and dropped; the empty line ends the message.
    while (true) {
        auto line = read_line(max_header_bytes);
        if (!line) return read_status::closed;
        if (line->empty()) return read_status::ok;
    }
}

read_status http_request_reader::read(http_request& out, std::string& error) {
    out = http_request{};
    std::size_t header_bytes = 0;
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

    while (true) {
        auto line = read_line(max_header_bytes);
        if (!line) return buffer_.size() - pos_ > max_header_bytes ? read_status::too_large : read_status::closed;
        header_bytes += line->size() + 2;
        if (header_bytes > max_header_bytes) return read_status::too_large;
        if (line->empty()) break;
        std::size_t colon = line->find(':');
        if (colon == std::string::npos || colon == 0) {
            error = "malformed header line";
            return read_status::bad_request;
        }
        out.headers.fields.emplace_back(lower(trim(std::string_view(*line).substr(0, colon))),
                                        std::string(trim(std::string_view(*line).substr(colon + 1))));
    }

    if (auto expect = out.headers.find("expect"); expect && lower(*expect) == "100-continue")
        send_all(fd_, "HTTP/1.1 100 Continue\r\n\r\n");

    if (auto te = out.headers.find("transfer-encoding")) {
        if (!has_token(*te, "chunked")) {
            error = "unsupported transfer-encoding '" + std::string(*te) + "'";
            return read_status::bad_request;
        }
        return read_chunked_body(out.body, error);
    }
    if (auto cl = out.headers.find("content-length")) {
        std::size_t length = 0;
        auto [end, ec] = std::from_chars(cl->data(), cl->data() + cl->size(), length);
        if (cl->empty() || ec != std::errc() || end != cl->data() + cl->size()) {
            error = "bad content-length '" + std::string(*cl) + "'";
            return read_status::bad_request;
        }
        if (length > max_body_bytes) return read_status::too_large;
        while (buffer_.size() - pos_ < length)
            if (!fill()) return read_status::closed;
        out.body.assign(buffer_, pos_, length);
        pos_ += length;
    }
    return read_status::ok;
}

} // namespace lambda::emulator
