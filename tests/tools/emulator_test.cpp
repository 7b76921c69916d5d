// lambda-emulator as a user runs it: a separate process, real functions, real HTTP.

#include "child_process.h"
#include "http_message.h"

#include <lambda/protocol/runtime_api.h>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

namespace {

namespace runtime_api = lambda::protocol;
using lambda::testing::free_loopback_port;
using lambda::testing::run_process;
using lambda::testing::spawn_process;

TEST(Emulator, InvokesTheEchoExampleEndToEnd) {
  std::string event = R"({"message":"hello","n":[1,2,3]})";
  auto r = run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_ECHO_PATH}, event);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, event);
  EXPECT_NE(r.err.find("echoing 31 bytes"), std::string::npos) << r.err;  // function logs go to stderr
}

TEST(Emulator, ReadsTheEventFromAFile) {
  std::string path = ::testing::TempDir() + "emulator_event." + std::to_string(::getpid()) + ".json";
  std::ofstream(path) << "from a file";
  auto r = run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_ECHO_PATH, "--event", path}, "");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "from a file");
}

TEST(Emulator, PassesContextHeadersAndEnvironment) {
  auto r = run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_TEST_FUNCTION_PATH}, "context");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("trace_env=Root=1-"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("function=runtime_test_function"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("memory=128"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("remaining_ok=true"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("invocation_id=-"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("arn=arn:aws:lambda:"), std::string::npos) << r.out;
}

TEST(Emulator, FunctionErrorExitsOneWithTheErrorDocument) {
  auto r = run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_TEST_FUNCTION_PATH}, "throw");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, R"({"errorMessage":"thrown on purpose","errorType":"std::domain_error","stackTrace":[]})");
}

TEST(Emulator, DeadlineIsEnforced) {
  auto start = std::chrono::steady_clock::now();
  auto r = run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_TEST_FUNCTION_PATH, "--timeout", "0.5"}, "sleep:5000");
  EXPECT_LT(std::chrono::steady_clock::now() - start, 4s);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("Task timed out after 0.50 seconds"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Sandbox.Timedout"), std::string::npos) << r.out;
}

TEST(Emulator, InitErrorIsReturnedToTheInvoke) {
  // Several at once, so that some functions post their init error and exit before the emulator
  // has queued the invoke (under load that order once lost the error: "Runtime exited before
  // asking for an invocation").
  setenv("LAMBDA_TEST_FAIL_INIT", "1", 1);
  std::vector<lambda::testing::process_result> results(8);
  std::vector<std::thread> invokes;
  for (auto& r : results)
    invokes.emplace_back([&r] {
      r = run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_TEST_FUNCTION_PATH}, "anything");
    });
  for (auto& t : invokes) t.join();
  unsetenv("LAMBDA_TEST_FAIL_INIT");
  for (const auto& r : results) {
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(r.out, R"({"errorMessage":"init failed on purpose","errorType":"std::runtime_error","stackTrace":[]})");
  }
}

TEST(Emulator, CrashingFunctionIsAnExitError) {
  auto r = run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_TEST_FUNCTION_PATH}, "exit");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("Runtime.ExitError"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("exit status 3"), std::string::npos) << r.out;
}

TEST(Emulator, UsageErrorsExitTwo) {
  EXPECT_EQ(run_process({LAMBDA_EMULATOR_PATH, "invoke"}, "").exit_code, 2);
  EXPECT_EQ(run_process({LAMBDA_EMULATOR_PATH, "invoke", "/nonexistent/fn"}, "").exit_code, 2);
  EXPECT_EQ(run_process({LAMBDA_EMULATOR_PATH, "frobnicate", LAMBDA_ECHO_PATH}, "").exit_code, 2);
  EXPECT_EQ(run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_ECHO_PATH, "--timeout", "soon"}, "").exit_code, 2);
}

// ---- serve mode, driven over raw HTTP ----

int connect_to(std::uint16_t port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Connects to `port` once the emulator started there listens; -1 when it does not within 2 s.
int connect_when_listening(std::uint16_t port) {
  int fd = -1;
  for (int i = 0; i < 100 && fd < 0; ++i) {
    fd = connect_to(port);
    if (fd < 0) std::this_thread::sleep_for(20ms);
  }
  return fd;
}

// `lambda-emulator serve` of the test function, taking invokes on `port`.
pid_t serve_test_function(std::uint16_t port) {
  return spawn_process({LAMBDA_EMULATOR_PATH, "serve", LAMBDA_TEST_FUNCTION_PATH, "--port", std::to_string(port)});
}

// Sends one request on `fd` and reads one Content-Length response.
std::string round_trip(int fd, const std::string& request) {
  EXPECT_TRUE(lambda::emulator::send_all(fd, request));
  std::string data;
  char buf[4096];
  while (true) {
    auto end = data.find("\r\n\r\n");
    if (end != std::string::npos) {
      auto cl = data.find("content-length: ");
      std::size_t length = cl == std::string::npos ? 0 : std::stoul(data.substr(cl + 16));
      if (data.size() >= end + 4 + length) return data;
    }
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) return data;
    data.append(buf, static_cast<std::size_t>(n));
  }
}

