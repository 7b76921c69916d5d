// Response streaming through lambda-emulator, as a user sees it: the emulator runs as a separate
// process, the function (stream_test_function) speaks the Runtime API as another language's
// runtime would, and the invoker is a raw HTTP client or the `invoke` command's stdout.

#include <lambda/json/base64.h>
#include <lambda/protocol/http_fields.h>
#include <lambda/protocol/http_head.h>
#include <lambda/protocol/runtime_api.h>

#include "child_process.h"
#include "http_server.h"

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
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using steady = std::chrono::steady_clock;

namespace {

namespace runtime_api = lambda::protocol;
using lambda::protocol::http_fields;

constexpr std::string_view invoke_path = "/2015-03-31/functions/function/invocations";

// The `stream:` pattern of stream_test_function.cpp: bytes that differ with their position, so
// that a lost, doubled or reordered piece shows.
std::string pattern(std::size_t size) {
  std::string out(size, '\0');
  for (std::size_t i = 0; i < size; ++i) out[i] = static_cast<char>('a' + i * 7 % 26);
  return out;
}

std::string decoded(const std::string& base64) {
  return lambda::json::base64_decode_to_string(base64).value_or("<not base64: " + base64 + ">");
}

long long ms_since(steady::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(steady::now() - start).count();
}

// ---- the invoker: a raw HTTP/1.1 client that sees every chunk and trailer ----

struct http_reply {
  int status = 0;
  http_fields headers;
  std::vector<std::string> chunks;  // of a chunked body, as they came
  std::string body;
  http_fields trailers;
  bool complete = false;  // the whole reply arrived in time

  std::string header(std::string_view name) const { return std::string(headers.find(name).value_or("<absent>")); }
  std::string trailer(std::string_view name) const { return std::string(trailers.find(name).value_or("<absent>")); }
};

std::ostream& operator<<(std::ostream& os, const http_reply& r);

// The error a relayed stream ended with, in the trailers Lambda sends (checked to be there, of
// `type`): its document, decoded.
std::string trailer_error(const http_reply& r, std::string_view type) {
  EXPECT_EQ(r.trailer("x-amz-function-error"), "Unhandled") << r;
  EXPECT_EQ(r.trailer(runtime_api::error_type_header), type) << r;
  return decoded(r.trailer(runtime_api::error_body_trailer));
}

std::ostream& operator<<(std::ostream& os, const http_reply& r) {
  os << "HTTP " << r.status << (r.complete ? "" : " (incomplete)") << "\n";
  for (const auto& f : r.headers) os << f.name << ": " << f.value << "\n";
  os << "body (" << r.body.size() << " bytes in " << r.chunks.size() << " chunks): " << r.body.substr(0, 200) << "\n";
  for (const auto& f : r.trailers) os << "trailer " << f.name << ": " << f.value << "\n";
  return os;
}

class invoke_client {
 public:
  explicit invoke_client(std::uint16_t port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) close();
  }
  ~invoke_client() { close(); }
  invoke_client(const invoke_client&) = delete;
  invoke_client& operator=(const invoke_client&) = delete;

  bool connected() const { return fd_ >= 0; }
  void close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  void send_invoke(const std::string& event) {
    std::string request = std::string("POST ") + std::string(invoke_path) + " HTTP/1.1\r\nHost: x\r\n" +
                          "Content-Length: " + std::to_string(event.size()) + "\r\n\r\n" + event;
    ASSERT_TRUE(lambda::emulator::send_all(fd_, request));
  }

  /// Status line and headers into `r`; false when they did not arrive before `deadline`.
  bool read_head(http_reply& r, steady::time_point deadline) {
    auto status_line = line(deadline);
    if (!status_line || status_line->size() < 12) return false;
    r.status = std::stoi(status_line->substr(9, 3));
    while (auto field = line(deadline)) {
      if (field->empty()) return true;
      add_field(r.headers, *field);
    }
    return false;
  }

