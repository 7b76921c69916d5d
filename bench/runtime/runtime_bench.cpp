// Per-invoke overhead and cold start of a function built on lambda::run, against the raw-socket
// floor, both driven by the same in-process Runtime API over loopback:
//
//   runtime_bench LAMBDAGEN_FUNCTION RAW_SOCKET_FUNCTION [--invokes N] [--payload BYTES] [--cold-starts N]
//
// Per invoke: from the moment the /next reply is handed to the socket to the arrival of the
// /response, one invocation at a time (p50, p99, invokes/s after a warm-up). Cold start: from
// posix_spawn to the first GET /next (p50 over several spawns, the two
// functions alternating). Also the stripped size of each
// binary and the shared libraries it loads. Last, concurrent workers: the Lambdagen function with
// AWS_LAMBDA_MAX_CONCURRENCY=N for N = 1, 2, 4, 8 and a handler that sleeps 10 ms, invokes/s.
#include "http_server.h"

#include <lambda/protocol/runtime_api.h>

#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

extern char** environ;

namespace {

namespace runtime_api = lambda::protocol;
using clock_type = std::chrono::steady_clock;
using lambda::emulator::http_request;
using lambda::emulator::http_response;
using lambda::emulator::http_server;

// Serves invocations one at a time and records when each was sent and answered.
class bench_api {
 public:
  bench_api(std::string payload, std::size_t invokes) : payload_(std::move(payload)), invokes_(invokes) {
    server_ = std::make_unique<http_server>(0, [this](const http_request& r) { return handle(r); });
  }
  ~bench_api() {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    changed_.notify_all();
    server_->stop();
  }

  std::string endpoint() const { return "127.0.0.1:" + std::to_string(server_->port()); }

  /// Waits until the first /next arrives; its time.
  std::optional<clock_type::time_point> wait_first_next(std::chrono::seconds limit) {
    std::unique_lock lock(mutex_);
    if (!changed_.wait_for(lock, limit, [&] { return first_next_.has_value(); })) return std::nullopt;
    return first_next_;
  }
  /// Waits until every invocation was answered; the per-invoke latencies.
  std::vector<double> wait_all(std::chrono::seconds limit) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, limit, [&] { return latencies_us_.size() >= invokes_; });
    return latencies_us_;
  }

 private:
  http_response handle(const http_request& r) {
    const auto now = clock_type::now();
    std::unique_lock lock(mutex_);
    if (r.method == "GET" && r.path() == runtime_api::next_invocation_path) {
      if (!first_next_) {
        first_next_ = now;
        changed_.notify_all();
      }
      // Park once all invocations were served, until the bench kills the function.
      changed_.wait(lock, [&] { return done_ || served_ < invokes_; });
      if (done_) return http_response{.status = 500};
      http_response reply;
      reply.headers.add(runtime_api::request_id_header, "req-" + std::to_string(served_));
      reply.headers.add(runtime_api::deadline_header, "4102444800000");
      reply.headers.add(runtime_api::function_arn_header, "arn:aws:lambda:us-east-1:123456789012:function:bench");
      reply.headers.add(runtime_api::trace_id_header, "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
      reply.headers.add("Content-Type", "application/json");
      reply.body = payload_;
      ++served_;
      sent_ = clock_type::now();
      return reply;
    }
    if (r.method == "POST" && r.path().ends_with(runtime_api::response_path_suffix)) {
      latencies_us_.push_back(std::chrono::duration<double, std::micro>(now - sent_).count());
      changed_.notify_all();
      return http_response{.status = 202, .body = "{\"status\":\"OK\"}"};
    }
    return http_response{.status = 404};
  }

  std::string payload_;
  std::size_t invokes_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::optional<clock_type::time_point> first_next_;
  clock_type::time_point sent_;
  std::size_t served_ = 0;
  std::vector<double> latencies_us_;
  bool done_ = false;
  std::unique_ptr<http_server> server_;
};

pid_t spawn(const std::string& path, const std::string& endpoint, const std::vector<std::string>& extra_env = {}) {
  std::vector<std::string> env_storage;
  for (char** e = environ; *e; ++e) env_storage.emplace_back(*e);
  env_storage.insert(env_storage.end(), extra_env.begin(), extra_env.end());
  env_storage.push_back("AWS_LAMBDA_RUNTIME_API=" + endpoint);
  env_storage.push_back("AWS_LAMBDA_FUNCTION_NAME=bench");
  env_storage.push_back("AWS_LAMBDA_FUNCTION_MEMORY_SIZE=1024");
  std::vector<char*> env;
  for (auto& s : env_storage) env.push_back(s.data());
  env.push_back(nullptr);
  std::string arg0 = path;
  char* argv[] = {arg0.data(), nullptr};
  pid_t pid = -1;
  if (posix_spawn(&pid, path.c_str(), nullptr, nullptr, argv, env.data()) != 0) {
    std::perror("posix_spawn");
    std::exit(1);
  }
  return pid;
}

