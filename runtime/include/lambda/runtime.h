#pragma once
// The entry point of a Lambda function:
//
//     int main() { return lambda::run(handler); }
//     int main() { return lambda::runtime().on_init(open_pool).on_shutdown(flush).run(handler); }
//
// A handler is `Response handler(const Request&, const lambda::Context&)` (the context may be left
// out). Request is std::string or std::string_view for the raw event, or any type with a generated
// codec. Response is std::string (the raw body), void (the body is `null`), a generated type, or
// lambda::outcome<one of those> to report a typed error without throwing. An exception escaping
// the handler becomes a function error whose errorType is the exception's type.
//
// A streaming handler takes a lambda::response_stream& after the request and writes its response
// in pieces (see <lambda/response_stream.h>): `void handler(const Request&, lambda::response_stream&,
// const lambda::Context&)`, returning void or lambda::outcome<void>.
//
// Concurrency. Normally one invocation runs at a time. On Lambda Managed Instances Lambda sets
// AWS_LAMBDA_MAX_CONCURRENCY=N and the runtime then runs N worker threads, each with its own
// Runtime API connection, so the handler is called from up to N threads at once:
//   - shared by all workers: the handler object itself (it is not copied per worker; a functor
//     with mutable state must guard it), whatever on_init set up, FunctionConfig, the process
//     environment, and anything global or static the handler touches;
//   - per invocation: the request, the Context (valid only during the call) and the response;
//   - _X_AMZN_TRACE_ID is not set (it would be wrong for all but one invocation): read the trace
//     header from Context::trace_id;
//   - logs are JSON lines; lambda::log records carry the requestId of the invocation the calling
//     worker thread is serving. Threads the handler starts itself log without a requestId;
//   - an invocation past its deadline is not stopped by Lambda: check Context::remaining_time().
// AWS_LAMBDA_MAX_CONCURRENCY outside 1..1600 is reported to Lambda as an init error
// (Runtime.ConfigInvalid) and the process exits.

#include <lambda/context.h>
#include <lambda/log.h>
#include <lambda/outcome.h>
#include <lambda/response_stream.h>
#include <lambda/runtime/handler_traits.h>

