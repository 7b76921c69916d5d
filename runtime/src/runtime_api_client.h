#pragma once
// The HTTP side of the Runtime API: our own HTTP/1.1 client over one kept-alive TCP connection.
// Each worker thread owns one client; only interrupt() may be called from another thread.
//
// What is sent again, and what is not: a request goes out again on a fresh connection only when
// the kept-alive one turns out, before a byte of the request was written, to have been closed by
// the server while idle (its keep-alive timeout racing our next call). Once a byte of a request
// was written, a failure is reported, never retried here: a POST the Runtime API may have
// received must not be sent twice (a second /response is an InvalidStateTransition at best),
// and a failed /next is retried by the loop, with back-off (runtime_loop.cpp).

#include "http_connection.h"

#include <lambda/outcome.h>
#include <lambda/protocol/http_fields.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lambda::detail {

/// What came back from one Runtime API call. `transport_error` is set when no complete HTTP
/// response arrived (refused, reset, dropped or cut short, malformed, over a limit); `status` is
/// then 0.
struct api_reply {
  long status = 0;
  protocol::http_fields headers;
  /// With the parser's padding past its end (capacity ≥ size + json::text_padding): an event is
  /// parsed where it lies (lambda::json::parse of a json::padded_text).
  std::string body;
  std::string transport_error;

  bool transport_failed() const { return !transport_error.empty(); }
};

/// The body of a streamed POST, produced while it is being sent. Both calls come from the thread
/// that makes the POST.
class body_source {
 public:
  virtual ~body_source() = default;
  /// Copies up to `capacity` bytes into `out`, waiting until some are available; 0 ends the body.
  virtual std::size_t read(char* out, std::size_t capacity) = 0;
  /// The trailer fields to send after the last chunk.
  virtual protocol::http_fields trailers() = 0;
};

/// The largest /next body accepted. RAPID renders no event over protocol::max_payload_bytes
/// (6 MB synchronous, 1 MB asynchronous); the margin is room for Lambda to raise that limit
/// without breaking deployed functions. A Content-Length beyond it is refused before anything
/// is allocated, instead of trusting a number a broken peer sent.
inline constexpr std::size_t max_event_bytes = 16u << 20;
/// The largest body accepted in answer to a POST or from the Extensions API (they are a few
/// bytes of JSON).
inline constexpr std::size_t max_reply_bytes = 1u << 20;

/// The client half of the Runtime API (`/2018-06-01/runtime/...`) and of the few Extensions API
/// calls (`/2020-01-01/extension/...`) the runtime's internal extension makes.
class runtime_api_client {
 public:
  /// `endpoint` is AWS_LAMBDA_RUNTIME_API's `host:port`; throws std::invalid_argument, naming
  /// the problem, when it is not an IP literal or localhost with a port.
  explicit runtime_api_client(std::string endpoint);
  runtime_api_client(const runtime_api_client&) = delete;
  runtime_api_client& operator=(const runtime_api_client&) = delete;

  /// `GET /runtime/invocation/next`, waiting as long as Lambda keeps the function frozen.
  api_reply next();

  /// `POST /runtime/invocation/{id}/response` with the handler's body.
  api_reply post_response(std::string_view request_id, const std::optional<std::string>& invocation_id,
                          std::string_view body, std::string_view content_type);

  /// `POST /runtime/invocation/{id}/response` in streaming mode: the body is sent in chunks as
  /// `source` produces them, then the error trailers `source` reports, if any. The call uses
  /// the client's connection, so the client must not be used for anything else meanwhile (the
  /// worker that owns it is running the handler).
  api_reply post_streamed_response(std::string_view request_id, const std::optional<std::string>& invocation_id,
                                   std::string_view content_type, body_source& source);

  /// `POST /runtime/invocation/{id}/error` with the standard error document and headers.
  api_reply post_error(std::string_view request_id, const std::optional<std::string>& invocation_id,
                       const function_error& error);

  /// `POST /runtime/init/error`.
  api_reply post_init_error(const function_error& error);

  /// `POST /2020-01-01/extension/register` with no events: an internal extension that only
  /// exists so that Lambda sends SIGTERM before shutting the environment down.
  api_reply register_extension(std::string_view name);

  /// `GET /2020-01-01/extension/event/next`; blocks until Lambda has an event for the extension.
  api_reply next_extension_event(std::string_view extension_id);

  /// Makes the call in progress, and every later one, fail at once with a transport error.
  /// Safe from any thread: it is how a worker parked in /next is stopped.
  void interrupt() { connection_.interrupt(); }

  const std::string& endpoint() const { return endpoint_; }

 private:
  api_reply request(std::string_view method, std::string_view target, std::string_view body, std::size_t max_reply_body,
                    body_source* streamed_body = nullptr);
  /// Sends the streamed body as chunks and its trailers; stops early, with `complete` false,
  /// when the server answers first. The failure to report, when sending failed.
  std::optional<std::string> send_chunked(body_source& source, bool& complete);
  /// Reads the answer into `reply`; a transport error when there is no complete one.
  void read_reply(std::string_view method, std::size_t max_reply_body, api_reply& reply);
  /// The request fields every call has; the caller appends its own.
  void start_fields();

  std::string endpoint_;
  http_connection connection_;
  protocol::http_fields fields_;  // of the request being made; storage reused between calls
  std::string head_;              // likewise
  protocol::response_head reply_head_;
  std::string chunk_buffer_;  // a streamed body's chunk on its way out
};

/// Percent-encodes everything but RFC 3986 unreserved characters, for the request id in a path.
std::string url_path_segment(std::string_view text);

}  // namespace lambda::detail