  /// The next piece of the body into `r`; false at its end (`r.complete` set) or on a timeout.
  bool read_piece(http_reply& r, steady::time_point deadline) {
    if (r.header("transfer-encoding") != "chunked") {
      std::size_t length = std::stoul(std::string(r.headers.find("content-length").value_or("0")));
      auto body = bytes(length, deadline);
      if (body) r.body = *body;
      r.complete = body.has_value();
      return false;
    }
    auto size_line = line(deadline);
    if (!size_line) return false;
    std::size_t size = std::stoul(*size_line, nullptr, 16);
    if (size == 0) {
      while (auto field = line(deadline)) {
        if (field->empty()) {
          r.complete = true;
          return false;
        }
        add_field(r.trailers, *field);
      }
      return false;
    }
    auto data = bytes(size + 2, deadline);
    if (!data || !data->ends_with("\r\n")) return false;
    data->resize(size);
    r.body += *data;
    r.chunks.push_back(std::move(*data));
    return true;
  }

  http_reply read_reply(std::chrono::milliseconds limit = 10s) {
    http_reply r;
    auto deadline = steady::now() + limit;
    if (read_head(r, deadline))
      while (read_piece(r, deadline)) {
      }
    return r;
  }

  http_reply invoke(const std::string& event, std::chrono::milliseconds limit = 10s) {
    send_invoke(event);
    return read_reply(limit);
  }

 private:
  static void add_field(http_fields& to, const std::string& field) {
    EXPECT_FALSE(lambda::protocol::parse_field_line(field, to)) << field;
  }

  bool fill(steady::time_point deadline) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - steady::now()).count();
    pollfd p{fd_, POLLIN, 0};
    if (fd_ < 0 || left <= 0 || ::poll(&p, 1, static_cast<int>(left)) <= 0) return false;
    char chunk[65536];
    ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  std::optional<std::string> line(steady::time_point deadline) {
    std::size_t end;
    while ((end = buffer_.find("\r\n")) == std::string::npos)
      if (!fill(deadline)) return std::nullopt;
    std::string text = buffer_.substr(0, end);
    buffer_.erase(0, end + 2);
    return text;
  }

  std::optional<std::string> bytes(std::size_t n, steady::time_point deadline) {
    while (buffer_.size() < n)
      if (!fill(deadline)) return std::nullopt;
    std::string data = buffer_.substr(0, n);
    buffer_.erase(0, n);
    return data;
  }

  int fd_ = -1;
  std::string buffer_;
};

// ---- lambda-emulator as a separate process ----

// Starts `argv` with stdout on a pipe (returned in `out_fd`) and stderr to `err_fd` (or nowhere).
pid_t spawn(const std::vector<std::string>& argv, int& out_fd, int err_fd = -1) {
  int out[2];
  EXPECT_EQ(::pipe2(out, O_CLOEXEC), 0);
  pid_t pid = lambda::testing::spawn_process(argv, -1, out[1], err_fd);
  ::close(out[1]);
  out_fd = out[0];
  return pid;
}

// Reads `fd` until it ends or `deadline` passes.
std::string read_all(int fd, steady::time_point deadline) {
  std::string text;
  char buf[65536];
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - steady::now()).count();
    pollfd p{fd, POLLIN, 0};
    if (left <= 0 || ::poll(&p, 1, static_cast<int>(left)) <= 0) return text;
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n <= 0) return text;
    text.append(buf, static_cast<std::size_t>(n));
  }
}

// Reads `fd` until `expected` has arrived in full (or more, or the deadline passed).
std::string read_until(int fd, std::string_view expected, steady::time_point deadline) {
  std::string text;
  char c;
  while (text.size() < expected.size()) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - steady::now()).count();
    pollfd p{fd, POLLIN, 0};
    if (left <= 0 || ::poll(&p, 1, static_cast<int>(left)) <= 0 || ::read(fd, &c, 1) != 1) return text;
    text.push_back(c);
  }
  return text;
}

// `lambda-emulator invoke` of the stream test function, with `event` on stdin.
lambda::testing::process_result invoke_command(const std::string& event) {
  return lambda::testing::run_process({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_STREAM_TEST_FUNCTION_PATH}, event);
}

