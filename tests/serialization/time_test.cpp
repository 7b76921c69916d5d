// Time points: RFC 3339 strings and exact epoch numbers, in and out.
#include <lambda/json.h>

#include <gtest/gtest.h>

#include <limits>

namespace json = lambda::json;
using namespace std::chrono;

namespace {

TEST(Iso8601, ParsesZonesAndFractions) {
  auto t = json::parse_iso8601("2024-02-29T23:59:58.123456789Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time_since_epoch().count(), 1709251198123456789LL);
  EXPECT_EQ(json::parse_iso8601("2024-03-01T01:59:58.123456789+02:00"), t);
  EXPECT_EQ(json::parse_iso8601("2024-02-29T18:59:58.123456789-05:00"), t);
  EXPECT_EQ(json::parse_iso8601("1970-01-01T00:00:00Z")->time_since_epoch().count(), 0);
  EXPECT_EQ(json::parse_iso8601("1969-12-31T23:59:59.5Z")->time_since_epoch().count(), -500000000);
}

TEST(Iso8601, RejectsInvalidDates) {
  for (std::string_view bad : {"2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z",
                               "2024-01-01T00:60:00Z", "2024-01-01T00:00:00", "2024-01-01", "2024-01-01T00:00:00.Z",
                               "2024-01-01T00:00:00+2:00", "2024-01-01T00:00:00Zjunk", "not a date"})
    EXPECT_FALSE(json::parse_iso8601(bad)) << bad;
}

TEST(Iso8601, FormatsShortestExactFraction) {
  EXPECT_EQ(json::format_iso8601(json::nanotime{}), "1970-01-01T00:00:00Z");
  EXPECT_EQ(json::format_iso8601(json::nanotime{nanoseconds{1709251198120000000LL}}), "2024-02-29T23:59:58.12Z");
  EXPECT_EQ(json::format_iso8601(json::nanotime{nanoseconds{-500000000}}), "1969-12-31T23:59:59.5Z");
}

TEST(Iso8601, AsMember) {
  auto t = json::parse<sys_time<milliseconds>>(R"("2019-03-01T12:00:00.250Z")");
  ASSERT_TRUE(t);
  EXPECT_EQ(json::to_string(*t), R"("2019-03-01T12:00:00.25Z")");
  auto bad = json::parse<sys_time<seconds>>(R"("yesterday")");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message(), "$: expected RFC 3339 timestamp from 1677-09-21 to 2262-04-11, got \"yesterday\"");
}

TEST(Epoch, SecondsWithFractionAreExact) {
  auto s = json::parse<json::epoch_seconds>("1428537600.123456789");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->time().time_since_epoch().count(), 1428537600123456789LL);
  EXPECT_EQ(json::to_string(*s), "1428537600.123456789");
  EXPECT_EQ(json::parse<json::epoch_seconds>("1.4285376E9")->time().time_since_epoch().count(), 1428537600000000000LL);
  EXPECT_EQ(json::to_string(*json::parse<json::epoch_seconds>("1428537600")), "1428537600");
  EXPECT_EQ(json::to_string(*json::parse<json::epoch_seconds>("-1.5")), "-1.5");
  EXPECT_EQ(json::parse<json::epoch_seconds>("1e20").error().kind(), json::errc::out_of_range);
  EXPECT_EQ(json::parse<json::epoch_seconds>("\"1\"").error().kind(), json::errc::wrong_type);
}

TEST(Epoch, Milliseconds) {
  auto ms = json::parse<json::epoch_milliseconds>("1523100760123");
  ASSERT_TRUE(ms);
  EXPECT_EQ(duration_cast<milliseconds>(ms->time().time_since_epoch()).count(), 1523100760123LL);
  EXPECT_EQ(json::to_string(*ms), "1523100760123");
  EXPECT_EQ(json::to_string(*json::parse<json::epoch_milliseconds>("1523100760123.5")), "1523100760123.5");
}

}  // namespace

// Found by the sanitizer pass: stamps outside 64-bit nanoseconds overflowed while being converted.
TEST(Iso8601, InstantsOutsideTheNanosecondRangeAreErrorsNotOverflow) {
  using lambda::json::parse_iso8601;
  EXPECT_TRUE(parse_iso8601("2262-04-11T23:47:16.854775807Z"));
  EXPECT_FALSE(parse_iso8601("2262-04-11T23:47:16.854775808Z"));
  EXPECT_TRUE(parse_iso8601("1677-09-21T00:12:43.145224192Z"));
  EXPECT_FALSE(parse_iso8601("1677-09-21T00:12:43.145224191Z"));
  EXPECT_FALSE(parse_iso8601("9999-12-31T23:59:59Z"));
  EXPECT_FALSE(parse_iso8601("0000-01-01T00:00:00+23:59"));
  auto far = lambda::json::parse<std::chrono::sys_time<std::chrono::seconds>>(R"("9999-12-31T23:59:59Z")");
  ASSERT_FALSE(far);
  EXPECT_NE(far.error().message().find("2262-04-11"), std::string::npos) << far.error().message();
}

// Also found by the sanitizer pass: formatting the first representable day overflowed.
TEST(Iso8601, TheEndsOfTheRangeFormatAndReadBack) {
  using lambda::json::format_iso8601;
  using lambda::json::nanotime;
  const nanotime first{std::chrono::nanoseconds{std::numeric_limits<long long>::min()}};
  const nanotime last{std::chrono::nanoseconds{std::numeric_limits<long long>::max()}};
  EXPECT_EQ(format_iso8601(first), "1677-09-21T00:12:43.145224192Z");
  EXPECT_EQ(format_iso8601(last), "2262-04-11T23:47:16.854775807Z");
  EXPECT_EQ(format_iso8601(nanotime{std::chrono::nanoseconds{-1}}), "1969-12-31T23:59:59.999999999Z");
  EXPECT_EQ(lambda::json::parse_iso8601(format_iso8601(first)), first);
  EXPECT_EQ(lambda::json::parse_iso8601(format_iso8601(last)), last);
}
