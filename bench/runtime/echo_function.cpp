// The function the runtime benchmark drives through Lambdagen: echoes the event, no logging, so
// what is measured is the loop (HTTP, headers into Context, response) and not the handler.
// BENCH_SLEEP_MS makes the handler wait that long first, standing in for I/O-bound work when the
// benchmark measures concurrent workers (AWS_LAMBDA_MAX_CONCURRENCY).
#include <lambda/runtime.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>

int main() {
  const char* sleep_env = std::getenv("BENCH_SLEEP_MS");
  const std::chrono::milliseconds pause(sleep_env ? std::atoi(sleep_env) : 0);
  return lambda::run([pause](std::string_view event) {
    if (pause.count() > 0) std::this_thread::sleep_for(pause);
    return std::string(event);
  });
}