// `lambda-emulator serve` with the stream test function, for the life of a test; its stderr
// (the emulator's and the function's log) is kept for failure messages.
class served_emulator {
 public:
  explicit served_emulator(std::vector<std::string> options = {}) : port_(lambda::testing::free_loopback_port()) {
    log_path_ = ::testing::TempDir() + "emulator_stream_serve." + std::to_string(::getpid()) + ".log";
    int log = ::open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    std::vector<std::string> argv{LAMBDA_EMULATOR_PATH, "serve", LAMBDA_STREAM_TEST_FUNCTION_PATH, "--port",
                                  std::to_string(port_)};
    argv.insert(argv.end(), options.begin(), options.end());
    pid_ = spawn(argv, out_fd_, log);
    ::close(log);
    for (int i = 0; i < 250; ++i) {
      if (invoke_client(port_).connected()) return;
      std::this_thread::sleep_for(20ms);
    }
    ADD_FAILURE() << "lambda-emulator serve did not listen on port " << port_ << "\n" << log_text();
  }
  ~served_emulator() {
    ::kill(pid_, SIGTERM);
    int code = lambda::testing::wait_for_exit(pid_, steady::now() + 10s);
    EXPECT_EQ(code, 0) << log_text();
    ::close(out_fd_);
    std::remove(log_path_.c_str());
  }
  served_emulator(const served_emulator&) = delete;
  served_emulator& operator=(const served_emulator&) = delete;

  std::uint16_t port() const { return port_; }
  std::string log_text() const {
    std::stringstream text;
    text << std::ifstream(log_path_).rdbuf();
    return text.str();
  }
  http_reply invoke(const std::string& event, std::chrono::milliseconds limit = 10s) {
    return invoke_client(port_).invoke(event, limit);
  }

 private:
  std::uint16_t port_;
  pid_t pid_ = -1;
  int out_fd_ = -1;  // serve prints nothing on stdout; kept open so that nothing dies writing to it
  std::string log_path_;
};

// ---- serve: the invoke endpoint relays the stream ----

TEST(EmulatorStream, RelaysTensOfMegabytesIntactAndChunked) {
  served_emulator emulator;
  constexpr std::size_t chunks = 640, chunk_bytes = 64 * 1024;  // 40 MiB, past the buffered 6 MiB limit
  http_reply r = emulator.invoke("stream:" + std::to_string(chunks) + ":" + std::to_string(chunk_bytes));
  ASSERT_TRUE(r.complete) << r << emulator.log_text();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("transfer-encoding"), "chunked");
  EXPECT_EQ(r.header("content-type"), "text/plain");
  EXPECT_EQ(r.header("x-amz-executed-version"), "$LATEST");
  EXPECT_EQ(r.header("trailer"), "X-Amz-Function-Error, " + std::string(runtime_api::streamed_response_trailers));
  EXPECT_GT(r.chunks.size(), 1u);
  EXPECT_TRUE(r.trailers.empty()) << r;
  EXPECT_EQ(r.body.size(), chunks * chunk_bytes);
  EXPECT_TRUE(r.body == pattern(chunks * chunk_bytes)) << "the stream arrived altered";
}

TEST(EmulatorStream, AClientThatDoesNotReadHoldsTheFunctionBack) {
  served_emulator emulator;
  // Far more than the socket buffers on the way and the emulator's queue can hold together.
  constexpr std::size_t chunks = 1024, chunk_bytes = 64 * 1024;
  invoke_client client(emulator.port());
  client.send_invoke("stream:" + std::to_string(chunks) + ":" + std::to_string(chunk_bytes));
  http_reply r;
  ASSERT_TRUE(client.read_head(r, steady::now() + 5s)) << emulator.log_text();
  std::this_thread::sleep_for(1s);
  // Were the stream read off the function regardless, it would have finished and been answered.
  EXPECT_EQ(emulator.log_text().find("answered 202"), std::string::npos) << emulator.log_text();
  auto deadline = steady::now() + 10s;
  while (client.read_piece(r, deadline)) {
  }
  ASSERT_TRUE(r.complete) << r << emulator.log_text();
  EXPECT_TRUE(r.body == pattern(chunks * chunk_bytes)) << "the stream arrived altered";
}

