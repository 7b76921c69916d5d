#pragma once
// HTTP/1.1 messages as the emulator's server sees them, and reading requests off a socket.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lambda::emulator {

/// Header fields with lower-cased names, in arrival order.
struct http_headers {
    std::vector<std::pair<std::string, std::string>> fields;

    /// The first value of `name` (lower-case); nullopt when absent.
    std::optional<std::string_view> find(std::string_view name) const;
    void set(std::string name, std::string value);
};

struct http_request {
    std::string method;
    std::string target; ///< path and query, as sent
    bool http11 = true;
    http_headers headers;
    std::string body;

    /// The path part of the target, without the query.
    std::string_view path() const;
    /// Whether the client asked to keep the connection after this request.
    bool keep_alive() const;
};

struct http_response {
    int status = 200;
    http_headers headers;
    std::string body;
    /// Send the body with chunked transfer coding instead of Content-Length.
    bool chunked = false;
    /// Close the connection after sending.
    bool close = false;
    /// Test hook: send exactly these bytes instead of the formatted response, then close.
    std::optional<std::string> raw;
};

/// The standard reason phrase for `status` ("OK", "Not Found", ...).
std::string_view reason_phrase(int status);

/// The bytes of `response` on the wire (status line, headers, body).
std::string serialize(const http_response& response);

/// Why reading a request stopped.
enum class read_status { ok, closed, bad_request, too_large };

/// Reads HTTP/1.1 requests from one connection, keeping bytes that arrive ahead of time.
class http_request_reader {
public:
    static constexpr std::size_t max_header_bytes = 1 << 20;
    static constexpr std::size_t max_body_bytes = 64u << 20;

    explicit http_request_reader(int fd) : fd_(fd) {}

    /// Reads the next request into `out`; `error` describes a bad_request. Sends
    /// "100 Continue" when the client expects it.
    read_status read(http_request& out, std::string& error);

private:
    bool fill(); // false on EOF or error
    read_status read_chunked_body(std::string& body, std::string& error);
    std::optional<std::string> read_line(std::size_t limit);

    int fd_;
    std::string buffer_;
    std::size_t pos_ = 0;
};

/// Writes all of `data` to the socket; false when the peer is gone.
bool send_all(int fd, std::string_view data);

} // namespace lambda::emulator
