// A function that plays another language's runtime: it speaks the Runtime API over plain POSIX
// sockets, not through Lambdagen's runtime, so that the emulator's tests can send what other
// runtimes send, mistakes included. The event says what to do:
//   stream:<chunks>:<bytes>[:<pause_ms>]  streams <chunks> chunks of the test pattern, pausing between them
//   gate:<path>         streams "first\n", waits until <path> exists, then streams "second\n"
//   stream-error        streams two chunks, then ends with error trailers (StreamBroke)
//   go-buffered:<text>  posts <text> chunked without a mode header, as Go's runtime posts every answer
//   go-buffered-error   the same with part of a body, then error trailers (HalfwayError)
//   bad-mode            posts with Lambda-Runtime-Function-Response-Mode: stream (no such mode)
//   truncate            streams a chunk, then closes the connection in the middle of the next
//   slow-stream         streams "tick\n" every 100 ms for 10 s
//   http                streams an HTTP-integration response: JSON prelude, 8 NULs, body
//   connections         answers (buffered) how many connections it opened to the Runtime API
//   orphan-next         dies with a GET /next half sent on a second connection; a child of it
//                       sends the rest 200 ms later (after the death) and waits 3 s for a reply
//   anything else       echoed back, buffered
// Each Runtime API answer to a POST is logged on stderr.

#include <lambda/protocol/http_fields.h>
#include <lambda/protocol/http_head.h>
#include <lambda/protocol/runtime_api.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

// The Runtime API's names and paths, and the reading of the emulator's replies, are the protocol
// component's; what this function sends it writes itself, mistakes included.
namespace protocol = lambda::protocol;

using headers = std::vector<std::pair<std::string_view, std::string>>;

// The bytes at `offset` of the `stream:` pattern; emulator_stream_test.cpp rebuilds it.
char pattern_byte(std::size_t offset) { return static_cast<char>('a' + offset * 7 % 26); }

// {"errorMessage":"the stream broke after 2 chunks","errorType":"StreamBroke","stackTrace":[]}
constexpr std::string_view stream_broke_base64 =
    "eyJlcnJvck1lc3NhZ2UiOiJ0aGUgc3RyZWFtIGJyb2tlIGFmdGVyIDIgY2h1bmtzIiwiZXJyb3JUeXBlIjoiU3RyZWFtQnJva2Ui"
    "LCJzdGFja1RyYWNlIjpbXX0=";
// {"errorMessage":"the handler failed after reading half the table","errorType":"HalfwayError","stackTrace":[]}
constexpr std::string_view halfway_error_base64 =
    "eyJlcnJvck1lc3NhZ2UiOiJ0aGUgaGFuZGxlciBmYWlsZWQgYWZ0ZXIgcmVhZGluZyBoYWxmIHRoZSB0YWJsZSIsImVycm9yVHlw"
    "ZSI6IkhhbGZ3YXlFcnJvciIsInN0YWNrVHJhY2UiOltdfQ==";

struct reply {
  int status = 0;  // 0: the connection broke before a whole reply arrived
  protocol::http_fields headers;
  std::string body;
};

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "stream_test_function: %s\n", what.c_str());
  std::exit(1);
}

// One keep-alive connection to the Runtime API, reopened when the emulator closes it.
class runtime_api {
 public:
  explicit runtime_api(std::string_view address) {
    auto colon = address.rfind(':');
    if (colon == std::string_view::npos)
      fail("AWS_LAMBDA_RUNTIME_API: expected host:port, got " + std::string(address));
    host_ = std::string(address.substr(0, colon));
    port_ = static_cast<std::uint16_t>(std::stoi(std::string(address.substr(colon + 1))));
  }

  int connections() const { return connections_; }

  bool send(std::string_view data) {
    if (fd_ < 0) connect();
    while (!data.empty()) {
      ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }

  // Reads one Content-Length reply, which is how the emulator answers the Runtime API.
  reply receive() {
    reply r;
    std::size_t end;
    while ((end = buffer_.find("\r\n\r\n")) == std::string::npos)
      if (!fill()) return broken();
    std::string_view head(buffer_.data(), end);
    r.status = std::atoi(std::string(head.substr(head.find(' ') + 1, 3)).c_str());
    for (std::size_t line = head.find("\r\n"); line != std::string_view::npos;) {
      std::size_t next = head.find("\r\n", line + 2);
      std::string_view field = head.substr(line + 2, next == std::string_view::npos ? next : next - line - 2);
      if (auto error = protocol::parse_field_line(field, r.headers))
        fail("malformed header line in a Runtime API reply: " + *error);
      line = next;
    }
    std::size_t length = std::stoul(std::string(r.headers.find("content-length").value_or("0")));
    while (buffer_.size() < end + 4 + length)
      if (!fill()) return broken();
    r.body = buffer_.substr(end + 4, length);
    buffer_.erase(0, end + 4 + length);
    if (r.headers.find("connection") == "close") disconnect();
    return r;
  }

  // Receiving gives up after `limit` (the reply then reads as a broken connection).
  void arm_receive_timeout(std::chrono::milliseconds limit) {
    timeval tv{static_cast<time_t>(limit.count() / 1000), static_cast<suseconds_t>(limit.count() % 1000 * 1000)};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }

  void disconnect() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    buffer_.clear();
  }

