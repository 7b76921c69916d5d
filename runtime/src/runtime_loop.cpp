// The runtime loop: wait for an invocation, run the handler, post what it produced, repeat.
// With AWS_LAMBDA_MAX_CONCURRENCY=N, N workers run that loop side by side, each on its own
// Runtime API connection. HTTP lives in runtime_api_client, header parsing in invocation, error
// documents in error_report, SIGTERM and the internal extension in shutdown_signal, the buffering
// of a streamed response in streamed_response.

#include <lambda/runtime.h>
#include <lambda/protocol/runtime_api.h>
#include <lambda/runtime/log_control.h>

#include "error_report.h"
#include "invocation.h"
#include "runtime_api_client.h"
#include "shutdown_signal.h"
#include "streamed_response.h"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <system_error>
#include <strings.h>
#include <thread>
#include <vector>

namespace lambda::detail {
namespace {

// RAPID's buffered-response limit; larger bodies would only be rejected.
using protocol::max_payload_bytes;
// Failed /next calls in a row before giving up, and the first pause between them (doubling).
constexpr int max_next_attempts = 4;
constexpr std::chrono::milliseconds first_retry_pause{50};

enum class verdict { carry_on, stop };

// The workers of one process. When one finds the environment broken, all stop: the process then
// ends, as Lambda expects, instead of limping on with fewer workers.
struct worker_group {
  std::atomic<bool> stopping{false};
  std::vector<std::unique_ptr<runtime_api_client>> clients;  // one per worker, fixed once they start

