#pragma once
// Running the user's shutdown hook when Lambda sends SIGTERM, and the internal extension without
// which Lambda would not send it.

#include "runtime_api_client.h"

#include <chrono>
#include <functional>
#include <string>
#include <thread>

namespace lambda::detail {

/// Blocks SIGTERM in the calling thread (and the threads it starts later) and has a watcher
/// thread run `hook` and end the process when the signal arrives: status 0 when the hook
/// finished within shutdown_budget, 1 when it was still running.
void watch_for_sigterm(std::function<void()> hook);

/// Runs the installed hook now, unless it has run already; when another thread is running it,
/// waits for that run to finish.
void run_shutdown_hook_once();

/// An internal extension that subscribes to no events: Lambda sends SIGTERM at shutdown only to
/// environments with at least one extension. It registers on construction (during init, before
/// the first /next) and keeps a thread parked on event/next, as Lambda expects of an extension.
class sigterm_extension {
 public:
  /// `endpoint` is AWS_LAMBDA_RUNTIME_API. When registration fails, the reason is logged and
  /// the hook will only run when the loop ends.
  explicit sigterm_extension(const std::string& endpoint);
  /// Releases the parked event/next call and joins its thread.
  ~sigterm_extension();
  sigterm_extension(const sigterm_extension&) = delete;
  sigterm_extension& operator=(const sigterm_extension&) = delete;

  static constexpr std::string_view name = "lambdagen-cpp-graceful-shutdown";

 private:
  runtime_api_client client_;
  std::thread parked_;
};

}  // namespace lambda::detail
