// lambda::run against a scripted Runtime API over loopback HTTP.

#include "fake_runtime_api.h"

#include <lambda/runtime.h>
#include <lambda/runtime/log_control.h>

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <map>
#include <regex>
#include <stdexcept>
#include <thread>

using namespace lambda::testing;
using namespace std::chrono_literals;

namespace {

std::string header(const http_request& r, std::string_view name) {
  return std::string(r.headers.find(name).value_or("<absent>"));
}

class RuntimeLoop : public ::testing::Test {
 protected:
  void SetUp() override {
    // Keep the test output quiet and independent of the caller's environment.
    lambda::log::detail::set_sink([this](std::string_view line) {
      std::lock_guard lock(log_mutex);
      log_lines.emplace_back(line);
    });
  }
  void TearDown() override { lambda::log::detail::set_sink({}); }

  std::string logs() {
    std::lock_guard lock(log_mutex);
    std::string all;
    for (auto& l : log_lines) all += l;
    return all;
  }

  fake_runtime_api api;
  scoped_env no_format{"AWS_LAMBDA_LOG_FORMAT", nullptr};
  scoped_env no_level{"AWS_LAMBDA_LOG_LEVEL", nullptr};
  scoped_env memory{"AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256"};
  scoped_env name{"AWS_LAMBDA_FUNCTION_NAME", "loop-test"};
  std::mutex log_mutex;
  std::vector<std::string> log_lines;
};

std::string echo(const std::string& event, const lambda::Context&) { return event; }

TEST_F(RuntimeLoop, PostsTheHandlersResponseAndEchoesTheInvocationId) {
  api.script_next(invocation("req-1", R"({"a":1})", {{"Lambda-Runtime-Invocation-Id", "inv-1"}}));
  api.script_next(invocation("req-2", "second"));
  EXPECT_EQ(lambda::run(echo), 1);  // the script ends with 500s
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0].path(), "/2018-06-01/runtime/invocation/req-1/response");
  EXPECT_EQ(posts[0].body, R"({"a":1})");
  EXPECT_EQ(header(posts[0], runtime_api::invocation_id_header), "inv-1");
  EXPECT_EQ(posts[1].body, "second");
  EXPECT_EQ(header(posts[1], runtime_api::invocation_id_header), "<absent>");
  EXPECT_EQ(api.next_calls(), 2 + 4);  // two invocations, then four failed attempts
}

TEST_F(RuntimeLoop, StringViewAndVoidHandlers) {
  api.script_next(invocation("r1", "abc"));
  int calls = 0;
  lambda::run([&](std::string_view event) {
    EXPECT_EQ(event, "abc");
    ++calls;
  });
  EXPECT_EQ(calls, 1);
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].body, "null");
}

TEST_F(RuntimeLoop, ThrowingHandlerPostsAnErrorDocument) {
  api.script_next(invocation("boom", "{}", {{runtime_api::invocation_id_header, "inv-9"}}));
  lambda::run([](std::string_view, const lambda::Context&) -> std::string {
    throw std::invalid_argument("bad \"input\"\nsecond line");
  });
  auto errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 1u);
  const auto& e = errors[0];
  EXPECT_EQ(e.path(), "/2018-06-01/runtime/invocation/boom/error");
  EXPECT_EQ(e.body,
            R"({"errorMessage":"bad \"input\"\nsecond line","errorType":"std::invalid_argument","stackTrace":[]})");
  EXPECT_EQ(header(e, "content-type"), runtime_api::error_content_type);
  EXPECT_EQ(header(e, runtime_api::error_type_header), "std::invalid_argument");
  EXPECT_EQ(header(e, runtime_api::invocation_id_header), "inv-9");
  std::string cause = header(e, runtime_api::xray_error_cause_header);
  EXPECT_NE(cause.find(R"("exceptions":[{"message":"bad \"input\"\nsecond line","type":"std::invalid_argument")"),
            std::string::npos)
      << cause;
  EXPECT_TRUE(api.requests_ending("/response").empty());
}

