#include "fake_runtime_api.h"

#include <lambda/log.h>
#include <lambda/runtime/log_control.h>
#include <lambda/json.h>  // the library's codecs of standard types, parsed and written directly here

#include <gtest/gtest.h>

#include <regex>
#include <stdexcept>

using lambda::testing::scoped_env;
namespace llog = lambda::log;

namespace {

class Logging : public ::testing::Test {
 protected:
  void SetUp() override {
    llog::detail::set_sink([this](std::string_view line) { lines.emplace_back(line); });
  }
  void TearDown() override {
    llog::detail::set_sink({});
    llog::detail::set_invocation({}, std::nullopt);
    llog::configure(llog::level::info, llog::format::text);
  }
  std::vector<std::string> lines;
};

TEST_F(Logging, TextLinesCarryTimestampRequestIdAndLevel) {
  llog::configure(llog::level::info, llog::format::text);
  llog::detail::set_invocation("req-42", std::nullopt);
  llog::warn("answer is {}", 42);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(
      std::regex_match(lines[0], std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\treq-42\tWARN\tanswer is 42\n)")))
      << lines[0];
}

TEST_F(Logging, OneRecordIsOneLineInBothFormats) {
  llog::configure(llog::level::info, llog::format::text);
  llog::info("first\nsecond");
  llog::configure(llog::level::info, llog::format::json);
  llog::info("first\nsecond \"quoted\"");
  ASSERT_EQ(lines.size(), 2u);
  for (auto& l : lines) EXPECT_EQ(std::count(l.begin(), l.end(), '\n'), 1) << l;
  EXPECT_NE(lines[0].find("first\rsecond"), std::string::npos);
  EXPECT_NE(lines[1].find(R"("message":"first\nsecond \"quoted\""})"), std::string::npos) << lines[1];
}

TEST_F(Logging, JsonLinesHaveTheFieldsCloudWatchReads) {
  llog::configure(llog::level::trace, llog::format::json);
  llog::error("no invocation yet");
  llog::detail::set_invocation("r-1", std::string_view("tenant-a"));
  llog::trace("with tenant");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(std::regex_match(
      lines[0],
      std::regex(
          R"(\{"timestamp":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","level":"ERROR","message":"no invocation yet"\}\n)")))
      << lines[0];
  EXPECT_NE(lines[1].find(R"("level":"TRACE","requestId":"r-1","tenantId":"tenant-a","message":"with tenant"})"),
            std::string::npos)
      << lines[1];
}

TEST_F(Logging, EnvironmentSelectsFormatAndLevelCaseInsensitively) {
  scoped_env format{"AWS_LAMBDA_LOG_FORMAT", "Json"};
  scoped_env level{"AWS_LAMBDA_LOG_LEVEL", "warn"};
  llog::detail::configure_from_environment(llog::level::info, llog::format::text);
  llog::info("filtered out");
  llog::debug("filtered out");
  llog::warn("kept");
  llog::fatal("kept too");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0].find(R"("level":"WARN")"), std::string::npos);
  EXPECT_NE(lines[1].find(R"("level":"FATAL")"), std::string::npos);
  EXPECT_FALSE(llog::enabled(llog::level::info));
}

TEST_F(Logging, DefaultsApplyWhenTheEnvironmentIsSilent) {
  scoped_env format{"AWS_LAMBDA_LOG_FORMAT", nullptr};
  scoped_env level{"AWS_LAMBDA_LOG_LEVEL", nullptr};
  llog::detail::configure_from_environment(llog::level::debug, llog::format::text);
  EXPECT_TRUE(llog::enabled(llog::level::debug));
  EXPECT_FALSE(llog::enabled(llog::level::trace));
}

TEST_F(Logging, UnknownValuesAreErrorsNamingTheVariable) {
  {
    scoped_env format{"AWS_LAMBDA_LOG_FORMAT", "yaml"};
    try {
      llog::detail::configure_from_environment(llog::level::info, llog::format::text);
      FAIL() << "accepted yaml";
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("AWS_LAMBDA_LOG_FORMAT"), std::string::npos);
    }
  }
  scoped_env level{"AWS_LAMBDA_LOG_LEVEL", "loud"};
  EXPECT_THROW(llog::detail::configure_from_environment(llog::level::info, llog::format::text), std::invalid_argument);
}

TEST_F(Logging, FieldsBecomeMembersOfJsonRecords) {
  llog::configure(llog::level::info, llog::format::json);
  llog::detail::set_invocation("r-7", std::nullopt);
  const std::string id = "A-1";
  llog::with({{"orderId", id}, {"total", 12.5}, {"items", 3}, {"paid", true}, {"note", "two\nlines"}})
      .info("order {} placed", id);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(
      lines[0].find(
          R"("requestId":"r-7","message":"order A-1 placed","orderId":"A-1","total":12.5,"items":3,"paid":true,"note":"two\nlines"})"),
      std::string::npos)
      << lines[0];
  EXPECT_EQ(std::count(lines[0].begin(), lines[0].end(), '\n'), 1) << lines[0];
}

TEST_F(Logging, FieldsFollowTheMessageInTextRecords) {
  llog::configure(llog::level::info, llog::format::text);
  llog::with({{"orderId", "A-1"}, {"count", -2}}).warn("slow");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].ends_with("\tWARN\tslow orderId=\"A-1\" count=-2\n")) << lines[0];
}

TEST_F(Logging, FieldsNamedLikeRecordMembersDoNotRepeatAKey) {
  llog::configure(llog::level::info, llog::format::json);
  llog::with({{"level", "custom"}, {"message", 1}}).error("boom");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find(R"("level":"ERROR")"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find(R"("message":"boom","field.level":"custom","field.message":1})"), std::string::npos)
      << lines[0];
}

TEST_F(Logging, FieldsOfFilteredRecordsAreNotWritten) {
  llog::configure(llog::level::warn, llog::format::json);
  llog::with fields{{"k", "v"}};
  fields.info("dropped");
  fields.warn("kept");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find(R"("message":"kept","k":"v"})"), std::string::npos) << lines[0];
}

TEST_F(Logging, FieldsTakeValuesWithGeneratedCodecs) {
  llog::configure(llog::level::info, llog::format::json);
  std::vector<int> sizes{1, 2};
  llog::with({{"sizes", sizes}}).info("batch");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find(R"("message":"batch","sizes":[1,2]})"), std::string::npos) << lines[0];
}

}  // namespace
