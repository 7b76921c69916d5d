// A Lambda function for the emulator tests; the event says what to do:
//   "throw" | "sleep:<ms>" | "meet:<n>" | "exit" | "context" | anything else (echoed back)
// "meet:<n>" waits until n invocations are inside the handler at once and answers "met"; after 20 s
// without company it answers how many it saw, so concurrency is shown without timing anything.
// With LAMBDA_TEST_FAIL_INIT set, initialisation throws. With LAMBDA_TEST_SHUTDOWN_HOOK set, a
// shutdown hook prints "shutdown hook ran" to stdout ("slow": after sleeping 3 s).

#include <lambda/runtime.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

namespace {

std::string meet(int company) {
  static std::mutex mutex;
  static std::condition_variable arrived;
  static int inside = 0;
  static int most = 0;
  std::unique_lock lock(mutex);
  most = std::max(most, ++inside);
  arrived.notify_all();
  bool met = arrived.wait_for(lock, std::chrono::seconds(20), [&] { return most >= company; });
  --inside;
  return met ? "met" : fmt::format("alone: at most {} of {} at once", most, company);
}

std::string handle(std::string_view event, const lambda::Context& ctx) {
  if (event == "throw") throw std::domain_error("thrown on purpose");
  if (event == "exit") std::exit(3);
  if (event.starts_with("sleep:")) {
    std::this_thread::sleep_for(std::chrono::milliseconds(std::stoi(std::string(event.substr(6)))));
    return "slept";
  }
  if (event.starts_with("meet:")) return meet(std::stoi(std::string(event.substr(5))));
  if (event == "context") {
    const char* trace = std::getenv("_X_AMZN_TRACE_ID");
    return fmt::format(
        "request_id={}\ntenant_id={}\ninvocation_id={}\ntrace_env={}\ntrace_ctx={}\nfunction={}\n"
        "memory={}\nmax_concurrency={}\narn={}\nremaining_ok={}\nclient_app={}\n",
        ctx.request_id, ctx.tenant_id.value_or("-"), ctx.invocation_id.value_or("-"), trace ? trace : "-",
        ctx.trace_id.value_or("-"), ctx.config->function_name, ctx.config->memory_size_mb, ctx.config->max_concurrency,
        ctx.invoked_function_arn, ctx.remaining_time().count() > 0,
        ctx.client_context ? ctx.client_context->client.app_title : "-");
  }
  lambda::log::info("echo {}", event);
  return std::string(event);
}

}  // namespace

int main() {
  lambda::runtime runtime;
  runtime.on_init([](const lambda::FunctionConfig&) {
    if (std::getenv("LAMBDA_TEST_FAIL_INIT")) throw std::runtime_error("init failed on purpose");
  });
  if (const char* hook = std::getenv("LAMBDA_TEST_SHUTDOWN_HOOK")) {
    bool slow = std::string_view(hook) == "slow";
    runtime.on_shutdown([slow] {
      if (slow) std::this_thread::sleep_for(std::chrono::seconds(3));
      std::fputs("shutdown hook ran\n", stdout);  // not flushed: the runtime must flush on exit
    });
  }
  return runtime.run(handle);
}