TEST_F(RuntimeLoop, ErrorDocumentsAreCappedAtLambdasLimits) {
  api.script_next(invocation("huge-error", "{}"));
  const std::string message(4u << 20, 'm');
  lambda::run([&](std::string_view) -> std::string { throw std::runtime_error(message); });
  auto errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_LE(errors[0].body.size(), 1024u * 1024) << "LMI's RAPID takes at most 1 MiB on /error";
  EXPECT_TRUE(errors[0].body.ends_with(R"( [truncated]","errorType":"std::runtime_error","stackTrace":[]})"))
      << errors[0].body.substr(errors[0].body.size() - 100);
  EXPECT_LE(header(errors[0], runtime_api::xray_error_cause_header).size(), 64u * 1024);

  api.script_next(invocation("huge-type", "{}"));
  lambda::run([&](std::string_view) -> lambda::outcome<std::string> {
    return lambda::failure(std::string(2u << 20, 'T'), "m");
  });
  errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 2u) << "a 2 MB header would have been refused";
  EXPECT_EQ(header(errors[1], runtime_api::error_type_header), std::string(1024, 'T'));

  lambda::runtime().on_init([&](const lambda::FunctionConfig&) { throw std::runtime_error(message); }).run(echo);
  auto init = api.requests_ending("/runtime/init/error");
  ASSERT_EQ(init.size(), 1u);
  EXPECT_LE(init[0].body.size(), 1024u * 1024);
  EXPECT_TRUE(init[0].body.ends_with(R"( [truncated]","errorType":"std::runtime_error","stackTrace":[]})"));
}

TEST_F(RuntimeLoop, OutcomeErrorIsReportedWithItsType) {
  api.script_next(invocation("r", "x"));
  api.script_next(invocation("s", "y"));
  lambda::run([](const std::string& e, const lambda::Context&) -> lambda::outcome<std::string> {
    if (e == "x") return lambda::failure("Order.NotFound", "no order x");
    return std::string("fine");
  });
  auto errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].body, R"({"errorMessage":"no order x","errorType":"Order.NotFound","stackTrace":[]})");
  EXPECT_EQ(header(errors[0], runtime_api::error_type_header), "Order.NotFound");
  auto responses = api.requests_ending("/response");
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].body, "fine");
}

TEST_F(RuntimeLoop, OversizedResponseBecomesAFunctionError) {
  api.script_next(invocation("big", "{}"));
  lambda::run([](std::string_view) { return std::string(runtime_api::max_payload_bytes + 1, 'x'); });
  EXPECT_TRUE(api.requests_ending("/response").empty());
  auto errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(header(errors[0], runtime_api::error_type_header), "Function.ResponseSizeTooLarge");
  EXPECT_NE(errors[0].body.find("Response payload size (6291557 bytes) exceeded maximum allowed payload size "
                                "(6291556 bytes)."),
            std::string::npos);
}

TEST_F(RuntimeLoop, ResponseAtTheLimitIsSent) {
  api.script_next(invocation("edge", "{}"));
  lambda::run([](std::string_view) { return std::string(runtime_api::max_payload_bytes, 'x'); });
  auto responses = api.requests_ending("/response");
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].body.size(), runtime_api::max_payload_bytes);
}

TEST_F(RuntimeLoop, ThrowingInitializerPostsInitErrorAndExits) {
  api.script_next(invocation("never", "{}"));
  bool handler_called = false;
  int code = lambda::runtime()
                 .on_init([](const lambda::FunctionConfig&) { throw std::runtime_error("database unreachable"); })
                 .run([&](std::string_view) { handler_called = true; });
  EXPECT_NE(code, 0);
  EXPECT_FALSE(handler_called);
  EXPECT_EQ(api.next_calls(), 0);
  auto init = api.requests_ending("/runtime/init/error");
  ASSERT_EQ(init.size(), 1u);
  EXPECT_EQ(init[0].body,
            R"({"errorMessage":"database unreachable","errorType":"std::runtime_error","stackTrace":[]})");
  EXPECT_EQ(header(init[0], runtime_api::error_type_header), "std::runtime_error");
}

