#pragma once
// An invoke as its caller sees it: what was asked, what came back, and where a streamed answer
// goes as it arrives. Shared by the emulator and whatever takes invokes (the RIE-compatible
// endpoint, the `invoke` command).

#include <optional>
#include <string>
#include <string_view>

namespace lambda::emulator {

/// What an invoke produced, as Lambda's Invoke API returns it.
struct invoke_result {
  bool function_error = false;  ///< true ⇒ `X-Amz-Function-Error: Unhandled`
  /// The payload, or the error document of a buffered error. For a stream: what arrived, when
  /// invoke() collected it (no sink), else empty.
  std::string body;
  std::string content_type = "application/json";
  /// The function streamed its response; the sink (if any) got it, and an error that ended the
  /// stream is in `error_type` and `error_body` instead of `body`.
  bool streamed = false;
  std::string error_type;  ///< the stream's error type, e.g. "Sandbox.Timedout"; empty on success
  std::string error_body;  ///< the stream's error document (JSON); empty on success
};

/// Receives a streamed response as the function produces it. invoke() calls it on its own thread
/// and never under the emulator's lock, so a slow receiver slows the function down (back-pressure)
/// without stalling other invokes. Returning false (the receiver is gone) cancels the stream.
class stream_sink {
 public:
  virtual ~stream_sink() = default;
  /// The function started streaming a payload of `content_type`; called once, before any write.
  virtual bool begin(std::string_view content_type) = 0;
  /// The next piece of the payload, as it arrived from the function.
  virtual bool write(std::string_view data) = 0;
};

/// An invoke as the caller described it.
struct invoke_request {
  std::string payload;
  std::string content_type = "application/json";
  std::optional<std::string> tenant_id;
  std::optional<std::string> client_context;  ///< decoded JSON
};

}  // namespace lambda::emulator