 private:
  void connect() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port_);
    ::inet_pton(AF_INET, host_.c_str(), &addr.sin_addr);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
      fail("cannot connect to the Runtime API at " + host_ + ":" + std::to_string(port_));
    ++connections_;
  }

  bool fill() {
    char chunk[16384];
    ssize_t n;
    do n = ::recv(fd_, chunk, sizeof chunk, 0);
    while (n < 0 && errno == EINTR);
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  reply broken() {
    disconnect();
    return {};
  }

  std::string host_;
  std::uint16_t port_ = 0;
  int fd_ = -1;
  int connections_ = 0;
  std::string buffer_;
};

struct invocation {
  std::string request_id;
  std::string invocation_id;
  std::string event;
};

std::string head_of(std::string_view method, std::string_view path, const headers& fields) {
  std::string head = std::string(method) + " " + std::string(path) + " HTTP/1.1\r\nHost: runtime\r\n";
  for (const auto& [name, value] : fields) head += std::string(name) + ": " + value + "\r\n";
  return head + "\r\n";
}

std::string chunk(std::string_view data) {
  char size[20];
  std::snprintf(size, sizeof size, "%zx\r\n", data.size());
  return size + std::string(data) + "\r\n";
}

std::string last_chunk(const headers& trailers = {}) {
  std::string tail = "0\r\n";
  for (const auto& [name, value] : trailers) tail += std::string(name) + ": " + value + "\r\n";
  return tail + "\r\n";
}

class test_function {
 public:
  explicit test_function(runtime_api& api) : api_(api) {}

  invocation next() {
    const std::string request = head_of("GET", protocol::next_invocation_path, {});
    // The Runtime API may have closed the kept-alive connection (after a 410, say): reconnect
    // once, as any HTTP client does.
    reply r;
    for (int attempt = 0; attempt < 2 && r.status == 0; ++attempt) {
      if (api_.send(request)) r = api_.receive();
      if (r.status == 0) api_.disconnect();
    }
    if (r.status == 0) fail("GET /next: the connection to the Runtime API broke");
    if (r.status != 200) fail("GET /next answered " + std::to_string(r.status) + ": " + r.body);
    return {std::string(r.headers.find(protocol::request_id_header).value_or("")),
            std::string(r.headers.find(protocol::invocation_id_header).value_or("")), r.body};
  }

  void handle(const invocation& inv) {
    inv_ = &inv;
    std::string_view event = inv.event;
    if (event.starts_with("stream:"))
      stream_pattern(event.substr(7));
    else if (event.starts_with("gate:"))
      stream_gated(event.substr(5));
    else if (event == "stream-error")
      stream_then_fail();
    else if (event.starts_with("go-buffered:"))
      go_buffered(event.substr(12), {});
    else if (event == "go-buffered-error")
      go_buffered(R"({"rows":[1,2,)", halfway_error());
    else if (event == "bad-mode")
      bad_mode();
    else if (event == "truncate")
      truncate();
    else if (event == "slow-stream")
      slow_stream();
    else if (event == "http")
      http_integration();
    else if (event == "connections")
      buffered("connections=" + std::to_string(api_.connections()));
    else if (event == "orphan-next")
      orphan_next();
    else
      buffered(inv.event);
  }

 private:
  std::string response_path() const {
    return std::string(protocol::invocation_path_prefix) + inv_->request_id +
           std::string(protocol::response_path_suffix);
  }

  headers identity() const {
    if (inv_->invocation_id.empty()) return {};
    return {{protocol::invocation_id_header, inv_->invocation_id}};
  }

  static headers halfway_error() {
    return {{protocol::error_type_header, "HalfwayError"},
            {protocol::error_body_trailer, std::string(halfway_error_base64)}};
  }

  void log_reply(std::string_view what) {
    reply r = api_.receive();
    std::fprintf(stderr, "stream_test_function: %.*s answered %d %s\n", static_cast<int>(what.size()), what.data(),
                 r.status, r.body.c_str());
  }