void stop(pid_t pid) {
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

struct measured {
  double p50_us, p99_us, invokes_per_s, cold_start_ms;
};

// One cold start: posix_spawn to the first GET /next, in milliseconds.
double cold_start_ms(const std::string& path, const std::string& payload) {
  bench_api api(payload, 0);
  const auto start = clock_type::now();
  pid_t pid = spawn(path, api.endpoint());
  auto first = api.wait_first_next(std::chrono::seconds(10));
  stop(pid);
  if (!first) {
    std::fprintf(stderr, "%s never called /next\n", path.c_str());
    std::exit(1);
  }
  return std::chrono::duration<double, std::milli>(*first - start).count();
}

// Per-invoke latency and rate of one long run; the cold start is measured apart (interleaved).
measured measure(const std::string& path, const std::string& payload, std::size_t invokes) {
  measured m{};
  const std::size_t warmup = std::min<std::size_t>(100, invokes / 10);
  bench_api api(payload, invokes + warmup);
  pid_t pid = spawn(path, api.endpoint());
  const auto start = clock_type::now();
  std::vector<double> all = api.wait_all(std::chrono::seconds(120));
  const double seconds = std::chrono::duration<double>(clock_type::now() - start).count();
  stop(pid);
  if (all.size() < invokes + warmup) {
    std::fprintf(stderr, "%s answered %zu of %zu invocations\n", path.c_str(), all.size(), invokes + warmup);
    std::exit(1);
  }
  std::vector<double> timed(all.begin() + static_cast<std::ptrdiff_t>(warmup), all.end());
  m.p50_us = percentile(timed, 0.5);
  m.p99_us = percentile(timed, 0.99);
  m.invokes_per_s = static_cast<double>(all.size()) / seconds;
  return m;
}

// Invokes/s of `path` run with N workers and a handler that sleeps `sleep_ms`: the bench API hands
// out invocations as fast as /next calls arrive, so up to N are in flight.
double concurrent_throughput(const std::string& path, int workers, int sleep_ms, std::size_t invokes) {
  bench_api api("{}", invokes);
  pid_t pid =
      spawn(path, api.endpoint(),
            {"AWS_LAMBDA_MAX_CONCURRENCY=" + std::to_string(workers), "BENCH_SLEEP_MS=" + std::to_string(sleep_ms)});
  const auto start = clock_type::now();
  const std::size_t answered = api.wait_all(std::chrono::seconds(60)).size();
  const double seconds = std::chrono::duration<double>(clock_type::now() - start).count();
  stop(pid);
  if (answered < invokes) {
    std::fprintf(stderr, "%s with %d workers answered %zu of %zu invocations\n", path.c_str(), workers, answered,
                 invokes);
    std::exit(1);
  }
  return static_cast<double>(invokes) / seconds;
}

std::string run_command(const std::string& command) {
  std::string out;
  if (FILE* p = ::popen(command.c_str(), "r")) {
    char line[512];
    while (std::fgets(line, sizeof line, p)) out += line;
    ::pclose(p);
  }
  return out;
}

void describe_binary(const char* label, const std::string& path) {
  const std::string stripped = "/tmp/runtime_bench_stripped";
  run_command("strip -o " + stripped + " '" + path + "' 2>/dev/null");
  struct stat st {};
  const bool ok = ::stat(stripped.c_str(), &st) == 0;
  std::string libs = run_command("ldd '" + path + "' 2>/dev/null");
  int count = 0;
  for (std::size_t pos = 0; (pos = libs.find("=>", pos)) != std::string::npos; pos += 2) ++count;
  std::printf("%-10s stripped %7.0f KiB, %2d shared libraries\n", label,
              ok ? static_cast<double>(st.st_size) / 1024 : 0.0, count);
  ::unlink(stripped.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: runtime_bench LAMBDAGEN_FUNCTION RAW_SOCKET_FUNCTION [--invokes N] [--payload BYTES] "
                 "[--cold-starts N]\n");
    return 2;
  }
  std::size_t invokes = 20000, payload_size = 1024;
  int cold_starts = 21;
  for (int i = 3; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--invokes")
      invokes = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--payload")
      payload_size = std::strtoul(argv[i + 1], nullptr, 10);
    else if (flag == "--cold-starts")
      cold_starts = std::atoi(argv[i + 1]);
  }
  ::signal(SIGPIPE, SIG_IGN);
  std::string payload = "{\"data\":\"" + std::string(payload_size > 12 ? payload_size - 12 : 0, 'x') + "\"}";

  describe_binary("lambdagen", argv[1]);
  describe_binary("raw", argv[2]);
  // Cold starts alternate between the two (A B A B ...), so that a noisy neighbour weighs on both.
  std::vector<double> ours_colds, floor_colds;
  for (int i = 0; i < cold_starts; ++i) {
    ours_colds.push_back(cold_start_ms(argv[1], payload));
    floor_colds.push_back(cold_start_ms(argv[2], payload));
  }
  measured ours = measure(argv[1], payload, invokes);
  measured floor = measure(argv[2], payload, invokes);
  ours.cold_start_ms = percentile(ours_colds, 0.5);
  floor.cold_start_ms = percentile(floor_colds, 0.5);
  std::printf("%zu invokes of a %zu-byte event, one at a time, over loopback\n", invokes, payload.size());
  std::printf("%-10s p50 %7.1f us  p99 %7.1f us  %8.0f invokes/s  cold start p50 %6.2f ms\n", "lambdagen", ours.p50_us,
              ours.p99_us, ours.invokes_per_s, ours.cold_start_ms);
  std::printf("%-10s p50 %7.1f us  p99 %7.1f us  %8.0f invokes/s  cold start p50 %6.2f ms\n", "raw", floor.p50_us,
              floor.p99_us, floor.invokes_per_s, floor.cold_start_ms);
  std::printf("lambdagen / raw: p50 %.2fx, p99 %.2fx, cold start %.2fx\n", ours.p50_us / floor.p50_us,
              ours.p99_us / floor.p99_us, ours.cold_start_ms / floor.cold_start_ms);

  std::printf("concurrent workers (AWS_LAMBDA_MAX_CONCURRENCY), handler sleeping 10 ms, 400 invokes each\n");
  double one = 0;
  for (int workers : {1, 2, 4, 8}) {
    const double rate = concurrent_throughput(argv[1], workers, 10, 400);
    if (workers == 1) one = rate;
    std::printf("N=%d  %7.1f invokes/s  %.2fx N=1\n", workers, rate, rate / one);
  }
  return 0;
}