TEST(Emulator, ServeAcceptsRieStyleInvokesWithKeepAliveAndChunkedBodies) {
  std::uint16_t port = free_loopback_port();
  pid_t pid = serve_test_function(port);
  int fd = connect_when_listening(port);
  ASSERT_GE(fd, 0);
  const std::string path = "/2015-03-31/functions/function/invocations";
  std::string ok = round_trip(fd, "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
  EXPECT_EQ(ok.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << ok;
  EXPECT_TRUE(ok.ends_with("\r\n\r\nhello")) << ok;
  EXPECT_EQ(ok.find("x-amz-function-error"), std::string::npos);

  // Same connection, chunked body, tenant id and client context passed through.
  std::string cc = "eyJjbGllbnQiOnsiYXBwX3RpdGxlIjoiU2hvcCJ9fQ==";  // {"client":{"app_title":"Shop"}}
  std::string ctx = round_trip(fd, "POST " + path +
                                       " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                       "X-Amz-Tenant-Id: tenant-9\r\nX-Amz-Client-Context: " +
                                       cc + "\r\n\r\n3\r\ncon\r\n4\r\ntext\r\n0\r\n\r\n");
  EXPECT_NE(ctx.find("tenant_id=tenant-9"), std::string::npos) << ctx;
  EXPECT_NE(ctx.find("client_app=Shop"), std::string::npos) << ctx;

  std::string failed = round_trip(fd, "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nthrow");
  EXPECT_NE(failed.find("x-amz-function-error: Unhandled\r\n"), std::string::npos) << failed;
  EXPECT_NE(failed.find(R"("errorType":"std::domain_error")"), std::string::npos) << failed;
  ::close(fd);

  ::kill(pid, SIGTERM);
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
}

// Sends one invoke on a fresh connection; the response text.
std::string invoke_over_http(std::uint16_t port, const std::string& event) {
  int fd = connect_to(port);
  if (fd < 0) return "connect failed";
  std::string reply = round_trip(fd,
                                 "POST /2015-03-31/functions/function/invocations HTTP/1.1\r\nHost: x\r\n"
                                 "Content-Length: " +
                                     std::to_string(event.size()) + "\r\n\r\n" + event);
  ::close(fd);
  return reply;
}

// Reads whatever arrives on `fd` within `limit` (or until the peer closes), for replies that may
// never come.
std::string receive_for(int fd, std::chrono::milliseconds limit) {
  std::string data;
  char buf[4096];
  auto deadline = std::chrono::steady_clock::now() + limit;
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return data;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return data;
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) return data;
    data.append(buf, static_cast<std::size_t>(n));
    auto end = data.find("\r\n\r\n");
    auto cl = data.find("content-length: ");
    if (end != std::string::npos && cl != std::string::npos &&
        data.size() >= end + 4 + std::stoul(data.substr(cl + 16)))
      return data;
  }
}

// The invoke port is the caller's side only: the function's Runtime API and Extensions API are
// served where AWS_LAMBDA_RUNTIME_API points, so that no client of `serve` can take another
// caller's event or register as an extension. AWS's emulator answers 404 there too.
TEST(Emulator, ServePortDoesNotServeTheRuntimeOrExtensionsApi) {
  std::uint16_t port = free_loopback_port();
  pid_t pid = serve_test_function(port);
  int thief = connect_when_listening(port);
  ASSERT_GE(thief, 0);
  // Parked before the invoke arrives: were it served, it would be the first to get the event.
  ASSERT_TRUE(lambda::emulator::send_all(
      thief, "GET " + std::string(runtime_api::next_invocation_path) + " HTTP/1.1\r\nHost: x\r\n\r\n"));
  std::this_thread::sleep_for(100ms);
  std::string invoked = invoke_over_http(port, "hello");
  EXPECT_EQ(invoked.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << invoked;
  EXPECT_TRUE(invoked.ends_with("\r\n\r\nhello")) << invoked;
  std::string stolen = receive_for(thief, 2s);
  EXPECT_EQ(stolen.rfind("HTTP/1.1 404 ", 0), 0u) << stolen;
  EXPECT_EQ(stolen.find("hello"), std::string::npos) << stolen;
  ::close(thief);

  for (std::string request :
       {"POST " + std::string(runtime_api::init_error_path) + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}",
        "POST " + std::string(runtime_api::extension_register_path) + " HTTP/1.1\r\nHost: x\r\n" +
            std::string(runtime_api::extension_name_header) + ": spy\r\nContent-Length: 13\r\n\r\n{\"events\":[]}"}) {
    int fd = connect_to(port);
    ASSERT_GE(fd, 0);
    ASSERT_TRUE(lambda::emulator::send_all(fd, request));
    std::string reply = receive_for(fd, 2s);
    EXPECT_EQ(reply.rfind("HTTP/1.1 404 ", 0), 0u) << request << "\n" << reply;
    ::close(fd);
  }
  // The function was not disturbed: it still answers.
  EXPECT_TRUE(invoke_over_http(port, "again").ends_with("\r\n\r\nagain"));

  ::kill(pid, SIGTERM);
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
}

