#pragma once
// Running lambda-emulator and test functions as separate processes, the way a user's shell would.

#include <chrono>
#include <cstdint>
#include <string>
#include <sys/types.h>
#include <vector>

namespace lambda::testing {

/// A loopback port nothing listens on right now.
std::uint16_t free_loopback_port();

/// Starts `argv` with the given descriptors as stdin, stdout and stderr (-1: /dev/null) and the
/// empty signal mask a shell would give it.
pid_t spawn_process(const std::vector<std::string>& argv, int stdin_fd = -1, int stdout_fd = -1, int stderr_fd = -1);

/// The exit code of `pid`; when it still runs at `deadline` it is killed and the result is -9.
/// -1 when it died of a signal.
int wait_for_exit(pid_t pid, std::chrono::steady_clock::time_point deadline);

struct process_result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `argv` with `input` on stdin and collects its output; kills it after `limit` (exit_code
/// is then -9).
process_result run_process(const std::vector<std::string>& argv, const std::string& input,
                           std::chrono::milliseconds limit = std::chrono::seconds(20));

}  // namespace lambda::testing
