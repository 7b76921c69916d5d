#include "function_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lambda::emulator {

function_process::function_process(std::string executable, prepare_fn prepare, exit_fn on_exit)
    : executable_(std::move(executable)), prepare_(std::move(prepare)), on_exit_(std::move(on_exit)) {
  supervisor_ = std::thread([this] { supervise(); });
}

function_process::~function_process() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    if (pid_ > 0) ::kill(pid_, SIGKILL);
  }
  cv_.notify_all();
  supervisor_.join();
}

bool function_process::running() const {
  std::lock_guard lock(mutex_);
  return pid_ > 0;
}

bool function_process::ensure_running(std::string& error) {
  std::unique_lock lock(mutex_);
  if (pid_ > 0) return true;
  unsigned target = generation_ + 1;
  start_requested_ = true;
  cv_.notify_all();
  cv_.wait(lock, [&] { return generation_ >= target || stopping_; });
  if (start_error_) {
    error = *start_error_;
    return false;
  }
  return pid_ > 0 || !stopping_;
}

void function_process::kill_and_wait() {
  std::unique_lock lock(mutex_);
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  cv_.wait(lock, [&] { return pid_ <= 0; });
}

std::optional<std::string> function_process::terminate(std::chrono::milliseconds grace) {
  std::unique_lock lock(mutex_);
  if (pid_ <= 0) return std::nullopt;
  ::kill(pid_, SIGTERM);
  if (cv_.wait_for(lock, grace, [&] { return pid_ <= 0; })) return last_exit_;
  ::kill(pid_, SIGKILL);
  cv_.wait(lock, [&] { return pid_ <= 0; });
  return "killed: still running " + std::to_string(grace.count()) + " ms after SIGTERM";
}

void function_process::supervise() {
  std::vector<char*> argv{executable_.data(), nullptr};

  while (true) {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return start_requested_ || stopping_; });
    if (stopping_) return;
    start_requested_ = false;
    unsigned generation = ++started_;
    // Unlocked: the owner's callback takes its own locks, which are also held while it asks
    // whether the process runs.
    lock.unlock();
    std::vector<std::string> environment = prepare_(generation);
    std::vector<char*> envp;
    for (auto& e : environment) envp.push_back(e.data());
    envp.push_back(nullptr);
    lock.lock();
    if (stopping_) return;

    // A pipe with CLOEXEC tells us whether execve succeeded: it closes on success, and carries
    // errno on failure.
    int status_pipe[2];
    if (::pipe2(status_pipe, O_CLOEXEC) < 0) {
      start_error_ = std::string("pipe: ") + std::strerror(errno);
      ++generation_;
      cv_.notify_all();
      continue;
    }
    pid_t parent = ::getpid();
    pid_t pid = ::fork();
    if (pid == 0) {
      // Child: async-signal-safe calls only.
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (::getppid() != parent) ::_exit(127);
      sigset_t none;
      sigemptyset(&none);
      ::sigprocmask(SIG_SETMASK, &none, nullptr);
      ::dup2(STDERR_FILENO, STDOUT_FILENO);  // the function's stdout is log output, not the response
      ::execve(argv[0], argv.data(), envp.data());
      int err = errno;
      (void)!::write(status_pipe[1], &err, sizeof err);
      ::_exit(127);
    }
    ::close(status_pipe[1]);
    if (pid < 0) {
      ::close(status_pipe[0]);
      start_error_ = std::string("fork: ") + std::strerror(errno);
      ++generation_;
      cv_.notify_all();
      continue;
    }
    int exec_errno = 0;
    ssize_t n;
    do {
      n = ::read(status_pipe[0], &exec_errno, sizeof exec_errno);
    } while (n < 0 && errno == EINTR);
    ::close(status_pipe[0]);
    if (n == static_cast<ssize_t>(sizeof exec_errno)) {
      ::waitpid(pid, nullptr, 0);
      start_error_ = "cannot run " + executable_ + ": " + std::strerror(exec_errno);
      ++generation_;
      cv_.notify_all();
      continue;
    }
    start_error_.reset();
    pid_ = pid;
    ++generation_;
    cv_.notify_all();
    lock.unlock();

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::string how = WIFEXITED(status)     ? "exit status " + std::to_string(WEXITSTATUS(status))
                      : WIFSIGNALED(status) ? std::string("signal: ") + ::strsignal(WTERMSIG(status))
                                            : std::string("ended");
    lock.lock();
    pid_ = -1;
    last_exit_ = how;
    cv_.notify_all();
    lock.unlock();
    if (on_exit_) on_exit_(how, generation);
  }
}

}  // namespace lambda::emulator
