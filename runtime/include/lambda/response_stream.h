#pragma once
// Response streaming: a handler that sends its response in pieces as it produces them.
//
//     void handler(const Request& request, lambda::response_stream& out, const lambda::Context& ctx) {
//         out.set_content_type("text/plain");
//         for (auto& line : lines) out.write(line);
//     }
//     int main() { return lambda::run(handler); }
//
// Lambda passes the pieces on to the invoker as they arrive (InvokeWithResponseStream, Function
// URLs and API Gateway in streaming mode), up to 200 MB by default instead of the 6 MB of a
// buffered response. The handler returns void or lambda::outcome<void>. An error (an exception or
// an error outcome) before the first byte is reported like any function error; after it, the
// bytes already sent stand and the error travels in the HTTP trailers of the stream.
//
// Memory stays bounded: write() waits while a buffer_limit of bytes is still waiting to be sent,
// so a slow reader slows the handler down instead of making the function grow.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lambda {

namespace detail {
class streamed_response;
}

/// What a Function URL or API Gateway sends the HTTP client before a streamed body.
struct http_prelude {
  int status_code = 200;
  std::map<std::string, std::string> headers;
  std::vector<std::string> cookies;  ///< Set-Cookie values
};

/// The response of one invocation, sent in pieces. Made by the runtime for a streaming handler
/// and valid only during the call.
class response_stream {
 public:
  /// Bytes the stream holds for sending before write() waits.
  static constexpr std::size_t buffer_limit = 1 << 20;

  explicit response_stream(detail::streamed_response& impl) noexcept : impl_(impl) {}
  response_stream(const response_stream&) = delete;
  response_stream& operator=(const response_stream&) = delete;

  /// The Content-Type the invoker sees (default application/octet-stream). Only before the
  /// first write; later it throws std::logic_error.
  void set_content_type(std::string_view type);

  /// Starts an HTTP response for a Function URL or API Gateway: the content type becomes
  /// application/vnd.awslambda.http-integration-response and `prelude` is sent, followed by the
  /// eight NUL bytes that end it. Only before the first write; later it throws std::logic_error.
  bool start_http(const http_prelude& prelude);

  /// Sends `data` as the next piece of the response, waiting while the buffer is full. Returns
  /// false when Lambda no longer takes the stream (the invocation timed out, the connection
  /// failed): the data is dropped and the handler should return.
  bool write(std::string_view data);

  /// Whether the response has started, i.e. something was written: errors from now on go into
  /// the trailers.
  bool started() const noexcept;

  /// Bytes written so far, the prelude included.
  std::size_t bytes_written() const noexcept;

 private:
  detail::streamed_response& impl_;
};

}  // namespace lambda