TEST(EmulatorStream, StoppingTheEmulatorDoesNotWaitForAClientThatDoesNotRead) {
  std::optional<served_emulator> emulator(std::in_place);
  invoke_client client(emulator->port());
  client.send_invoke("stream:1024:65536");
  http_reply r;
  ASSERT_TRUE(client.read_head(r, steady::now() + 5s)) << emulator->log_text();
  std::this_thread::sleep_for(300ms);  // the stream backs up until the function waits for room
  auto start = steady::now();
  emulator.reset();  // SIGTERM, and the exit status must be 0
  EXPECT_LT(ms_since(start), 3000);
}

TEST(EmulatorStream, AStreamPastTheLimitIsCutOffWithResponseSizeTooLarge) {
  served_emulator emulator({"--timeout", "30"});
  invoke_client client(emulator.port());
  client.send_invoke("stream:3300:65536");  // 3300 × 64 KiB > 200 MB
  http_reply r;
  auto deadline = steady::now() + 20s;
  ASSERT_TRUE(client.read_head(r, deadline)) << emulator.log_text();
  std::size_t received = 0;
  while (client.read_piece(r, deadline)) {
    received += r.body.size();
    r.body.clear();  // 200 MiB need not be kept to be counted
    r.chunks.clear();
  }
  ASSERT_TRUE(r.complete) << r << emulator.log_text();
  // Every byte up to the limit arrived, none past it (the limit falls inside a 64 KiB chunk).
  EXPECT_EQ(received, runtime_api::max_streamed_response_bytes);
  EXPECT_EQ(r.trailer(runtime_api::error_type_header), "Function.ResponseSizeTooLarge") << r;
  EXPECT_NE(decoded(r.trailer(runtime_api::error_body_trailer))
                .find("exceeded the maximum of " + std::to_string(runtime_api::max_streamed_response_bytes) + " bytes"),
            std::string::npos)
      << r;
}

TEST(EmulatorStream, TheClientGetsTheFirstPieceWhileTheFunctionIsStillWriting) {
  served_emulator emulator;
  // The function sends "first", then waits for this file before it goes on: a relay that
  // buffered the stream would leave the client with nothing until the function gave up.
  std::string gate = ::testing::TempDir() + "emulator_stream_gate." + std::to_string(::getpid());
  std::filesystem::remove(gate);
  invoke_client client(emulator.port());
  client.send_invoke("gate:" + gate);
  http_reply r;
  auto deadline = steady::now() + 5s;
  ASSERT_TRUE(client.read_head(r, deadline)) << emulator.log_text();
  ASSERT_TRUE(client.read_piece(r, deadline)) << r << emulator.log_text();
  EXPECT_EQ(r.body, "first\n");
  std::ofstream(gate) << "go";
  while (client.read_piece(r, steady::now() + 5s)) {
  }
  std::filesystem::remove(gate);
  EXPECT_TRUE(r.complete) << r;
  EXPECT_EQ(r.body, "first\nsecond\n");
  EXPECT_TRUE(r.trailers.empty()) << r;
}

TEST(EmulatorStream, AMidStreamErrorArrivesInTheTrailers) {
  served_emulator emulator;
  http_reply r = emulator.invoke("stream-error");
  ASSERT_TRUE(r.complete) << r << emulator.log_text();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "one,two,");  // what was sent before the error stands
  EXPECT_EQ(trailer_error(r, "StreamBroke"),
            R"({"errorMessage":"the stream broke after 2 chunks","errorType":"StreamBroke","stackTrace":[]})");
  // The function logs its 202 after the client has its reply; the next invoke waits for that.
  EXPECT_EQ(emulator.invoke("next").body, "next");
  EXPECT_NE(emulator.log_text().find("POST /response (streamed) answered 202"), std::string::npos)
      << emulator.log_text();
}

TEST(EmulatorStream, AnUnknownResponseModeFailsTheInvokeAtOnce) {
  served_emulator emulator({"--timeout", "10"});
  auto start = steady::now();
  http_reply r = emulator.invoke("bad-mode");
  EXPECT_LT(ms_since(start), 3000) << "the invoke waited for the deadline";
  ASSERT_TRUE(r.complete) << r << emulator.log_text();
  EXPECT_EQ(r.header("x-amz-function-error"), "Unhandled") << r;
  EXPECT_NE(r.body.find(R"("errorType":"Runtime.InvalidResponseModeHeader")"), std::string::npos) << r;
  // The function was told, and carries on.
  EXPECT_EQ(emulator.invoke("next").body, "next");
  EXPECT_NE(emulator.log_text().find(R"(POST /response answered 400 {"errorType":"InvalidFunctionResponseMode")"),
            std::string::npos)
      << emulator.log_text();
}

