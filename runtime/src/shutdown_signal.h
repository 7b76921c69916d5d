#pragma once
// Running the user's shutdown hook when Lambda sends SIGTERM.

#include <functional>

namespace lambda::detail {

/// Blocks SIGTERM in the calling thread (and the threads it starts later) and has a watcher
/// thread run `hook` and end the process when the signal arrives.
void watch_for_sigterm(std::function<void()> hook);

/// Runs the installed hook now, unless it has already run; later SIGTERMs then just exit.
void run_shutdown_hook_once();

} // namespace lambda::detail