#if __has_include(<lambda/json.h>)
#include <lambda/runtime/typed_handler.h>
#endif

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace lambda {

namespace detail {

/// What one handler call produced, before it is posted to the Runtime API.
struct handler_result {
  bool ok = true;
  std::string body;
  function_error error;
};

/// A handler behind one signature. `stream` is null unless the handler streams. `payload` is the
/// event as the client read it, its capacity leaving simdjson's padding past the end, so that a
/// typed handler's event is parsed where it lies.
using erased_handler =
    std::function<handler_result(const std::string& payload, const Context&, response_stream* stream)>;

struct runtime_settings {
  std::function<void(const FunctionConfig&)> init;
  std::function<void()> shutdown;
  log::level log_level = log::level::info;
  log::format log_format = log::format::text;
  bool streaming = false;  ///< the handler takes a response_stream
};

/// The loop itself (runtime/src/runtime_loop.cpp); returns the process exit code.
int run_loop(const erased_handler& handler, const runtime_settings& settings);

template <class>
inline constexpr bool dependent_false = false;

template <class T>
inline constexpr bool is_raw_payload_v = std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>;

template <class Response>
handler_result to_handler_result(Response&& response) {
  using R = std::remove_cvref_t<Response>;
  if constexpr (is_outcome_v<R>) {
    if (!response) return {false, {}, std::forward<Response>(response).error()};
    if constexpr (std::is_same_v<R, outcome<void>>) {
      return {true, "null", {}};
    } else {
      return to_handler_result(std::forward<Response>(response).value());
    }
  } else if constexpr (std::is_same_v<R, std::string>) {
    return {true, std::forward<Response>(response), {}};
  } else if constexpr (std::is_same_v<R, std::string_view>) {
    return {true, std::string(response), {}};
  } else {
#ifdef LAMBDA_RUNTIME_TYPED_HANDLERS
    return {true, write_json_response(response), {}};
#else
    static_assert(dependent_false<R>,
                  "this Response type needs a generated JSON codec: include its "
                  "generated .json.h header and link lambdagen::json");
    return {};
#endif
  }
}

template <class Handler, class Request>
handler_result call_handler(Handler& handler, Request&& request, const Context& context, response_stream* stream) {
  using traits = handler_traits<Handler>;
  auto invoke = [&]() -> decltype(auto) {
    if constexpr (traits::streams && traits::takes_context) {
      return handler(std::forward<Request>(request), *stream, context);
    } else if constexpr (traits::streams) {
      return handler(std::forward<Request>(request), *stream);
    } else if constexpr (traits::takes_context) {
      return handler(std::forward<Request>(request), context);
    } else {
      return handler(std::forward<Request>(request));
    }
  };
  if constexpr (traits::streams) {
    using R = typename traits::response;
    static_assert(std::is_void_v<R> || std::is_same_v<R, outcome<void>>,
                  "a streaming handler returns void or lambda::outcome<void>: its response is what it wrote");
    if constexpr (std::is_void_v<R>) {
      invoke();
      return {};
    } else {
      auto result = invoke();
      if (!result) return {false, {}, std::move(result).error()};
      return {};
    }
  } else if constexpr (std::is_void_v<typename traits::response>) {
    invoke();
    return {true, "null", {}};
  } else {
    return to_handler_result(invoke());
  }
}

/// Wraps a typed handler into the loop's raw-bytes interface.
template <class Handler>
erased_handler erase_handler(Handler handler) {
  using request = typename handler_traits<Handler>::request;
  return [handler = std::move(handler)](const std::string& payload, const Context& context,
                                        response_stream* stream) mutable -> handler_result {
    if constexpr (std::is_same_v<request, std::string_view>) {
      return call_handler(handler, std::string_view(payload), context, stream);
    } else if constexpr (std::is_same_v<request, std::string>) {
      return call_handler(handler, std::string(payload), context, stream);
    } else {
#ifdef LAMBDA_RUNTIME_TYPED_HANDLERS
      auto event = read_json_event<request>(payload);
      if (!event) return {false, {}, std::move(event).error()};
      return call_handler(handler, std::move(event).value(), context, stream);
#else
      static_assert(dependent_false<request>,
                    "this Request type needs a generated JSON codec: include its "
                    "generated .json.h header and link lambdagen::json");
      return {};
#endif
    }
  };
}

}  // namespace detail

/// Builder for a runtime with options; `run` starts the loop.
class runtime {
 public:
  /// Runs `init` once before the first invocation; if it throws, the error is reported to Lambda
  /// as an init error and the process exits.
  runtime& on_init(std::function<void(const FunctionConfig&)> init) {
    settings_.init = std::move(init);
    return *this;
  }
  /// Runs `hook` once when Lambda shuts the environment down, or when the loop ends.
  ///
  /// Lambda sends SIGTERM only to environments with an extension, so setting a hook makes the
  /// runtime register an internal extension (no events, one thread parked on event/next). On
  /// SIGTERM the hook runs on a thread of its own (handlers still running are not waited for and
  /// end with the process); Lambda allows 500 ms, less with external extensions, before SIGKILL.
  /// The process exits 0 once the hook returns, or 1 if it is still running after 450 ms.
  /// Without a hook nothing is registered and Lambda ends the environment with SIGKILL.
  runtime& on_shutdown(std::function<void()> hook) {
    settings_.shutdown = std::move(hook);
    return *this;
  }
  /// The lowest log level when AWS_LAMBDA_LOG_LEVEL is not set (default INFO).
  runtime& log_level(log::level lvl) {
    settings_.log_level = lvl;
    return *this;
  }
  /// The log line format when AWS_LAMBDA_LOG_FORMAT is not set (default text; always JSON when
  /// AWS_LAMBDA_MAX_CONCURRENCY > 1).
  runtime& log_format(log::format fmt) {
    settings_.log_format = fmt;
    return *this;
  }
  /// Serves invocations with `handler` until the Runtime API fails; returns the exit code.
  template <class Handler>
  int run(Handler handler) {
    settings_.streaming = detail::handler_traits<Handler>::streams;
    return detail::run_loop(detail::erase_handler(std::move(handler)), settings_);
  }

 private:
  detail::runtime_settings settings_;
};

/// Serves invocations with `handler` using default options; returns the process exit code.
template <class Handler>
int run(Handler handler) {
  return runtime().run(std::move(handler));
}

}  // namespace lambda