TEST_F(RuntimeLoop, BadEnvironmentIsAnInitErrorNamingTheVariable) {
  scoped_env bad{"AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "lots"};
  EXPECT_NE(lambda::run(echo), 0);
  auto init = api.requests_ending("/runtime/init/error");
  ASSERT_EQ(init.size(), 1u);
  EXPECT_EQ(header(init[0], runtime_api::error_type_header), "Runtime.ConfigInvalid");
  EXPECT_NE(init[0].body.find("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), std::string::npos) << init[0].body;
}

TEST_F(RuntimeLoop, InitializerSeesTheFunctionConfig) {
  scoped_env region{"AWS_REGION", "eu-west-1"};
  scoped_env init_type{"AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency"};
  api.script_next(invocation("r", "{}"));
  lambda::FunctionConfig seen;
  std::uint32_t memory_in_handler = 0;
  lambda::runtime()
      .on_init([&](const lambda::FunctionConfig& c) { seen = c; })
      .run([&](std::string_view, const lambda::Context& ctx) { memory_in_handler = ctx.config->memory_size_mb; });
  EXPECT_EQ(seen.function_name, "loop-test");
  EXPECT_EQ(seen.memory_size_mb, 256u);
  EXPECT_EQ(seen.region, "eu-west-1");
  EXPECT_EQ(seen.initialization_type, "provisioned-concurrency");
  EXPECT_EQ(memory_in_handler, 256u);
}

TEST_F(RuntimeLoop, ReadsEveryInvocationHeaderCaseInsensitively) {
  auto reply = invocation(
      "ctx-1", "{}",
      {{"LAMBDA-RUNTIME-TRACE-ID", "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1"},
       {runtime_api::tenant_id_header, "tenant-7"},
       {runtime_api::invocation_id_header, "inv-ctx"},
       {runtime_api::client_context_header,
        R"({"client":{"installation_id":"inst","app_title":"Shop","app_version_name":"1.2","app_version_code":"12","app_package_name":"com.shop"},"custom":{"k":"v","n":3},"env":{"platform":"Android"}})"},
       {runtime_api::cognito_identity_header, R"({"cognitoIdentityId":"id-1","cognitoIdentityPoolId":"pool-1"})"}});
  reply.chunked = true;  // real Lambda may send /next chunked
  api.script_next(reply);
  lambda::Context seen;
  std::string trace_env;
  lambda::run([&](std::string_view, const lambda::Context& ctx) {
    seen = ctx;
    if (const char* t = std::getenv("_X_AMZN_TRACE_ID")) trace_env = t;
  });
  EXPECT_EQ(seen.request_id, "ctx-1");
  EXPECT_EQ(seen.invoked_function_arn, "arn:aws:lambda:us-east-1:123456789012:function:test");
  EXPECT_EQ(seen.trace_id.value_or(""), "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
  EXPECT_EQ(trace_env, *seen.trace_id);
  EXPECT_EQ(seen.tenant_id.value_or(""), "tenant-7");
  EXPECT_EQ(seen.invocation_id.value_or(""), "inv-ctx");
  ASSERT_TRUE(seen.client_context);
  EXPECT_EQ(seen.client_context->client.installation_id, "inst");
  EXPECT_EQ(seen.client_context->client.app_package_name, "com.shop");
  EXPECT_EQ(seen.client_context->custom.at("k"), "v");
  EXPECT_EQ(seen.client_context->custom.at("n"), "3");
  EXPECT_EQ(seen.client_context->environment.at("platform"), "Android");
  ASSERT_TRUE(seen.identity);
  EXPECT_EQ(seen.identity->identity_id, "id-1");
  EXPECT_EQ(seen.identity->identity_pool_id, "pool-1");
  EXPECT_GT(seen.remaining_time(), 20s);
  EXPECT_LE(seen.remaining_time(), 30s);
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(header(posts[0], runtime_api::invocation_id_header), "inv-ctx");
}

TEST_F(RuntimeLoop, PresentButEmptyHeadersCountAsAbsent) {
  scoped_env stale{"_X_AMZN_TRACE_ID", "left-over"};
  api.script_next(invocation("empty-1", "{}",
                             {{runtime_api::trace_id_header, ""},
                              {runtime_api::client_context_header, ""},
                              {runtime_api::cognito_identity_header, ""},
                              {runtime_api::tenant_id_header, ""},
                              {runtime_api::invocation_id_header, ""}}));
  lambda::Context seen;
  bool trace_env_set = true;
  lambda::run([&](std::string_view, const lambda::Context& ctx) {
    seen = ctx;
    trace_env_set = std::getenv("_X_AMZN_TRACE_ID") != nullptr;
  });
  EXPECT_FALSE(seen.trace_id);
  EXPECT_FALSE(seen.client_context);
  EXPECT_FALSE(seen.identity);
  EXPECT_FALSE(seen.tenant_id);
  EXPECT_FALSE(seen.invocation_id);
  EXPECT_FALSE(trace_env_set);
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_FALSE(posts[0].headers.find(runtime_api::invocation_id_header));
}

TEST_F(RuntimeLoop, MalformedHeaderIsReportedWithoutCallingTheHandler) {
  api.script_next(invocation("bad-deadline", "{}", {{runtime_api::deadline_header, "soon"}}));
  api.script_next(invocation("bad-cc", "{}", {{runtime_api::client_context_header, "{\"custom\": [1,2"}}));
  api.script_next(
      invocation("bad-cognito", "{}", {{runtime_api::cognito_identity_header, "{\"cognitoIdentityId\": 5}"}}));
  // Past 2262-04-11 system_clock cannot hold it: an error, not an overflow (runtime_api_fuzz found it).
  api.script_next(invocation("far-deadline", "{}", {{runtime_api::deadline_header, "9999999999999"}}));
  int calls = 0;
  lambda::run([&](std::string_view) { ++calls; });
  EXPECT_EQ(calls, 0);
  auto errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_NE(errors[3].body.find("got '9999999999999'"), std::string::npos) << errors[3].body;
  for (auto& e : errors) EXPECT_EQ(header(e, runtime_api::error_type_header), "Runtime.InvalidInvocationHeader");
  EXPECT_NE(errors[0].body.find("Lambda-Runtime-Deadline-Ms: expected milliseconds since the Unix epoch, got 'soon'"),
            std::string::npos)
      << errors[0].body;
  EXPECT_NE(errors[1].body.find(runtime_api::client_context_header), std::string::npos) << errors[1].body;
  EXPECT_NE(errors[2].body.find("Lambda-Runtime-Cognito-Identity: $.cognitoIdentityId: expected a string"),
            std::string::npos)
      << errors[2].body;
}

TEST_F(RuntimeLoop, MissingRequestIdIsAFailedNextNotAnInvocation) {
  http_response no_id;
  no_id.body = "{}";
  for (int i = 0; i < 4; ++i) api.script_next(no_id);
  int calls = 0;
  EXPECT_EQ(lambda::run([&](std::string_view) { ++calls; }), 1);
  EXPECT_EQ(calls, 0);
  EXPECT_EQ(api.next_calls(), 4);
  EXPECT_NE(logs().find("without a Lambda-Runtime-Aws-Request-Id"), std::string::npos);
}

TEST_F(RuntimeLoop, Next403BacksOffAndExitsInsteadOfHotLooping) {
  for (int i = 0; i < 100; ++i) api.script_next(status_reply(403, "InvalidStateTransition"));
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(lambda::run(echo), 1);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(api.next_calls(), 4);
  EXPECT_GE(elapsed, 350ms);  // 50 + 100 + 200 ms of back-off
}

TEST_F(RuntimeLoop, Next500RetriesThenExitsNonZero) {
  api.script_next(status_reply(500, "Container error"));
  api.script_next(invocation("after-500", "ok"));
  EXPECT_EQ(lambda::run(echo), 1);
  // One transient 500 is survived: the invocation after it is served.
  ASSERT_EQ(api.requests_ending("/response").size(), 1u);
  EXPECT_EQ(api.requests_ending("/response")[0].body, "ok");
}

TEST_F(RuntimeLoop, ConnectionRefusedExitsNonZero) {
  {
    // Point at a port nothing listens on.
    lambda::emulator::http_server probe(0, [](const http_request&) { return http_response{}; });
    std::string endpoint = "127.0.0.1:" + std::to_string(probe.port());
    probe.stop();
    scoped_env dead{"AWS_LAMBDA_RUNTIME_API", endpoint.c_str()};
    auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(lambda::run(echo), 1);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
  }
}

TEST_F(RuntimeLoop, NextDroppedMidResponseIsRetried) {
  http_response dropped;
  dropped.raw = "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: half\r\nContent-Length: 100\r\n\r\n{\"trunc";
  api.script_next(dropped);
  api.script_next(invocation("whole", "complete"));
  EXPECT_EQ(lambda::run(echo), 1);
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].path(), "/2018-06-01/runtime/invocation/whole/response");
  EXPECT_EQ(posts[0].body, "complete");
}

TEST_F(RuntimeLoop, SlowNextIsWaitedFor) {
  api.script_next(invocation("slow", "patience"), 1500ms);  // longer than the 1 s connect timeout
  EXPECT_EQ(lambda::run(echo), 1);
  ASSERT_EQ(api.requests_ending("/response").size(), 1u);
}

TEST_F(RuntimeLoop, RejectedPostsAreLoggedAndTheLoopGoesOn) {
  for (int i = 0; i < 5; ++i) api.script_next(invocation("p" + std::to_string(i), "e"));
  std::vector<int> statuses{400, 403, 410, 413};
  std::atomic<int> posts{0};
  api.answer_posts([&](const http_request&) {
    int n = posts++;
    if (n < 4) return status_reply(statuses[n], "Rejected");
    http_response dropped;
    dropped.raw = "HTTP/1.1 202 Accep";  // dropped mid-status-line
    return dropped;
  });
  EXPECT_EQ(lambda::run(echo), 1);
  // A POST whose answer was cut short is not sent again (it may have been received).
  EXPECT_EQ(posts.load(), 5);
  EXPECT_EQ(api.next_calls(), 5 + 4);
  std::string log = logs();
  for (int s : statuses) EXPECT_NE(log.find("answered HTTP " + std::to_string(s)), std::string::npos) << s;
}

TEST_F(RuntimeLoop, Post5xxEndsTheLoop) {
  api.script_next(invocation("a", "e"));
  api.script_next(invocation("b", "e"));
  api.answer_posts([](const http_request&) { return status_reply(502, "BadGateway"); });
  EXPECT_EQ(lambda::run(echo), 1);
  EXPECT_EQ(api.next_calls(), 1);
}

TEST_F(RuntimeLoop, PassedDeadlineIsVisibleAndA410IsSurvived) {
  auto past =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch() - 2s);
  api.script_next(invocation("late", "{}", {{runtime_api::deadline_header, std::to_string(past.count())}}));
  api.script_next(invocation("on-time", "{}"));
  api.answer_posts([](const http_request& r) {
    return r.path().find("/late/") != std::string::npos ? status_reply(410, "InvokeTimeout") : status_reply(202, "");
  });
  std::vector<long long> remaining;
  lambda::run([&](std::string_view, const lambda::Context& ctx) { remaining.push_back(ctx.remaining_time().count()); });
  ASSERT_EQ(remaining.size(), 2u);
  EXPECT_LE(remaining[0], -1900);
  EXPECT_GT(remaining[1], 0);
  EXPECT_NE(logs().find("answered HTTP 410"), std::string::npos);
}

TEST_F(RuntimeLoop, WithoutRuntimeApiVariableItExitsWithAClearMessage) {
  scoped_env none{"AWS_LAMBDA_RUNTIME_API", nullptr};
  EXPECT_EQ(lambda::run(echo), 1);
  EXPECT_NE(logs().find("AWS_LAMBDA_RUNTIME_API is not set"), std::string::npos);
}

TEST_F(RuntimeLoop, HandlerLogsCarryTheRequestIdAndTenant) {
  scoped_env json{"AWS_LAMBDA_LOG_FORMAT", "json"};
  api.script_next(invocation("log-req", "{}", {{runtime_api::tenant_id_header, "t-1"}}));
  lambda::run([](std::string_view) { lambda::log::info("inside {}", "handler"); });
  std::string log = logs();
  EXPECT_NE(log.find(R"("level":"INFO","requestId":"log-req","tenantId":"t-1","message":"inside handler"})"),
            std::string::npos)
      << log;
  lambda::log::configure(lambda::log::level::info, lambda::log::format::text);
}

TEST_F(RuntimeLoop, ShutdownHookRunsWhenTheLoopEnds) {
  int hooks = 0;
  lambda::runtime().on_shutdown([&] { ++hooks; }).run(echo);
  EXPECT_EQ(hooks, 1);
}

// ---- concurrent invocations (AWS_LAMBDA_MAX_CONCURRENCY) ----

TEST_F(RuntimeLoop, ConcurrentWorkersServeInvocationsSideBySideAndLogTheirOwnRequestId) {
  scoped_env concurrency{"AWS_LAMBDA_MAX_CONCURRENCY", "4"};
  for (int i = 0; i < 4; ++i) api.script_next(invocation("req-w" + std::to_string(i), "w" + std::to_string(i)));
  // Every handler waits until all four are inside at once: only four workers can get there.
  std::mutex gate_mutex;
  std::condition_variable gate;
  int inside = 0;
  bool all_met = true;
  lambda::run([&](const std::string& event, const lambda::Context&) {
    lambda::log::info("start {}", event);
    {
      std::unique_lock lock(gate_mutex);
      ++inside;
      gate.notify_all();
      if (!gate.wait_for(lock, 10s, [&] { return inside == 4; })) all_met = false;
    }
    lambda::log::info("end {}", event);
    return event;
  });
  EXPECT_TRUE(all_met) << "the handlers did not all run at the same time";
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 4u);
  for (auto& p : posts) EXPECT_EQ(p.path(), "/2018-06-01/runtime/invocation/req-" + p.body + "/response");

  // JSON although AWS_LAMBDA_LOG_FORMAT is unset; each record names its own worker's invocation.
  std::regex record(
      R"re(\{"timestamp":"[^"]+","level":"INFO","requestId":"req-(w\d)","message":"(start|end) (w\d)"\}\n)re");
  std::map<std::string, int> seen;
  std::lock_guard lock(log_mutex);
  for (auto& line : log_lines) {
    std::smatch m;
    if (!std::regex_match(line, m, record)) continue;
    EXPECT_EQ(m[1].str(), m[3].str()) << line;
    ++seen[m[3].str()];
  }
  EXPECT_EQ(seen, (std::map<std::string, int>{{"w0", 2}, {"w1", 2}, {"w2", 2}, {"w3", 2}}));
}

