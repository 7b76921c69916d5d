// Streaming throughput end to end: `lambda-emulator serve` runs a Lambdagen function that streams
// a large response, and a libcurl client invokes it over loopback and reads the chunked answer.
//
//   streaming_bench EMULATOR STREAM_FUNCTION [--megabytes N] [--runs N]
//
// Reports per run the time to the first byte and MB/s, then the function's peak RSS (VmHWM) —
// which stays near its size at start when back-pressure works, however large the stream. For
// scale, the same bytes through one plain loopback TCP connection in the same program.
#include <curl/curl.h>

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

using clock_type = std::chrono::steady_clock;

std::uint16_t free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool accepts(std::uint16_t port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

struct invoke_stats {
  std::size_t bytes = 0;
  double first_byte_ms = 0;
  double seconds = 0;
  bool chunked = false;
  long status = 0;
  std::string function_error;
};

struct reading {
  clock_type::time_point start;
  std::optional<clock_type::time_point> first;
  std::size_t bytes = 0;
  bool chunked = false;
  std::string function_error;
  std::string head;  // the first bytes, to show what an error said
};

size_t on_data(char* data, size_t size, size_t count, void* user) {
  auto* r = static_cast<reading*>(user);
  if (!r->first) r->first = clock_type::now();
  if (r->head.size() < 512) r->head.append(data, std::min(size * count, 512 - r->head.size()));
  r->bytes += size * count;
  return size * count;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* r = static_cast<reading*>(user);
  std::string line(data, size * count);
  std::transform(line.begin(), line.end(), line.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (line.starts_with("transfer-encoding:") && line.find("chunked") != std::string::npos) r->chunked = true;
  if (line.starts_with("x-amz-function-error:") || line.starts_with("lambda-runtime-function-error-type:"))
    r->function_error += line;
  return size * count;
}

invoke_stats invoke(std::uint16_t port) {
  reading r;
  CURL* curl = curl_easy_init();
  std::string url = "http://127.0.0.1:" + std::to_string(port) + "/2015-03-31/functions/function/invocations";
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, "{}");
  curl_easy_setopt(curl, CURLOPT_PROXY, "");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &r);
  r.start = clock_type::now();
  CURLcode rc = curl_easy_perform(curl);
  const auto end = clock_type::now();
  invoke_stats s;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &s.status);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) s.function_error = std::string("invoke failed: ") + curl_easy_strerror(rc);
  s.bytes = r.bytes;
  s.chunked = r.chunked;
  s.function_error += r.function_error;
  if (!s.function_error.empty()) s.function_error += r.head;
  s.seconds = std::chrono::duration<double>(end - r.start).count();
  s.first_byte_ms = r.first ? std::chrono::duration<double, std::milli>(*r.first - r.start).count() : -1;
  return s;
}

// The function is the emulator's child; Linux lists a task's children per thread.
std::optional<pid_t> child_of(pid_t parent) {
  std::string dir = "/proc/" + std::to_string(parent) + "/task";
  DIR* d = ::opendir(dir.c_str());
  if (!d) return std::nullopt;
  std::optional<pid_t> found;
  while (dirent* e = ::readdir(d)) {
    std::ifstream children(dir + "/" + e->d_name + "/children");
    pid_t pid = 0;
    if (children >> pid) found = pid;
  }
  ::closedir(d);
  return found;
}

std::string status_field(pid_t pid, const std::string& field) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line))
    if (line.starts_with(field + ":")) return line.substr(field.size() + 1);
  return "?";
}

