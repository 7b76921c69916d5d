#pragma once
// HTTP/1.1 messages as the emulator's server sees them, and reading requests off a socket.

#include <lambda/protocol/http_fields.h>
#include <lambda/protocol/http_head.h>
#include <lambda/protocol/message_reader.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lambda::emulator {

// Header and trailer fields are the protocol component's: names as they were sent or set, looked
// up without regard to case.
using protocol::http_fields;

class http_request_reader;
class chunked_response_writer;

struct http_request {
  std::string method;
  std::string target;  ///< path and query, as sent
  bool http11 = true;
  http_fields headers;
  std::string body;
  /// Trailer fields that followed a chunked body.
  http_fields trailers;
  /// Set when the server left a chunked body on the wire for the handler to read piece by piece
  /// (http_server's `stream_body_if`); `body` and `trailers` are then empty. Valid during the call.
  http_request_reader* body_reader = nullptr;
  /// The connection's sending side, for a handler that sends its response in pieces and then
  /// returns an http_response with `sent` set. Valid during the call.
  chunked_response_writer* response_writer = nullptr;

  /// The path part of the target, without the query.
  std::string_view path() const;
  /// Whether the client asked to keep the connection after this request.
  bool keep_alive() const;
};

struct http_response {
  int status = 200;
  http_fields headers;
  std::string body;
  /// Send the body with chunked transfer coding instead of Content-Length.
  bool chunked = false;
  /// Close the connection after sending.
  bool close = false;
  /// Test hook: send exactly these bytes instead of the formatted response, then close.
  std::optional<std::string> raw;
  /// The handler already sent the response through http_request::response_writer.
  bool sent = false;
};

/// The bytes of `response` on the wire (status line, headers, body), written by the protocol
/// component (lambda::protocol::append_response_head and the chunked framing).
std::string serialize(const http_response& response);

/// Why reading a request stopped.
enum class read_status { ok, closed, bad_request, too_large };

/// Reads HTTP/1.1 requests from one connection, keeping bytes that arrive ahead of time. The
/// reading itself is the protocol component's (lambda::protocol::message_reader), strict as RFC
/// 9112 says a server must be: a request whose body length is ambiguous (two Content-Lengths,
/// Content-Length with Transfer-Encoding, a coding other than chunked) is a bad_request, never
/// guessed at, since guessing is how a smuggled request gets in.
class http_request_reader {
 public:
  static constexpr std::size_t max_header_bytes = protocol::message_reader::default_max_head_bytes;
  static constexpr std::size_t max_body_bytes = 64u << 20;

  explicit http_request_reader(int fd);

  /// Reads the next request into `out`; `error` describes a bad_request. Sends
  /// "100 Continue" when the client expects it.
  read_status read(http_request& out, std::string& error);

  /// The first half of read(): request line and headers only. The body follows, to be read
  /// with read_body() or, when chunked, read_chunk().
  read_status read_head(http_request& out, std::string& error);
  /// The second half of read(): the whole body (and trailers) of the request whose head was read.
  read_status read_body(http_request& out, std::string& error);
  /// The next piece of a chunked body, as much as is at hand (at most one chunk). Returns ok with
  /// an empty `piece` at the end of the body, once `trailers` hold the trailer fields.
  read_status read_chunk(std::string& piece, http_fields& trailers, std::string& error);
  /// Whether the body of the last request has been read to its end.
  bool body_done() const { return reader_.body_done(); }

 private:
  class socket_source final : public protocol::byte_source {
   public:
    explicit socket_source(int fd) : fd_(fd) {}
    std::ptrdiff_t receive(char* out, std::size_t capacity) override;

   private:
    int fd_;
  };

  int fd_;
  socket_source source_;
  protocol::message_reader reader_;
  protocol::request_head head_;  // reused from request to request
};

/// Sends a response in pieces with chunked transfer coding, then optional trailer fields. Each
/// call writes to the socket at once, so a slow reader slows the writer down (nothing piles up).
class chunked_response_writer {
 public:
  explicit chunked_response_writer(int fd) : fd_(fd) {}

  /// Sends the status line and headers. Declare the trailers to come with a "trailer" header.
  bool begin(int status, const http_fields& headers);
  /// Sends `data` as one chunk (nothing for empty data); false when the peer is gone.
  bool write(std::string_view data);
  /// Ends the body with the last chunk and `trailers`.
  bool finish(const http_fields& trailers = {});

  bool started() const { return started_; }
  bool finished() const { return finished_; }

 private:
  int fd_;
  bool started_ = false;
  bool finished_ = false;
};

/// Writes all of `data` to the socket; false when the peer is gone.
bool send_all(int fd, std::string_view data);

}  // namespace lambda::emulator