TEST_F(RuntimeLoop, ConcurrentModeKeepsTheTraceIdInTheContextOnly) {
  scoped_env concurrency{"AWS_LAMBDA_MAX_CONCURRENCY", "2"};
  scoped_env no_trace{"_X_AMZN_TRACE_ID", nullptr};
  api.script_next(
      invocation("traced", "{}", {{runtime_api::trace_id_header, "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700"}}));
  std::optional<std::string> in_context;
  bool in_environment = true;
  std::uint32_t max_concurrency = 0;
  lambda::run([&](std::string_view, const lambda::Context& ctx) {
    in_context = ctx.trace_id;
    in_environment = std::getenv("_X_AMZN_TRACE_ID") != nullptr;
    max_concurrency = ctx.config->max_concurrency;
  });
  EXPECT_EQ(in_context.value_or(""), "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700");
  EXPECT_FALSE(in_environment);
  EXPECT_EQ(max_concurrency, 2u);
}

TEST_F(RuntimeLoop, InvalidMaxConcurrencyIsAnInitError) {
  const char* values[] = {"0", "-3", "four", "2x", " 2", "1601", "99999999999"};
  std::size_t reported = 0;
  for (const char* value : values) {
    scoped_env bad{"AWS_LAMBDA_MAX_CONCURRENCY", value};
    EXPECT_EQ(lambda::run(echo), 1) << value;
    auto init = api.requests_ending("/runtime/init/error");
    ASSERT_EQ(init.size(), ++reported) << value;
    EXPECT_EQ(header(init.back(), runtime_api::error_type_header), "Runtime.ConfigInvalid");
    EXPECT_NE(init.back().body.find("AWS_LAMBDA_MAX_CONCURRENCY: expected a whole number from 1 to 1600, got '" +
                                    std::string(value) + "'"),
              std::string::npos)
        << init.back().body;
  }
  EXPECT_EQ(api.next_calls(), 0);
}

