#include "invoke_endpoint.h"

#include "replies.h"

#include <lambda/json/base64.h>
#include <lambda/protocol/runtime_api.h>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

namespace lambda::emulator {
namespace {

namespace api = lambda::protocol;

// Relays a stream to the invoke endpoint's client as it arrives, the way Function URLs and
// InvokeWithResponseStream do; the outcome follows in trailers (see finish_stream).
class http_stream_sink final : public stream_sink {
 public:
  explicit http_stream_sink(chunked_response_writer& out) : out_(out) {}
  bool begin(std::string_view content_type) override {
    http_fields headers;
    headers.set("content-type", content_type);
    headers.set("x-amz-executed-version", "$LATEST");
    headers.set("trailer", fmt::format("X-Amz-Function-Error, {}", api::streamed_response_trailers));
    return out_.begin(200, headers);
  }
  bool write(std::string_view data) override { return out_.write(data); }

 private:
  chunked_response_writer& out_;
};

// Ends a relayed stream: no trailers on success; on error the ones Lambda sends, the error
// document base64-encoded as the function sent it.
http_response finish_stream(chunked_response_writer& out, const invoke_result& result) {
  http_fields trailers;
  if (result.function_error) {
    trailers.set("x-amz-function-error", "Unhandled");
    trailers.set(api::error_type_header, result.error_type);
    trailers.set(api::error_body_trailer, lambda::json::base64_encode(result.error_body));
  }
  http_response r;
  r.sent = true;
  r.close = !out.finish(trailers);
  return r;
}

}  // namespace

http_response invoke_endpoint::handle(const http_request& request) {
  std::string_view path = request.path();
  if (path.starts_with("/2015-03-31/functions/") && path.ends_with("/invocations")) {
    if (request.method != "POST") return json_reply(405, error_json("MethodNotAllowed", "invoke with POST"));
    return invoke(request);
  }
  return json_reply(404, error_json("NotFound", "no such path: " + std::string(path)));
}

http_response invoke_endpoint::invoke(const http_request& request) {
  using api::max_payload_bytes;
  invoke_request invoke;
  invoke.payload = request.body;
  if (auto type = request.headers.find("content-type")) invoke.content_type = std::string(*type);
  if (auto tenant = request.headers.find("x-amz-tenant-id"); tenant && !tenant->empty())
    invoke.tenant_id = std::string(*tenant);
  if (auto cc = request.headers.find("x-amz-client-context"); cc && !cc->empty()) {
    auto decoded = lambda::json::base64_decode_to_string(*cc);
    if (!decoded)
      return json_reply(
          400, error_json("InvalidRequestContentException", "X-Amz-Client-Context must be base64-encoded JSON"));
    invoke.client_context = std::move(*decoded);
  }
  if (invoke.payload.size() > max_payload_bytes) {
    return json_reply(413,
                      error_json("RequestEntityTooLargeException",
                                 fmt::format("{} byte payload is too large for the RequestResponse invocation type "
                                             "(limit {} bytes)",
                                             invoke.payload.size(), max_payload_bytes)));
  }
  http_stream_sink sink(*request.response_writer);
  invoke_result result = service_.invoke(invoke, &sink);
  if (result.streamed) return finish_stream(*request.response_writer, result);
  http_response r;
  r.status = 200;
  r.headers.set("content-type", result.content_type);
  r.headers.set("x-amz-executed-version", "$LATEST");
  if (result.function_error) r.headers.set("x-amz-function-error", "Unhandled");
  r.body = std::move(result.body);
  return r;
}

}  // namespace lambda::emulator