// ---- graceful shutdown and concurrency ----

TEST(Emulator, InvokeEndsAFunctionWithAShutdownHookWithSigterm) {
  setenv("LAMBDA_TEST_SHUTDOWN_HOOK", "1", 1);
  auto r = run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_TEST_FUNCTION_PATH}, "hello");
  unsetenv("LAMBDA_TEST_SHUTDOWN_HOOK");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "hello");
  EXPECT_NE(r.err.find("shutdown hook ran\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("lambda-emulator: function stopped after SIGTERM: exit status 0"), std::string::npos) << r.err;
}

TEST(Emulator, InvokeKillsAFunctionWithoutExtensionsWithoutSigterm) {
  auto r = run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_TEST_FUNCTION_PATH}, "hello");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("SIGTERM"), std::string::npos) << r.err;
}

TEST(Emulator, ConcurrencyIsAServeOption) {
  EXPECT_EQ(run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_ECHO_PATH, "--concurrency", "4"}, "").exit_code, 2);
  EXPECT_EQ(run_process({LAMBDA_EMULATOR_PATH, "serve", LAMBDA_ECHO_PATH, "--concurrency", "0"}, "").exit_code, 2);
  EXPECT_EQ(run_process({LAMBDA_EMULATOR_PATH, "serve", LAMBDA_ECHO_PATH, "--concurrency", "2.5"}, "").exit_code, 2);
}

TEST(Emulator, ServeWithConcurrencyRunsInvokesSideBySideAndStopsTheFunctionWithSigterm) {
  std::uint16_t port = free_loopback_port();
  std::string port_text = std::to_string(port);
  std::string log_path = ::testing::TempDir() + "emulator_concurrency.log";
  setenv("LAMBDA_TEST_SHUTDOWN_HOOK", "1", 1);
  int log_fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  // The timeout leaves the wait in "meet:4" (20 s) to decide, not the 3 s default.
  pid_t pid = spawn_process({LAMBDA_EMULATOR_PATH, "serve", LAMBDA_TEST_FUNCTION_PATH, "--port", port_text,
                             "--concurrency", "4", "--timeout", "30"},
                            -1, -1, log_fd);
  ::close(log_fd);
  unsetenv("LAMBDA_TEST_SHUTDOWN_HOOK");
  int probe = connect_when_listening(port);
  ASSERT_GE(probe, 0);
  ::close(probe);

  // The first invoke also starts the function; the environment it reports is the managed one.
  std::string context = invoke_over_http(port, "context");
  EXPECT_NE(context.find("max_concurrency=4"), std::string::npos) << context;
  EXPECT_NE(context.find("trace_env=-"), std::string::npos) << context;
  EXPECT_NE(context.find("trace_ctx=Root=1-"), std::string::npos) << context;

  // Four invokes that each wait for the other three show the four workers run side by side.
  std::vector<std::string> replies(4);
  std::vector<std::thread> clients;
  for (auto& reply : replies) clients.emplace_back([&] { reply = invoke_over_http(port, "meet:4"); });
  for (auto& c : clients) c.join();
  for (auto& reply : replies) EXPECT_TRUE(reply.ends_with("\r\n\r\nmet")) << reply;
  EXPECT_NE(invoke_over_http(port, "logged").find("logged"), std::string::npos);

  ::kill(pid, SIGTERM);
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  std::stringstream log;
  log << std::ifstream(log_path).rdbuf();
  std::string text = log.str();
  // In managed-instances mode the function logs JSON lines, each with its invocation's id.
  EXPECT_NE(text.find(R"(","level":"INFO","requestId":")"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(","message":"echo logged"})"), std::string::npos) << text;
  EXPECT_NE(text.find("shutdown hook ran\n"), std::string::npos) << text;
  EXPECT_NE(text.find("lambda-emulator: function stopped after SIGTERM: exit status 0"), std::string::npos) << text;
}

}  // namespace
