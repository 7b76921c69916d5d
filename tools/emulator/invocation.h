#pragma once
// One invocation on its way through the emulated environment: from the caller's request, through
// the function's /next and its answer, to the result the caller gets. Plain data; the
// invocation_queue's lock guards it.

#include "invoke.h"

#include <chrono>
#include <cstddef>
#include <deque>
#include <optional>
#include <string>

namespace lambda::emulator {

/// Why the caller's side stopped waiting before the function finished answering.
enum class abandon_reason { deadline, shutting_down, invoker_gone };

struct invocation {
  std::string request_id;
  std::string invocation_id;
  std::string trace_id;
  invoke_request request;
  bool picked = false;  ///< the function took it with a /next
  bool done = false;    ///< `result` is final
  std::chrono::system_clock::time_point deadline;
  std::chrono::steady_clock::time_point steady_deadline;
  invoke_result result;
  /// A streamed answer between the function's connection and the invoker, bounded in size by
  /// the queue (see invocation_queue::push_piece).
  std::deque<std::string> pieces;
  std::size_t queued_bytes = 0;
  std::optional<abandon_reason> abandoned;  ///< set when the caller gave up; the function is told why

  /// A fresh invocation of `request`, with new ids.
  explicit invocation(invoke_request request);
};

/// Ends `inv` with an error of `error_type`: a buffered invoke's whole answer is the error
/// document; a stream's goes into its trailers, after the bytes already delivered, which stand.
void end_with_error(invocation& inv, std::string error_type, std::string document);
/// end_with_error with the document `{"errorType":…,"errorMessage":message}`.
void fail(invocation& inv, std::string error_type, const std::string& message);

}  // namespace lambda::emulator
