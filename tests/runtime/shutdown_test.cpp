// Graceful shutdown as Lambda drives it: a function process with a shutdown hook, a Runtime API
// (the fake, in this process) and SIGTERM once the function is idle.

#include "fake_runtime_api.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

extern char** environ;

using namespace lambda::testing;
using namespace std::chrono_literals;

namespace {

struct child {
  pid_t pid = -1;
  int output = -1;  // stdout and stderr, merged
};

// Starts the test function with `extra` added to this process's environment.
child start_function(const std::vector<std::string>& extra) {
  std::vector<std::string> env(extra);
  for (char** e = environ; *e; ++e) env.emplace_back(*e);
  std::vector<char*> envp;
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  int out[2];
  EXPECT_EQ(::pipe2(out, O_CLOEXEC), 0);
  child c;
  c.pid = ::fork();
  if (c.pid == 0) {
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::dup2(out[1], 1);
    ::dup2(out[1], 2);
    char* argv[] = {const_cast<char*>(LAMBDA_TEST_FUNCTION_PATH), nullptr};
    ::execve(argv[0], argv, envp.data());
    ::_exit(127);
  }
  ::close(out[1]);
  c.output = out[0];
  return c;
}

// Reads the child's output to the end (it ends when the process does) and reaps it.
std::pair<int, std::string> finish(child& c) {
  std::string text;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(c.output, buf, sizeof buf)) > 0) text.append(buf, static_cast<std::size_t>(n));
  ::close(c.output);
  int status = 0;
  ::waitpid(c.pid, &status, 0);
  return {status, text};
}

bool idle_with_extension(const std::vector<http_request>& requests) {
  bool parked_extension = false, parked_next = false;
  for (auto& r : requests) {
    parked_extension |= r.path() == runtime_api::extension_event_next_path;
    parked_next |= r.path() == runtime_api::next_invocation_path;
  }
  return parked_extension && parked_next;
}

TEST(GracefulShutdown, SigtermRunsTheHookAndTheProcessExitsZero) {
  fake_runtime_api api;
  api.keep_next_waiting();
  child c = start_function({"LAMBDA_TEST_SHUTDOWN_HOOK=1"});
  ASSERT_TRUE(api.wait_for(idle_with_extension, 10s)) << finish(c).second;
  auto signalled = std::chrono::steady_clock::now();
  ::kill(c.pid, SIGTERM);
  auto [status, output] = finish(c);
  // The hook's line and status 0 show it finished inside the budget; the clock only catches a
  // process that lingers after it, with room for a loaded machine and a sanitizer's exit checks.
  EXPECT_LT(std::chrono::steady_clock::now() - signalled, 2s) << "exits once the hook is done";
  ASSERT_TRUE(WIFEXITED(status)) << status << "\n" << output;
  EXPECT_EQ(WEXITSTATUS(status), 0) << output;
  EXPECT_NE(output.find("SIGTERM received"), std::string::npos) << output;
  EXPECT_NE(output.find("shutdown hook ran\n"), std::string::npos) << output;
  ASSERT_EQ(api.requests_ending(runtime_api::extension_register_path).size(), 1u);
}

TEST(GracefulShutdown, AHookOverrunningTheBudgetIsAbandonedWithStatusOne) {
  fake_runtime_api api;
  api.keep_next_waiting();
  child c = start_function({"LAMBDA_TEST_SHUTDOWN_HOOK=slow"});
  ASSERT_TRUE(api.wait_for(idle_with_extension, 10s)) << finish(c).second;
  auto signalled = std::chrono::steady_clock::now();
  ::kill(c.pid, SIGTERM);
  auto [status, output] = finish(c);
  EXPECT_LT(std::chrono::steady_clock::now() - signalled, 2s) << "the 3 s hook was not waited for";
  ASSERT_TRUE(WIFEXITED(status)) << status << "\n" << output;
  EXPECT_EQ(WEXITSTATUS(status), 1) << output;
  EXPECT_NE(output.find("the shutdown hook did not finish within 450 ms"), std::string::npos) << output;
  EXPECT_EQ(output.find("shutdown hook ran"), std::string::npos) << output;
}

}  // namespace
