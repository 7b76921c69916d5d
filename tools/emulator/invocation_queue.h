#pragma once
// The invocations of one emulated environment and their state, under one lock: admitted (at
// most one, or the managed-instances concurrency), waiting for the function's /next, handed out,
// answered, timed out; the function process generation they belong to, and its extensions.
// The caller's side (emulator::invoke) and the function's side (function_api) meet here and
// nowhere else; neither speaks HTTP to the other.

#include "invocation.h"
#include "invoke.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <variant>

namespace lambda::emulator {

class invocation_queue {
 public:
  /// `timeout` is each invocation's deadline from the moment the function takes it.
  invocation_queue(std::uint32_t max_in_flight, std::chrono::milliseconds timeout);

  std::uint32_t max_in_flight() const { return max_in_flight_; }

  // ---- the caller's side ----

  /// Waits for room for one more invocation; false when the environment is shutting down.
  bool admit();
  /// Gives back what admit() took.
  void release();

  struct outcome {
    invoke_result result;
    std::optional<abandon_reason> abandoned;  ///< nullopt: the function answered
  };
  /// Queues `inv` for the function's /next, unless `process_running` (asked under the lock)
  /// says the process has ended, and waits up to `init_timeout` for the function to take it,
  /// then until its deadline for the answer, relaying a stream to `sink` piece by piece.
  outcome run(const std::shared_ptr<invocation>& inv, std::chrono::milliseconds init_timeout,
              const std::function<bool()>& process_running, stream_sink& sink);

  // ---- the function process's lifecycle ----

  /// Generation `generation` is about to start: requests of earlier ones get nothing from now on.
  void process_starting(unsigned generation);
  /// Generation `generation` ended (`how`): what it was given or was waiting for it fails.
  void process_exited(const std::string& how, unsigned generation);
  /// Whether the running process registered an extension (so that it is sent SIGTERM).
  bool has_extensions();
  /// Releases every wait: callers get Runtime.Shutdown, the function's requests are let go.
  void shut_down();

  // ---- the function's side ----

  enum class refusal {
    ended,  ///< the requesting process has ended, or the environment is shutting down
    busy,   ///< as many invocations handed out and unanswered as may be
  };
  /// The next invocation for generation `generation`'s /next, once there is one.
  std::variant<std::shared_ptr<invocation>, refusal> take_next(unsigned generation);

  enum class claim_refusal { timed_out, answered, unknown_id, wrong_invocation_id };
  /// The invocation `request_id` for its answer (/response or /error); from then on it is
  /// answered. `echoed_invocation_id` is the runtime's Lambda-Runtime-Invocation-Id, if any.
  std::variant<std::shared_ptr<invocation>, claim_refusal> claim(const std::string& request_id,
                                                                 std::optional<std::string_view> echoed_invocation_id);

  /// Runs `settle` on a claimed invocation under the lock and wakes its caller, unless the caller
  /// gave up on it: then returns why, and `settle` is not run.
  std::optional<abandon_reason> settle(invocation& inv, const std::function<void(invocation&)>& settle);
  /// Hands the next piece of a streamed answer to the caller, waiting while too much of it is
  /// unread (so that a slow caller slows the function). Returns why it was not taken.
  std::optional<abandon_reason> push_piece(invocation& inv, std::string piece);

  /// /init/error from generation `generation` with `document`: the waiting invocations fail
  /// with it, and so do those that arrive before the process ends. False when that process ended.
  bool init_failed(unsigned generation, const std::string& document);
  /// A new extension identifier for generation `generation`; nullopt when that process ended.
  std::optional<std::string> register_extension(unsigned generation);
  enum class extension_wait { ended, unknown_extension };
  /// An extension's event/next: no events are delivered, so this waits for its process to end.
  extension_wait await_extension_event(unsigned generation, const std::string& extension_id);

 private:
  std::optional<abandon_reason> await_answer(std::unique_lock<std::mutex>& lock, invocation& inv, stream_sink& sink);
  void abandon_locked(invocation& inv, abandon_reason why);

  const std::uint32_t max_in_flight_;  // 1, or the managed-instances concurrency
  const std::chrono::milliseconds timeout_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::uint32_t in_flight_ = 0;                                    // admitted, at most max_in_flight_
  std::deque<std::shared_ptr<invocation>> queue_;                  // waiting for the function's /next
  std::map<std::string, std::shared_ptr<invocation>> handed_out_;  // by request id, not answered yet
  std::set<std::string> timed_out_;                                // request ids the function may still answer (410)
  std::set<std::string> answered_;                                 // request ids answered already (403)
  std::optional<std::string> init_error_document_;
  bool stopping_ = false;
  unsigned live_generation_ = 0;      // of the process now running, 0 when none
  std::set<std::string> extensions_;  // identifiers registered by that process
};

}  // namespace lambda::emulator