TEST(EmulatorStream, GoStyleChunkedAnswersAreBufferedWithTheirTrailerErrors) {
  served_emulator emulator;
  invoke_client client(emulator.port());
  http_reply ok = client.invoke(R"(go-buffered:{"ok":true})");
  ASSERT_TRUE(ok.complete) << ok << emulator.log_text();
  EXPECT_EQ(ok.header("transfer-encoding"), "<absent>") << ok;
  EXPECT_EQ(ok.header("x-amz-function-error"), "<absent>") << ok;
  EXPECT_EQ(ok.body, R"({"ok":true})");

  http_reply failed = client.invoke("go-buffered-error");
  ASSERT_TRUE(failed.complete) << failed << emulator.log_text();
  EXPECT_EQ(failed.status, 200);
  EXPECT_EQ(failed.header("transfer-encoding"), "<absent>") << failed;
  EXPECT_EQ(failed.header("x-amz-function-error"), "Unhandled") << failed;
  EXPECT_EQ(failed.header("content-type"), "application/json");
  // The error document replaces the partial body.
  EXPECT_EQ(
      failed.body,
      R"({"errorMessage":"the handler failed after reading half the table","errorType":"HalfwayError","stackTrace":[]})");
}

TEST(EmulatorStream, ATruncatedStreamEndsWithTruncatedResponse) {
  served_emulator emulator;
  http_reply r = emulator.invoke("truncate");
  ASSERT_TRUE(r.complete) << r << emulator.log_text();
  EXPECT_TRUE(r.body.starts_with("partial")) << r;
  std::string error = trailer_error(r, "Runtime.TruncatedResponse");
  EXPECT_NE(error.find("\"errorType\":\"Runtime.TruncatedResponse\""), std::string::npos) << error;
  EXPECT_NE(error.find("ended after " + std::to_string(r.body.size()) + " bytes"), std::string::npos) << error;
  // The function reconnects and goes on.
  EXPECT_EQ(emulator.invoke("still here").body, "still here") << emulator.log_text();
}

TEST(EmulatorStream, TheDeadlineCoversTheWholeStream) {
  served_emulator emulator({"--timeout", "0.6"});
  auto start = steady::now();
  http_reply r = emulator.invoke("slow-stream");  // a tick every 100 ms for 10 s
  EXPECT_LT(ms_since(start), 3000);
  ASSERT_TRUE(r.complete) << r << emulator.log_text();
  EXPECT_TRUE(r.body.starts_with("tick\ntick\n")) << r;
  std::string error = trailer_error(r, "Sandbox.Timedout");
  EXPECT_NE(error.find("Task timed out after 0.60 seconds"), std::string::npos) << error;
  // The timed-out function was reset; a fresh one answers the next invoke.
  EXPECT_EQ(emulator.invoke("after the timeout").body, "after the timeout") << emulator.log_text();
}

TEST(EmulatorStream, AClientThatLeavesMidStreamCancelsIt) {
  served_emulator emulator({"--timeout", "30"});
  {
    invoke_client client(emulator.port());
    client.send_invoke("slow-stream");  // 10 s of ticks unless cancelled
    http_reply r;
    auto deadline = steady::now() + 5s;
    ASSERT_TRUE(client.read_head(r, deadline)) << emulator.log_text();
    ASSERT_TRUE(client.read_piece(r, deadline)) << r << emulator.log_text();
  }
  // Only one invoke runs at a time, so this one waits until the abandoned stream is cancelled.
  auto start = steady::now();
  http_reply next = emulator.invoke("next one");
  EXPECT_LT(ms_since(start), 3000) << emulator.log_text();
  EXPECT_EQ(next.body, "next one") << next << emulator.log_text();
}

