#include "emulator.h"

#include "identifiers.h"
#include "replies.h"

#include <lambda/protocol/runtime_api.h>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <cstdlib>
#include <ctime>
#include <utility>
#include <unistd.h>

extern char** environ;

namespace lambda::emulator {
namespace {

// RAPID's payload limit for events, and what Lambda allows between SIGTERM and SIGKILL when the
// only extension is internal.
using lambda::protocol::max_payload_bytes;
using lambda::protocol::shutdown_budget;

std::string env_or(const char* name, std::string fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

std::string function_name_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  return env_or("AWS_LAMBDA_FUNCTION_NAME", slash == std::string::npos ? path : path.substr(slash + 1));
}

std::string region() { return env_or("AWS_REGION", env_or("AWS_DEFAULT_REGION", "us-east-1")); }

// What invoke() hands a stream to when its caller gave no sink: the body of the result, as RIE
// buffers streamed responses.
class collecting_sink final : public stream_sink {
 public:
  bool begin(std::string_view) override { return true; }
  bool write(std::string_view data) override {
    text.append(data);
    return true;
  }
  std::string text;
};

invoke_result error_result(std::string_view type, std::string_view message) {
  return {true, error_json(type, message), "application/json"};
}

}  // namespace

emulator::emulator(emulator_options options)
    : options_(std::move(options)),
      queue_(options_.concurrency.value_or(1), options_.timeout),
      api_(queue_, function_name_of(options_.function), region()) {
  process_ = std::make_unique<function_process>(
      options_.function, [this](unsigned generation) { return prepare_generation(generation); },
      [this](std::string how, unsigned generation) { queue_.process_exited(how, generation); });
}

emulator::~emulator() {
  shut_down();
  process_.reset();  // kills the function and joins the supervisor before our state goes away
  api_.close();      // its handlers were released by shut_down()
}

// On the supervisor thread, before generation `generation` starts (and after the previous one's
// end was handled): its own listener, and the environment that names it.
std::vector<std::string> emulator::prepare_generation(unsigned generation) {
  queue_.process_starting(generation);
  return function_environment(api_.listen_for(generation));
}

std::optional<std::string> emulator::stop_function() {
  // Without an extension Lambda does not signal the runtime before killing it.
  if (!queue_.has_extensions()) {
    process_->kill_and_wait();
    return std::nullopt;
  }
  return process_->terminate(shutdown_budget);
}

void emulator::shut_down() { queue_.shut_down(); }

std::vector<std::string> emulator::function_environment(std::uint16_t port) const {
  std::string name = function_name_of(options_.function);
  std::string region_name = region();
  std::string dir = options_.function.substr(0, options_.function.find_last_of('/') + 1);
  std::string stream = fmt::format("{:%Y/%m/%d}/[$LATEST]{}", fmt::gmtime(std::time(nullptr)), random_hex(32));
  // The platform's variables, unless the caller set them (AWS_LAMBDA_RUNTIME_API is always ours).
  std::vector<std::pair<std::string, std::string>> defaults{
      {"AWS_LAMBDA_FUNCTION_NAME", name},
      {"AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"},
      {"AWS_LAMBDA_FUNCTION_MEMORY_SIZE", std::to_string(options_.memory_mb)},
      {"AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + name},
      {"AWS_LAMBDA_LOG_STREAM_NAME", stream},
      {"AWS_LAMBDA_INITIALIZATION_TYPE", options_.concurrency ? "lambda-managed-instances" : "on-demand"},
      {"AWS_REGION", region_name},
      {"AWS_DEFAULT_REGION", region_name},
      {"LAMBDA_TASK_ROOT", dir.empty() ? std::string(".") : dir},
      {"_HANDLER", name},
      {"TZ", ":UTC"},
  };
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) {
    std::string_view entry(*e);
    if (entry.starts_with("AWS_LAMBDA_RUNTIME_API=") || entry.starts_with("_X_AMZN_TRACE_ID=")) continue;
    env.emplace_back(entry);
    auto key = entry.substr(0, entry.find('='));
    std::erase_if(defaults, [&](const auto& d) { return d.first == key; });
  }
  for (auto& [k, v] : defaults) env.push_back(k + "=" + v);
  // The emulator's own setting, not a default: it decides how many /next requests are parked.
  std::erase_if(env, [](const std::string& e) { return e.starts_with("AWS_LAMBDA_MAX_CONCURRENCY="); });
  if (options_.concurrency) env.push_back(fmt::format("AWS_LAMBDA_MAX_CONCURRENCY={}", *options_.concurrency));
  env.push_back(fmt::format("AWS_LAMBDA_RUNTIME_API=127.0.0.1:{}", port));
  return env;
}

invoke_result emulator::invoke(const invoke_request& request, stream_sink* sink) {
  if (!queue_.admit()) return error_result("Runtime.Shutdown", "the emulator is shutting down");
  // Released only after a timed-out environment has been reset, so no invoke reaches the old process.
  struct slot {
    invocation_queue& queue;
    ~slot() { queue.release(); }
  } held{queue_};
  if (request.payload.size() > max_payload_bytes) {
    return error_result(
        "RequestEntityTooLargeException",
        fmt::format("Request must be smaller than {} bytes for the InvokeFunction operation", max_payload_bytes));
  }
  std::string start_error;
  if (!process_->ensure_running(start_error)) return error_result("Runtime.InvalidEntrypoint", start_error);
  collecting_sink collected;
  auto inv = std::make_shared<invocation>(request);
  auto [result, abandoned] = queue_.run(
      inv, options_.init_timeout, [&] { return process_->running(); }, sink ? *sink : collected);
  // The environment is reset, as Lambda does after a timeout: the next invoke starts a fresh
  // process. Not when the invoker merely left mid-stream: the function is told with a 410 and
  // goes on to its next invocation. Managed instances are never reset: their other invocations
  // are not at fault.
  if (abandoned && *abandoned != abandon_reason::invoker_gone && !options_.concurrency) process_->kill_and_wait();
  if (result.streamed && !sink) result.body = std::move(collected.text);
  return result;
}

}  // namespace lambda::emulator
