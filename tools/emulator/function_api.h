#pragma once
// The function's side of the emulator: the Runtime API (`/2018-06-01/runtime/...`) and the
// Extensions API (`/2020-01-01/extension/...`), served to one function process at a time on a
// listener of its own (an ephemeral loopback port, named in its AWS_LAMBDA_RUNTIME_API). A
// request is its process generation's: once that process has ended it gets nothing of its
// successor's (no event, no init error, no extension).

#include "http_message.h"
#include "http_server.h"
#include "invocation_queue.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace lambda::emulator {

class function_api {
 public:
  /// `function_name` and `region` make the ARN and the extension registration's answer.
  function_api(invocation_queue& queue, std::string function_name, std::string region);
  ~function_api();
  function_api(const function_api&) = delete;
  function_api& operator=(const function_api&) = delete;

  /// Opens the listener of process generation `generation` and returns its port; the previous
  /// generation's listener closes (its process has ended, and its requests were let go).
  std::uint16_t listen_for(unsigned generation);
  /// Closes the listener; whatever waits on the queue must have been released first.
  void close();

  /// Serves one request of generation `generation`'s process.
  http_response handle(const http_request& request, unsigned generation);

  /// The listener's `stream_body_if`: a chunked `POST .../invocation/{id}/response` is read by
  /// handle() piece by piece, so that a streamed response reaches the invoker at once.
  static bool streams_request_body(const http_request& head);

 private:
  http_response next(unsigned generation);
  http_response answer(const http_request& request, std::string_view request_id, bool is_error);
  http_response buffered_answer(const http_request& request, invocation& inv);
  http_response streamed_answer(const http_request& request, invocation& inv);
  http_response init_error(const http_request& request, unsigned generation);
  http_response register_extension(const http_request& request, unsigned generation);
  http_response next_extension_event(const http_request& request, unsigned generation);

  invocation_queue& queue_;
  const std::string function_name_;
  const std::string region_;
  std::mutex listener_mutex_;
  std::unique_ptr<http_server> listener_;
};

}  // namespace lambda::emulator