double loopback_tcp_mb_per_s(std::size_t total) {
  int listener = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::listen(listener, 1);
  socklen_t len = sizeof addr;
  ::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len);
  std::thread writer([&] {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    std::string piece(64 * 1024, 't');
    for (std::size_t sent = 0; sent < total;) {
      ssize_t n = ::send(fd, piece.data(), std::min(piece.size(), total - sent), MSG_NOSIGNAL);
      if (n <= 0) break;
      sent += static_cast<std::size_t>(n);
    }
    ::close(fd);
  });
  int fd = ::accept(listener, nullptr, nullptr);
  const auto start = clock_type::now();
  std::vector<char> buf(256 * 1024);
  std::size_t got = 0;
  for (ssize_t n; (n = ::recv(fd, buf.data(), buf.size(), 0)) > 0;) got += static_cast<std::size_t>(n);
  const double seconds = std::chrono::duration<double>(clock_type::now() - start).count();
  writer.join();
  ::close(fd);
  ::close(listener);
  return static_cast<double>(got) / 1e6 / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: streaming_bench EMULATOR STREAM_FUNCTION [--megabytes N] [--runs N]\n");
    return 2;
  }
  std::size_t megabytes = 50;
  int runs = 5;
  for (int i = 3; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--megabytes")
      megabytes = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--runs")
      runs = std::atoi(argv[i + 1]);
  }
  const std::size_t total = megabytes << 20;
  curl_global_init(CURL_GLOBAL_DEFAULT);

  const std::uint16_t port = free_port();
  std::string port_text = std::to_string(port);
  std::string bytes_env = "BENCH_STREAM_BYTES=" + std::to_string(total);
  std::vector<std::string> env_storage{bytes_env, "AWS_LAMBDA_LOG_LEVEL=WARN"};
  for (char** e = environ; *e; ++e) env_storage.emplace_back(*e);
  std::vector<char*> env;
  for (auto& s : env_storage) env.push_back(s.data());
  env.push_back(nullptr);
  char* args[] = {argv[1],
                  const_cast<char*>("serve"),
                  argv[2],
                  const_cast<char*>("--port"),
                  port_text.data(),
                  const_cast<char*>("--timeout"),
                  const_cast<char*>("120"),
                  nullptr};
  pid_t emulator = -1;
  if (posix_spawn(&emulator, argv[1], nullptr, nullptr, args, env.data()) != 0) {
    std::perror("posix_spawn");
    return 1;
  }
  // Whatever happens below, the emulator (and with it the function) does not outlive the run.
  struct stop_on_exit {
    pid_t pid;
    ~stop_on_exit() {
      ::kill(pid, SIGTERM);
      int status = 0;
      ::waitpid(pid, &status, 0);
    }
  } stopper{emulator};
  for (int i = 0; i < 200 && !accepts(port); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));

  invoke_stats warm = invoke(port);  // starts the function
  if (warm.status != 200 || warm.bytes != total || !warm.function_error.empty()) {
    std::fprintf(stderr, "warm-up invoke: HTTP %ld, %zu of %zu bytes %s\n", warm.status, warm.bytes, total,
                 warm.function_error.c_str());
    return 1;
  }
  std::printf("%zu MiB streamed through lambda-emulator (%s to the invoker)\n", megabytes,
              warm.chunked ? "chunked" : "NOT chunked");
  std::vector<double> rates;
  for (int i = 0; i < runs; ++i) {
    invoke_stats s = invoke(port);
    if (s.bytes != total || !s.function_error.empty()) {
      std::fprintf(stderr, "run %d: %zu of %zu bytes %s\n", i, s.bytes, total, s.function_error.c_str());
      return 1;
    }
    double rate = static_cast<double>(s.bytes) / 1e6 / s.seconds;
    rates.push_back(rate);
    std::printf("  run %d: first byte after %6.2f ms, %7.1f MB/s\n", i + 1, s.first_byte_ms, rate);
  }
  std::sort(rates.begin(), rates.end());
  const double median = rates[rates.size() / 2];
  std::optional<pid_t> function = child_of(emulator);
  std::string hwm = function ? status_field(*function, "VmHWM") : "?";
  std::string rss = function ? status_field(*function, "VmRSS") : "?";
  const double tcp = loopback_tcp_mb_per_s(total);
  std::printf("median %.1f MB/s; function peak RSS (VmHWM)%s, RSS now%s\n", median, hwm.c_str(), rss.c_str());
  std::printf("plain loopback TCP, same bytes: %.1f MB/s (streaming reaches %.2fx of it)\n", tcp, median / tcp);

  curl_global_cleanup();
  return 0;
}
