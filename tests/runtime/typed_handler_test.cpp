// Handlers over JSON types: the event is parsed into Request and the Response serialized, with the
// serialization library's codecs (standard containers here; generated structs work the same way).

#include "fake_runtime_api.h"

#include <lambda/events/sqs.h>
#include <lambda/runtime.h>
#include <lambda/runtime/log_control.h>
#include <lambda/json.h>  // the library's codecs of standard types, parsed and written directly here

#include <gtest/gtest.h>

#include <map>
#include <vector>

using namespace lambda::testing;

namespace {

#ifdef LAMBDA_RUNTIME_TYPED_HANDLERS

class TypedHandler : public ::testing::Test {
 protected:
  void SetUp() override {
    lambda::log::detail::set_sink([](std::string_view) {});
  }
  void TearDown() override { lambda::log::detail::set_sink({}); }
  fake_runtime_api api;
};

std::map<std::string, long> totals(const std::vector<long>& values, const lambda::Context&) {
  long sum = 0;
  for (long v : values) sum += v;
  return {{"count", static_cast<long>(values.size())}, {"sum", sum}};
}

TEST_F(TypedHandler, ParsesTheEventAndSerializesTheResponse) {
  api.script_next(invocation("t1", "[1, 2, 39]"));
  lambda::run(totals);
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].body, R"({"count":3,"sum":42})");
}

TEST_F(TypedHandler, AnEventThatDoesNotFitNamesTheJsonPath) {
  api.script_next(invocation("t2", R"([1, "two", 3])"));
  lambda::run(totals);
  auto errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].headers.find(runtime_api::error_type_header).value_or(""), "Runtime.InvalidEventPayload");
  EXPECT_NE(errors[0].body.find("$[1]: expected"), std::string::npos) << errors[0].body;
}

TEST_F(TypedHandler, OutcomeOfAJsonType) {
  api.script_next(invocation("t3", "[]"));
  api.script_next(invocation("t4", "[5]"));
  lambda::run([](const std::vector<int>& xs) -> lambda::outcome<std::vector<int>> {
    if (xs.empty()) return lambda::failure("Input.Empty", "nothing to double");
    return std::vector<int>{xs[0] * 2};
  });
  ASSERT_EQ(api.requests_ending("/error").size(), 1u);
  EXPECT_NE(api.requests_ending("/error")[0].body.find("Input.Empty"), std::string::npos);
  ASSERT_EQ(api.requests_ending("/response").size(), 1u);
  EXPECT_EQ(api.requests_ending("/response")[0].body, "[10]");
}

TEST_F(TypedHandler, StreamingHandlerTakesATypedEvent) {
  api.script_next(invocation("t5", "[1,2,3]"));
  api.script_next(invocation("t6", R"(["x"])"));
  lambda::run([](const std::vector<int>& xs, lambda::response_stream& out) {
    for (int x : xs) out.write(std::to_string(x) + "\n");
  });
  ASSERT_EQ(api.requests_ending("/response").size(), 1u);
  EXPECT_EQ(api.requests_ending("/response")[0].body, "1\n2\n3\n");
  // The event is read before the handler runs, so a misfit is an ordinary error with its path.
  auto errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].body.find("$[0]: expected"), std::string::npos) << errors[0].body;
}

// A borrowed event's views point into the invocation's payload or the runtime's event parser: both
// live until the handler returns, whatever the handler parses meanwhile; each invocation reads its own.
TEST_F(TypedHandler, TakesABorrowedEvent) {
  api.script_next(invocation("b1", R"({"Records":[{"messageId":"m-1","body":"caf\u00e9 \"one\""},)"
                                   R"({"messageId":"m-2","body":"two"}]})"));
  api.script_next(invocation("b2", R"({"Records":[{"messageId":"m-3","body":"three"}]})"));
  lambda::run([](const lambda::events::borrowed::SQSEvent& event) {
    // The handler's own parses (escaped strings, like the first body's) leave the event's alone.
    auto other = lambda::json::parse<std::vector<std::string>>(R"(["\"overwritten\"", "\u00e9\u00e9\u00e9"])");
    EXPECT_TRUE(other);
    std::vector<std::string> bodies;
    for (const auto& message : event.Records) bodies.emplace_back(std::string(message.messageId) + ":" += message.body);
    return bodies;
  });
  auto posts = api.requests_ending("/response");
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0].body, R"(["m-1:café \"one\"","m-2:two"])");
  EXPECT_EQ(posts[1].body, R"(["m-3:three"])");
}

// The error names the event type as users spell its strings, not with the allocator's spelling.
TEST_F(TypedHandler, AnEventThatDoesNotFitNamesTheEventTypeReadably) {
  api.script_next(invocation("b3", R"({"Records":[{"messageId":"m-1","body":5}]})"));
  lambda::run([](const lambda::events::borrowed::SQSEvent&) { return std::vector<std::string>{}; });
  auto errors = api.requests_ending("/error");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].body.find("the event does not fit lambda::events::basic_SQSEvent<std::string_view>: "
                                "$.Records[0].body: expected string, got number 5"),
            std::string::npos)
      << errors[0].body;
}

#else
TEST(TypedHandler, NeedsTheSerializationLibrary) { GTEST_SKIP() << "<lambda/json.h> not available"; }
#endif

}  // namespace