TEST_F(RuntimeLoop, AWorkerThatFindsTheApiBrokenStopsTheOthers) {
  scoped_env concurrency{"AWS_LAMBDA_MAX_CONCURRENCY", "3"};
  api.keep_next_waiting();  // two workers stay parked in /next, as on an idle environment
  api.script_next(invocation("only", "e"));
  api.answer_posts([](const http_request&) { return status_reply(502, "BadGateway"); });
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(lambda::run(echo), 1);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
  EXPECT_EQ(api.requests_ending("/response").size(), 1u);
}

// ---- graceful shutdown ----

TEST_F(RuntimeLoop, AShutdownHookRegistersAnInternalExtensionParkedOnEventNext) {
  api.script_next(invocation("r", "{}"));
  bool event_next_seen = false;
  lambda::runtime().on_shutdown([] {}).run([&](std::string_view) {
    // The extension's event/next comes from a thread of its own; wait for it to arrive.
    event_next_seen = api.wait_for(
        [](const std::vector<http_request>& rs) {
          for (auto& r : rs)
            if (r.path() == runtime_api::extension_event_next_path) return true;
          return false;
        },
        10s);
  });
  EXPECT_TRUE(event_next_seen);
  auto registered = api.requests_ending(runtime_api::extension_register_path);
  ASSERT_EQ(registered.size(), 1u);
  EXPECT_EQ(registered[0].method, "POST");
  EXPECT_EQ(header(registered[0], runtime_api::extension_name_header), "lambdagen-cpp-graceful-shutdown");
  EXPECT_EQ(registered[0].body, R"({"events":[]})");
  auto all = api.requests();
  auto position = [&](std::string_view path) {
    for (std::size_t i = 0; i < all.size(); ++i)
      if (all[i].path() == path) return i;
    return all.size();
  };
  EXPECT_LT(position(runtime_api::extension_register_path), position(runtime_api::next_invocation_path))
      << "extensions register during init, before the first /next";
  for (auto& r : api.requests_ending(runtime_api::extension_event_next_path))
    EXPECT_EQ(header(r, runtime_api::extension_identifier_header), fake_runtime_api::extension_id);
}

TEST_F(RuntimeLoop, WithoutAShutdownHookNoExtensionIsRegistered) {
  api.script_next(invocation("r", "{}"));
  lambda::run(echo);
  for (auto& r : api.requests()) EXPECT_FALSE(r.path().starts_with("/2020-01-01/")) << r.path();
  EXPECT_EQ(api.requests_ending("/response").size(), 1u);
}

}  // namespace