  void buffered(const std::string& body, headers fields = {}) {
    fields.emplace_back("Content-Type", "text/plain");
    fields.emplace_back("Content-Length", std::to_string(body.size()));
    for (auto& h : identity()) fields.push_back(h);
    api_.send(head_of("POST", response_path(), fields) + body);
    log_reply("POST /response");
  }

  bool begin_stream(std::string_view content_type, std::string_view mode = protocol::streaming_response_mode) {
    headers fields{{"Content-Type", std::string(content_type)},
                   {"Transfer-Encoding", "chunked"},
                   {"Trailer", std::string(protocol::streamed_response_trailers)}};
    if (!mode.empty()) fields.emplace_back(protocol::response_mode_header, std::string(mode));
    for (auto& h : identity()) fields.push_back(h);
    return api_.send(head_of("POST", response_path(), fields));
  }

  void end_stream(const headers& trailers = {}) {
    api_.send(last_chunk(trailers));
    log_reply("POST /response (streamed)");
  }

  void pause(std::chrono::milliseconds ms) { std::this_thread::sleep_for(ms); }

  // A /next that the emulator reads only after the process that sent it has died: the head is
  // finished by a child that outlives it. Whatever the emulator answers is logged.
  [[noreturn]] void orphan_next() {
    runtime_api orphan(std::getenv("AWS_LAMBDA_RUNTIME_API"));
    std::string request = head_of("GET", protocol::next_invocation_path, {});
    orphan.send(request.substr(0, request.size() - 2));
    if (::fork() == 0) {
      api_.disconnect();
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      orphan.arm_receive_timeout(std::chrono::seconds(3));
      reply r = orphan.send("\r\n") ? orphan.receive() : reply{};
      std::fprintf(stderr, "stream_test_function: the orphaned GET /next answered %d %s\n", r.status, r.body.c_str());
      ::_exit(0);
    }
    ::_exit(1);
  }

  void stream_pattern(std::string_view spec) {
    int chunks = 0;
    std::size_t bytes = 0;
    int pause_ms = 0;
    if (std::sscanf(std::string(spec).c_str(), "%d:%zu:%d", &chunks, &bytes, &pause_ms) < 2)
      fail("stream: expected <chunks>:<bytes>[:<pause_ms>], got " + std::string(spec));
    begin_stream("text/plain");
    std::string data(bytes, '\0');
    for (int i = 0; i < chunks; ++i) {
      for (std::size_t j = 0; j < bytes; ++j) data[j] = pattern_byte(static_cast<std::size_t>(i) * bytes + j);
      if (!api_.send(chunk(data))) fail("the stream broke at chunk " + std::to_string(i));
      if (pause_ms > 0 && i + 1 < chunks) pause(std::chrono::milliseconds(pause_ms));
    }
    end_stream();
  }

  void stream_gated(std::string_view path) {
    begin_stream("text/plain");
    api_.send(chunk("first\n"));
    auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!std::filesystem::exists(path) && std::chrono::steady_clock::now() < give_up)
      pause(std::chrono::milliseconds(5));
    api_.send(chunk("second\n"));
    end_stream();
  }

  void stream_then_fail() {
    begin_stream("text/plain");
    api_.send(chunk("one,"));
    api_.send(chunk("two,"));
    end_stream({{protocol::error_type_header, "StreamBroke"},
                {protocol::error_body_trailer, std::string(stream_broke_base64)}});
  }

  void go_buffered(std::string_view body, const headers& trailers) {
    begin_stream("application/json", "");
    api_.send(chunk(body));
    end_stream(trailers);
  }

  void bad_mode() { buffered("not a stream", {{protocol::response_mode_header, "stream"}}); }

  void truncate() {
    begin_stream("text/plain");
    api_.send(chunk("partial"));
    api_.send("64\r\n0123456789");  // a chunk of 100 bytes, of which 10 are sent
    api_.disconnect();
  }

  void slow_stream() {
    begin_stream("text/plain");
    for (int i = 0; i < 100; ++i) {
      if (!api_.send(chunk("tick\n"))) return;
      pause(std::chrono::milliseconds(100));
    }
    end_stream();
  }

  void http_integration() {
    begin_stream(protocol::http_integration_content_type);
    std::string prelude = R"({"statusCode":201,"headers":{"content-type":"text/plain"},"cookies":["a=b"]})";
    api_.send(chunk(prelude + std::string(8, '\0')));
    api_.send(chunk("streamed body\n"));
    end_stream();
  }

  runtime_api& api_;
  const invocation* inv_ = nullptr;
};

}  // namespace

int main() {
  const char* address = std::getenv("AWS_LAMBDA_RUNTIME_API");
  if (!address) fail("AWS_LAMBDA_RUNTIME_API is not set");
  runtime_api api(address);
  test_function fn(api);
  while (true) {
    invocation inv = fn.next();
    fn.handle(inv);
  }
}
