#pragma once
// The emulated Lambda service, one environment: a function process (function_process.h), the
// Runtime API served to it (function_api.h) and the invocations between callers and it
// (invocation_queue.h). invoke() is what the RIE-compatible endpoint (invoke_endpoint.h) and the
// `invoke` command call. A function may answer buffered or stream its response
// (`Lambda-Runtime-Function-Response-Mode: streaming`); a stream reaches the invoker piece by
// piece, as Function URLs and InvokeWithResponseStream deliver it.

#include "function_api.h"
#include "function_process.h"
#include "invocation_queue.h"
#include "invoke.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lambda::emulator {

struct emulator_options {
  std::string function;                           ///< path of the function executable
  std::chrono::milliseconds timeout{3000};        ///< per-invoke deadline, like the function's Timeout
  std::chrono::milliseconds init_timeout{10000};  ///< how long a starting function may take to ask for work
  std::uint32_t memory_mb = 128;
  /// Lambda Managed Instances mode: the function gets AWS_LAMBDA_MAX_CONCURRENCY=N and up to N
  /// invokes are in flight at once; a timed-out invoke no longer resets the environment.
  std::optional<std::uint32_t> concurrency;
};

class emulator {
 public:
  /// Each function process gets a Runtime API of its own: a listener on an ephemeral loopback
  /// port, named in its AWS_LAMBDA_RUNTIME_API, which serves that process's generation only.
  explicit emulator(emulator_options options);
  ~emulator();
  emulator(const emulator&) = delete;
  emulator& operator=(const emulator&) = delete;

  /// Runs one invoke to completion: starts the function if needed, hands it the event and waits
  /// for its answer or the deadline. Invokes are served one at a time, as in one Lambda
  /// environment, or up to `concurrency` at a time in managed-instances mode. A streamed answer
  /// goes to `sink` as it arrives, or is collected into the result's body when there is none;
  /// the deadline covers the whole stream.
  invoke_result invoke(const invoke_request& request, stream_sink* sink = nullptr);

  /// Ends the function as Lambda ends an environment: SIGTERM when an extension registered, up
  /// to the 500 ms an internal extension is allowed, then SIGKILL; SIGKILL at once otherwise.
  /// Returns how the process ended after a SIGTERM, nullopt when none was sent.
  std::optional<std::string> stop_function();

  /// Releases every blocked /next and extension event/next so the Runtime API can stop.
  void shut_down();

 private:
  std::vector<std::string> prepare_generation(unsigned generation);
  std::vector<std::string> function_environment(std::uint16_t port) const;

  emulator_options options_;
  invocation_queue queue_;
  function_api api_;
  std::unique_ptr<function_process> process_;
};

}  // namespace lambda::emulator
