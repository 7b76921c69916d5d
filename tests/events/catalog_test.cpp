// lambda::events::catalog(): names, order and lookup.

#include <lambda/events/catalog.h>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

TEST(EventCatalog, IsSortedAndUnique) {
  auto types = lambda::events::catalog();
  ASSERT_FALSE(types.empty());
  EXPECT_TRUE(std::is_sorted(types.begin(), types.end(), [](auto& a, auto& b) { return a.name < b.name; }));
  EXPECT_EQ(std::adjacent_find(types.begin(), types.end(), [](auto& a, auto& b) { return a.name == b.name; }),
            types.end());
}

TEST(EventCatalog, FindsTypesByExactName) {
  ASSERT_NE(lambda::events::find_event_type("SQSEvent"), nullptr);
  EXPECT_EQ(lambda::events::find_event_type("SQSEvent")->name, "SQSEvent");
  EXPECT_EQ(lambda::events::find_event_type("sqsevent"), nullptr);
  EXPECT_EQ(lambda::events::find_event_type(""), nullptr);
}

TEST(EventCatalog, CheckReportsThePathThatDidNotFit) {
  const auto* sqs = lambda::events::find_event_type("SQSEvent");
  ASSERT_NE(sqs, nullptr);
  auto result = sqs->check(R"({"Records":[{"messageId":7}]})");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().path(), "$.Records[0].messageId");
}

}  // namespace
