#pragma once
// Starting, watching and killing the function's process.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace lambda::emulator {

/// Runs one function process at a time. The fork happens on a thread owned by this object for
/// its whole life, because PR_SET_PDEATHSIG (which kills the function if the emulator dies)
/// fires when the *forking thread* ends.
///
/// Each process is a numbered generation (1, 2, ...). Both callbacks run on the supervisor
/// thread, so the end of one generation is always reported before the next one is prepared.
class function_process {
 public:
  /// Makes the environment of generation `generation` before it is started.
  using prepare_fn = std::function<std::vector<std::string>(unsigned generation)>;
  /// Told how generation `generation` ended, once it has been reaped.
  using exit_fn = std::function<void(std::string how, unsigned generation)>;

  function_process(std::string executable, prepare_fn prepare, exit_fn on_exit);
  ~function_process();
  function_process(const function_process&) = delete;
  function_process& operator=(const function_process&) = delete;

  /// Starts the process unless it is running; returns false with `error` set when exec failed.
  bool ensure_running(std::string& error);
  /// Kills the process (SIGKILL) and waits until it has been reaped.
  void kill_and_wait();
  /// Sends SIGTERM, waits up to `grace` for the process to end, then SIGKILLs it; returns how it
  /// ended ("exit status 0", "killed after 500 ms", ...), or nullopt when it was not running.
  std::optional<std::string> terminate(std::chrono::milliseconds grace);
  bool running() const;

 private:
  void supervise();

  std::string executable_;
  prepare_fn prepare_;
  exit_fn on_exit_;
  unsigned started_ = 0;  // generations prepared so far (supervisor thread only)

  mutable std::mutex mutex_;
  std::condition_variable cv_;
  bool start_requested_ = false;
  bool stopping_ = false;
  pid_t pid_ = -1;
  std::string last_exit_;  // how the last process ended
  std::optional<std::string> start_error_;
  unsigned generation_ = 0;  // bumped on every start attempt, so waiters know theirs completed
  std::thread supervisor_;
};

}  // namespace lambda::emulator