  void stop() {
    if (!stopping.exchange(true))
      for (auto& c : clients) c->interrupt();
  }
};

// Waits for the next invocation, retrying a failing Runtime API a few times with growing pauses
// so that a broken environment ends the process instead of spinning.
std::optional<invocation> next_invocation(runtime_api_client& api, const worker_group& group) {
  auto pause = first_retry_pause;
  for (int attempt = 1;; ++attempt) {
    api_reply reply = api.next();
    if (group.stopping) return std::nullopt;  // interrupted on purpose: nothing to report
    std::string problem;
    if (reply.transport_failed()) {
      problem = reply.transport_error;
    } else if (reply.status == 200) {
      auto read = read_invocation(std::move(reply));
      if (auto* inv = std::get_if<invocation>(&read)) return std::move(*inv);
      problem = std::get<std::string>(read);
    } else {
      problem = fmt::format("GET /next answered HTTP {}: {}", reply.status, reply.body);
    }
    if (attempt == max_next_attempts) {
      log::fatal("{}; giving up after {} attempts", problem, attempt);
      return std::nullopt;
    }
    log::error("{}; retrying in {} ms", problem, pause.count());
    std::this_thread::sleep_for(pause);
    pause *= 2;
  }
}

// What to do after a POST: 4xx means this invocation is over (timed out, answered twice, too
// large, unknown id) but the environment is fine; 5xx or no answer means it is not.
verdict after_post(const api_reply& reply, std::string_view what) {
  if (reply.transport_failed()) {
    log::error("{} failed: {}", what, reply.transport_error);
    return verdict::carry_on;  // /next will find out whether the API is really gone
  }
  if (reply.status >= 200 && reply.status < 300) return verdict::carry_on;
  if (reply.status >= 500) {
    log::fatal("{} answered HTTP {}: {}", what, reply.status, reply.body);
    return verdict::stop;
  }
  log::warn("{} answered HTTP {}: {}", what, reply.status, reply.body);
  return verdict::carry_on;
}

// Makes the invocation visible to logging and, with one invocation at a time, to X-Ray SDKs
// (setenv would race with the other workers' getenv, and one variable cannot name N traces).
class invocation_scope {
 public:
  explicit invocation_scope(const Context& ctx) {
    if (ctx.config->max_concurrency == 1) {
      if (ctx.trace_id)
        ::setenv("_X_AMZN_TRACE_ID", ctx.trace_id->c_str(), 1);
      else
        ::unsetenv("_X_AMZN_TRACE_ID");
    }
    log::detail::set_invocation(ctx.request_id, ctx.tenant_id);
  }
  ~invocation_scope() { log::detail::set_invocation({}, std::nullopt); }
  invocation_scope(const invocation_scope&) = delete;
  invocation_scope& operator=(const invocation_scope&) = delete;
};

// The handler's result; a failure always carries an errorType, as Lambda requires.
handler_result call_handler_safely(const erased_handler& handler, const invocation& inv, response_stream* stream) {
  if (inv.header_error) return {false, {}, *inv.header_error};
  handler_result result;
  try {
    result = handler(inv.payload, inv.context, stream);
  } catch (...) {
    result = {false, {}, current_exception_error()};
  }
  if (!result.ok && result.error.type.empty()) result.error.type = protocol::unknown_error_type;
  return result;
}

verdict report_error(const function_error& error, const invocation& inv, runtime_api_client& api) {
  log::error("invocation failed: {}: {}", error.type, error.message);
  return after_post(api.post_error(inv.context.request_id, inv.context.invocation_id, error), "POST /error");
}

verdict serve_buffered(const erased_handler& handler, const invocation& inv, runtime_api_client& api) {
  handler_result result = call_handler_safely(handler, inv, nullptr);
  if (result.ok && result.body.size() > max_payload_bytes) {
    result = {false,
              {},
              {std::string(protocol::response_too_large_error_type),
               fmt::format("Response payload size ({} bytes) exceeded maximum allowed payload size ({} bytes).",
                           result.body.size(), max_payload_bytes)}};
  }
  if (!result.ok) return report_error(result.error, inv, api);
  return after_post(
      api.post_response(inv.context.request_id, inv.context.invocation_id, result.body, "application/json"),
      "POST /response");
}

// An error before the first byte is an ordinary function error; after it, the bytes sent stand
// and the error goes into the stream's trailers.
verdict serve_streamed(const erased_handler& handler, const invocation& inv, runtime_api_client& api) {
  streamed_response stream(api, inv.context, response_stream::buffer_limit);
  response_stream handle(stream);
  handler_result result = call_handler_safely(handler, inv, &handle);
  if (!result.ok && !stream.started()) return report_error(result.error, inv, api);
  if (!result.ok) {
    log::error("invocation failed after {} bytes were streamed: {}: {}", stream.bytes_written(), result.error.type,
               result.error.message);
  }
  return after_post(stream.finish(result.ok ? nullptr : &result.error), "POST /response (streamed)");
}

verdict serve(const erased_handler& handler, const invocation& inv, runtime_api_client& api, bool streaming) {
  invocation_scope scope(inv.context);
  return streaming ? serve_streamed(handler, inv, api) : serve_buffered(handler, inv, api);
}

// Loads the configuration and runs the user's initializer; the error to report when either fails.
std::optional<function_error> initialize(const runtime_settings& settings, FunctionConfig& config) {
  try {
    log::detail::set_concurrent(false);
    log::detail::configure_from_environment(settings.log_level, settings.log_format);
    config = FunctionConfig::from_environment();
  } catch (const std::exception& e) {
    return function_error{std::string(protocol::config_invalid_error_type), e.what()};
  }
  if (config.max_concurrency > 1) {
    log::detail::set_concurrent(true);
    // Lambda Managed Instances accept only JSON logs, so an explicit Text cannot be honoured.
    if (const char* format = std::getenv("AWS_LAMBDA_LOG_FORMAT"); format && ::strcasecmp(format, "text") == 0)
      log::warn("AWS_LAMBDA_LOG_FORMAT={} is ignored: with AWS_LAMBDA_MAX_CONCURRENCY > 1 logs are JSON lines", format);
  }
  if (settings.init) {
    try {
      settings.init(config);
    } catch (...) {
      return current_exception_error();
    }
  }
  return std::nullopt;
}

// One worker: /next, handler, /response, until the Runtime API fails or another worker gave up.
void work(const erased_handler& handler, const runtime_settings& settings, const FunctionConfig& config,
          runtime_api_client& api, worker_group& group) {
  try {
    while (auto inv = next_invocation(api, group)) {
      inv->context.config = &config;
      if (serve(handler, *inv, api, settings.streaming) == verdict::stop) break;
    }
  } catch (const std::exception& e) {
    log::fatal("a runtime worker failed: {}", e.what());
  }
  group.stop();
}

int loop(const erased_handler& handler, const runtime_settings& settings) {
  const char* endpoint = std::getenv("AWS_LAMBDA_RUNTIME_API");
  if (!endpoint || !*endpoint) {
    log::fatal(
        "AWS_LAMBDA_RUNTIME_API is not set: this program is a Lambda function and must be started by "
        "Lambda or by lambda-emulator");
    return 1;
  }
  worker_group group;
  group.clients.push_back(std::make_unique<runtime_api_client>(endpoint));
  FunctionConfig config;
  if (auto failure = initialize(settings, config)) {
    log::fatal("init failed: {}: {}", failure->type, failure->message);
    after_post(group.clients[0]->post_init_error(*failure), "POST /init/error");
    return 1;
  }
  // Registered during init, before the first /next, as Lambda requires of extensions.
  std::optional<sigterm_extension> extension;
  if (settings.shutdown) extension.emplace(endpoint);

  while (group.clients.size() < config.max_concurrency)
    group.clients.push_back(std::make_unique<runtime_api_client>(endpoint));
  std::vector<std::thread> workers;
  try {
    for (std::size_t i = 1; i < group.clients.size(); ++i)
      workers.emplace_back(work, std::cref(handler), std::cref(settings), std::cref(config),
                           std::ref(*group.clients[i]), std::ref(group));
  } catch (const std::system_error& e) {
    log::fatal("cannot start {} runtime workers: {}", config.max_concurrency, e.what());
    group.stop();
  }
  if (!group.stopping) work(handler, settings, config, *group.clients[0], group);
  for (auto& w : workers) w.join();
  return 1;  // the workers only end when the Runtime API failed
}

}  // namespace

int run_loop(const erased_handler& handler, const runtime_settings& settings) {
  if (settings.shutdown) watch_for_sigterm(settings.shutdown);
  int code = 1;
  try {
    code = loop(handler, settings);
  } catch (const std::exception& e) {
    log::fatal("the runtime failed: {}", e.what());
  }
  run_shutdown_hook_once();
  log::detail::set_concurrent(false);
  return code;
}

}  // namespace lambda::detail