TEST(EmulatorStream, TheHttpIntegrationPreludePassesThroughUntouched) {
  served_emulator emulator;
  http_reply r = emulator.invoke("http");
  ASSERT_TRUE(r.complete) << r << emulator.log_text();
  EXPECT_EQ(r.header("content-type"), runtime_api::http_integration_content_type);
  std::string prelude = R"({"statusCode":201,"headers":{"content-type":"text/plain"},"cookies":["a=b"]})";
  EXPECT_EQ(r.body, prelude + std::string(8, '\0') + "streamed body\n");
  EXPECT_TRUE(r.trailers.empty()) << r;
}

TEST(EmulatorStream, ABufferedInvokeAfterAStreamKeepsTheFunctionsConnection) {
  served_emulator emulator;
  invoke_client client(emulator.port());
  http_reply streamed = client.invoke("stream:3:1000");
  ASSERT_TRUE(streamed.complete) << streamed << emulator.log_text();
  EXPECT_EQ(streamed.body, pattern(3000));
  // Answered over the same keep-alive connection the function used for /next and the stream.
  http_reply buffered = client.invoke("connections");
  ASSERT_TRUE(buffered.complete) << buffered << emulator.log_text();
  EXPECT_EQ(buffered.header("transfer-encoding"), "<absent>") << buffered;
  EXPECT_EQ(buffered.header("x-amz-function-error"), "<absent>") << buffered;
  EXPECT_EQ(buffered.body, "connections=1");
}

// A /next is the process's that sent it: one that reaches the emulator after that process died
// (here finished by a child that outlives it) must not take the event meant for the next
// process, which would then wait for an answer that never comes.
TEST(EmulatorStream, ANextFromADeadProcessGetsNoEvent) {
  served_emulator emulator({"--timeout", "2"});
  http_reply died = emulator.invoke("orphan-next");
  ASSERT_TRUE(died.complete) << died << emulator.log_text();
  EXPECT_EQ(died.header("x-amz-function-error"), "Unhandled") << died;
  EXPECT_NE(died.body.find("Runtime.ExitError"), std::string::npos) << died;
  // The orphaned /next is complete and parked by now (it was sent 200 ms after the death).
  std::this_thread::sleep_for(600ms);
  http_reply next = emulator.invoke("after the crash");
  ASSERT_TRUE(next.complete) << next << emulator.log_text();
  EXPECT_EQ(next.header("x-amz-function-error"), "<absent>") << next << emulator.log_text();
  EXPECT_EQ(next.body, "after the crash") << emulator.log_text();
}

// ---- lambda-emulator invoke: the stream goes to stdout ----

TEST(EmulatorStream, InvokePrintsEachPieceAsItArrives) {
  std::string gate = ::testing::TempDir() + "emulator_stream_invoke_gate." + std::to_string(::getpid());
  std::filesystem::remove(gate);
  std::string event_path = gate + ".event";
  std::ofstream(event_path) << "gate:" << gate;
  int out_fd = -1;
  pid_t pid = spawn({LAMBDA_EMULATOR_PATH, "invoke", LAMBDA_STREAM_TEST_FUNCTION_PATH, "--event", event_path}, out_fd);
  // Only the first piece can arrive before the gate opens.
  std::string first = read_until(out_fd, "first\n", steady::now() + 5s);
  EXPECT_EQ(first, "first\n");
  std::ofstream(gate) << "go";
  std::string rest = read_all(out_fd, steady::now() + 10s);
  ::close(out_fd);
  EXPECT_EQ(lambda::testing::wait_for_exit(pid, steady::now() + 5s), 0);
  EXPECT_EQ(rest, "second\n");
  std::filesystem::remove(gate);
  std::filesystem::remove(event_path);
}

TEST(EmulatorStream, InvokeReportsAMidStreamErrorOnStderrAndExitsOne) {
  auto r = invoke_command("stream-error");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out, "one,two,");
  EXPECT_NE(r.err.find("lambda-emulator: the response stream ended with an error: "
                       R"({"errorMessage":"the stream broke after 2 chunks","errorType":"StreamBroke","stackTrace":[]})"
                       "\n"),
            std::string::npos)
      << r.err;
}

TEST(EmulatorStream, InvokeWritesTheHttpPreludeBytesAsTheyCame) {
  auto r = invoke_command("http");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, R"({"statusCode":201,"headers":{"content-type":"text/plain"},"cookies":["a=b"]})" +
                       std::string(8, '\0') + "streamed body\n");
}

}  // namespace
