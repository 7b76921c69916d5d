// Time points: RFC 3339 strings and exact epoch numbers, in and out.
#include <lambda/json.h>
#include <lambda/json/testing.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace json = lambda::json;
using namespace std::chrono;

namespace {

using centiseconds = duration<long long, std::centi>;
using quarter_seconds = duration<long long, std::ratio<1, 4>>;

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

TEST(Iso8601, FormatsTheDigitsAsked) {
  const json::nanotime t{nanoseconds{1709251198120000000LL}};
  EXPECT_EQ(json::format_iso8601(t, 0), "2024-02-29T23:59:58Z");
  EXPECT_EQ(json::format_iso8601(t, 3), "2024-02-29T23:59:58.120Z");
  EXPECT_EQ(json::format_iso8601(t, 6), "2024-02-29T23:59:58.120000Z");
  EXPECT_EQ(json::format_iso8601(t, 9), "2024-02-29T23:59:58.120000000Z");
  EXPECT_EQ(json::format_iso8601(json::nanotime{}, 3), "1970-01-01T00:00:00.000Z");
  // Finer digits are dropped towards the past, before the epoch too.
  EXPECT_EQ(json::format_iso8601(json::nanotime{nanoseconds{-1}}, 3), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(json::format_iso8601(json::nanotime{nanoseconds{-500000000}}, 1), "1969-12-31T23:59:59.5Z");
}

// The precision of the member's type is its spelling: AWS's "….000Z" comes back as it came.
TEST(Iso8601, EachPrecisionWritesItsDigits) {
  const auto at = sys_days{2024y / May / 1} + 12h;
  EXPECT_EQ(json::to_string(sys_seconds{at}), R"("2024-05-01T12:00:00Z")");
  EXPECT_EQ(json::to_string(sys_time<milliseconds>{at}), R"("2024-05-01T12:00:00.000Z")");
  EXPECT_EQ(json::to_string(sys_time<microseconds>{at}), R"("2024-05-01T12:00:00.000000Z")");
  EXPECT_EQ(json::to_string(sys_time<nanoseconds>{at}), R"("2024-05-01T12:00:00.000000000Z")");
  EXPECT_EQ(json::to_string(sys_time<milliseconds>{at + 250ms}), R"("2024-05-01T12:00:00.250Z")");
  EXPECT_EQ(json::to_string(sys_time<microseconds>{at + 7us}), R"("2024-05-01T12:00:00.000007Z")");
  EXPECT_EQ(json::to_string(sys_time<minutes>{at}), R"("2024-05-01T12:00:00Z")");
  EXPECT_EQ(json::to_string(sys_days{2024y / May / 1}), R"("2024-05-01T00:00:00Z")");
  EXPECT_EQ(json::to_string(sys_time<centiseconds>{at}), R"("2024-05-01T12:00:00.00Z")");
  // A tick that is no power of ten is spelled with the digits that spell every tick exactly.
  EXPECT_EQ(json::to_string(time_point_cast<quarter_seconds>(at + 750ms)), R"("2024-05-01T12:00:00.75Z")");

  for (std::string_view text : {R"("1970-01-01T00:00:00.000Z")", R"("2015-06-03T17:43:27.123Z")"}) {
    auto t = json::parse<sys_time<milliseconds>>(text);
    ASSERT_TRUE(t) << t.error().message();
    EXPECT_EQ(json::to_string(*t), text);
  }
  auto whole = json::parse<sys_seconds>(R"("2020-12-09T07:04:00Z")");
  ASSERT_TRUE(whole);
  EXPECT_EQ(json::to_string(*whole), R"("2020-12-09T07:04:00Z")");
}

TEST(Iso8601, ReadsZerosBeyondThePrecision) {
  auto ms = json::parse<sys_time<milliseconds>>(R"("2019-03-01T12:00:00.250000000000Z")");
  ASSERT_TRUE(ms) << ms.error().message();
  EXPECT_EQ(json::to_string(*ms), R"("2019-03-01T12:00:00.250Z")");
  auto shorter = json::parse<sys_time<milliseconds>>(R"("2019-03-01T12:00:00.25Z")");
  ASSERT_TRUE(shorter);
  EXPECT_EQ(*shorter, *ms);
  auto s = json::parse<sys_seconds>(R"("2019-03-01T12:00:00.000Z")");
  ASSERT_TRUE(s) << s.error().message();
  EXPECT_EQ(json::to_string(*s), R"("2019-03-01T12:00:00Z")");
  auto ns = json::parse<sys_time<nanoseconds>>(R"("2019-03-01T12:00:00.123456789000Z")");
  ASSERT_TRUE(ns) << ns.error().message();
  EXPECT_EQ(ns->time_since_epoch().count() % 1000000000, 123456789);
  auto day = json::parse<sys_days>(R"("2024-05-01T00:00:00.000Z")");
  ASSERT_TRUE(day);
  EXPECT_EQ(*day, sys_days{2024y / May / 1});
}

TEST(Iso8601, RefusesDigitsFinerThanThePrecision) {
  auto seconds_error = json::parse<sys_seconds>(R"("2024-05-01T12:00:00.5Z")");
  ASSERT_FALSE(seconds_error);
  EXPECT_EQ(seconds_error.error().kind(), json::errc::invalid_value);
  EXPECT_EQ(seconds_error.error().message(),
            R"($: expected a time with at most second precision, got "2024-05-01T12:00:00.5Z")");
  EXPECT_EQ(json::parse<sys_time<milliseconds>>(R"("1970-01-01T00:00:00.0001Z")").error().message(),
            R"($: expected a time with at most millisecond precision, got "1970-01-01T00:00:00.0001Z")");
  EXPECT_EQ(json::parse<sys_time<microseconds>>(R"("1970-01-01T00:00:00.1234567Z")").error().message(),
            R"($: expected a time with at most microsecond precision, got "1970-01-01T00:00:00.1234567Z")");
  EXPECT_EQ(json::parse<sys_time<nanoseconds>>(R"("1970-01-01T00:00:00.0000000001Z")").error().message(),
            R"($: expected a time with at most nanosecond precision, got "1970-01-01T00:00:00.0000000001Z")");
  EXPECT_EQ(json::parse<sys_time<minutes>>(R"("2024-05-01T12:00:30Z")").error().message(),
            R"($: expected a time with at most minute precision, got "2024-05-01T12:00:30Z")");
  EXPECT_EQ(json::parse<sys_days>(R"("2024-05-01T12:00:00Z")").error().message(),
            R"($: expected a time with at most day precision, got "2024-05-01T12:00:00Z")");
  EXPECT_EQ(json::parse<sys_time<centiseconds>>(R"("2024-05-01T12:00:00.125Z")").error().message(),
            R"($: expected a time with at most 2 fraction digits, got "2024-05-01T12:00:00.125Z")");
  EXPECT_EQ(json::parse<sys_time<quarter_seconds>>(R"("2024-05-01T12:00:00.1Z")").error().message(),
            R"($: expected a time in whole 250000000-nanosecond steps, got "2024-05-01T12:00:00.1Z")");
  // Before the epoch as after it: a tick's remainder is refused, not rounded either way.
  EXPECT_FALSE(json::parse<sys_seconds>(R"("1969-12-31T23:59:59.5Z")"));
  // The free function keeps what nanotime holds and refuses the rest.
  EXPECT_TRUE(json::parse_iso8601("1970-01-01T00:00:00.123456789000Z"));
  EXPECT_FALSE(json::parse_iso8601("1970-01-01T00:00:00.1234567891Z"));
}

// An offset is read, and the instant is written in UTC: the spelling of the zone is not kept.
TEST(Iso8601, OffsetsAreReadAndWrittenAsUtc) {
  auto t = json::parse<sys_time<milliseconds>>(R"("2024-03-01T01:59:58.123+02:00")");
  ASSERT_TRUE(t) << t.error().message();
  EXPECT_EQ(json::to_string(*t), R"("2024-02-29T23:59:58.123Z")");
  auto west = json::parse<sys_seconds>(R"("2023-12-31T23:30:00-05:30")");
  ASSERT_TRUE(west) << west.error().message();
  EXPECT_EQ(json::to_string(*west), R"("2024-01-01T05:00:00Z")");
  EXPECT_EQ(*json::parse<sys_seconds>(R"("2024-01-01T05:00:00-00:00")"), *west);
  EXPECT_EQ(*json::parse<sys_seconds>(R"("2024-01-01t05:00:00z")"), *west);
  // Precision is checked on the instant, offsets being whole minutes.
  EXPECT_EQ(json::parse<sys_seconds>(R"("2024-01-01T07:00:00.5+02:00")").error().message(),
            R"($: expected a time with at most second precision, got "2024-01-01T07:00:00.5+02:00")");
}

// A representation narrower than 64 bits holds fewer ticks: beyond them is an error, not a wrap.
TEST(Iso8601, TheTypesRangeIsChecked) {
  using seconds32 = sys_time<duration<std::int32_t>>;
  auto late = json::parse<seconds32>(R"("2040-01-01T00:00:00Z")");
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().kind(), json::errc::out_of_range);
  EXPECT_EQ(late.error().message(),
            R"($: expected a time from 1901-12-13T20:45:52Z to 2038-01-19T03:14:07Z, got "2040-01-01T00:00:00Z")");
  auto fits = json::parse<seconds32>(R"("2038-01-19T03:14:07Z")");
  ASSERT_TRUE(fits);
  EXPECT_EQ(fits->time_since_epoch().count(), std::numeric_limits<std::int32_t>::max());
}

// A coarse type holds instants past nanotime's range; writing one does not overflow (reading it
// back is refused: the reader takes 1677-09-21 to 2262-04-11).
TEST(Iso8601, CoarseTypesWriteBeyondTheNanosecondRange) {
  EXPECT_EQ(json::to_string(sys_seconds{sys_days{9999y / December / 31} + 86399s}), R"("9999-12-31T23:59:59Z")");
  EXPECT_EQ(json::to_string(sys_days{0y / January / 1}), R"("0000-01-01T00:00:00Z")");
  EXPECT_FALSE(json::parse<sys_seconds>(R"("9999-12-31T23:59:59Z")"));
}

TEST(Iso8601, AsMember) {
  auto t = json::parse<sys_time<milliseconds>>(R"("2019-03-01T12:00:00.250Z")");
  ASSERT_TRUE(t);
  EXPECT_EQ(json::to_string(*t), R"("2019-03-01T12:00:00.250Z")");
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
  EXPECT_EQ(format_iso8601(first, 0), "1677-09-21T00:12:43Z");
  EXPECT_EQ(lambda::json::parse_iso8601(format_iso8601(first)), first);
  EXPECT_EQ(lambda::json::parse_iso8601(format_iso8601(last)), last);
}

// The round-trip kit builds times each type holds (never finer than its precision), and every
// one is written with the type's digits and read back equal.
TEST(Iso8601, ArbitraryTimesOfEachPrecisionRoundTrip) {
  namespace testing = lambda::json::testing;
  EXPECT_EQ(testing::check_round_trips<std::vector<sys_seconds>>(1, 300), std::nullopt);
  EXPECT_EQ(testing::check_round_trips<std::vector<sys_time<milliseconds>>>(2, 300), std::nullopt);
  EXPECT_EQ(testing::check_round_trips<std::vector<sys_time<microseconds>>>(3, 300), std::nullopt);
  EXPECT_EQ(testing::check_round_trips<std::vector<sys_time<nanoseconds>>>(4, 300), std::nullopt);
  EXPECT_EQ(testing::check_round_trips<std::vector<sys_time<minutes>>>(5, 300), std::nullopt);
  EXPECT_EQ(testing::check_round_trips<std::vector<sys_days>>(6, 300), std::nullopt);
  EXPECT_EQ(testing::check_round_trips<std::vector<sys_time<quarter_seconds>>>(7, 300), std::nullopt);
}

namespace {

// lambda::json::timestamp: any RFC 3339 spelling comes back exactly as it came.
TEST(Timestamp, EverySpellingComesBackAsItCame) {
  for (std::string_view text :
       {"2016-02-26T21:23:06Z", "2016-02-26T21:23:06.236Z", "2016-02-26T21:23:06.5+02:00",
        "2016-02-26T21:23:06.000000000Z", "2016-02-26T21:23:06.123456789-09:30", "1970-01-01T00:00:00.0000000000Z",
        "2262-04-11T23:47:16.854775807Z", "1677-09-21T00:12:43.145224192Z", "2016-02-26T23:59:59+23:59"}) {
    std::string quoted = "\"" + std::string(text) + "\"";
    auto t = json::parse<json::timestamp>(quoted);
    ASSERT_TRUE(t) << text << ": " << t.error().message();
    EXPECT_EQ(json::to_string(*t), quoted);
  }
}

TEST(Timestamp, KeepsTheInstantTheDigitsAndTheOffset) {
  auto t = json::parse<json::timestamp>(R"("2016-02-26T21:23:06.5+02:00")");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time(), json::nanotime(sys_days{2016y / 2 / 26} + 19h + 23min + 6s + 500ms));
  EXPECT_EQ(t->fraction_digits(), 1);
  EXPECT_EQ(t->utc_offset(), 120min);
  // The same instant spelled otherwise is another timestamp, but the same time().
  auto utc = json::parse<json::timestamp>(R"("2016-02-26T19:23:06.500Z")");
  ASSERT_TRUE(utc);
  EXPECT_NE(*t, *utc);
  EXPECT_EQ(t->time(), utc->time());
  // Built from a time point: UTC, milliseconds unless told.
  EXPECT_EQ(json::to_string(json::timestamp(sys_seconds{0s})), R"("1970-01-01T00:00:00.000Z")");
  EXPECT_EQ(json::to_string(json::timestamp(sys_seconds{0s}, 0, -90min)), R"("1969-12-31T22:30:00-01:30")");
}

TEST(Timestamp, RefusesWhatIsNoRfc3339TimeOrFinerThanANanosecond) {
  EXPECT_EQ(json::parse<json::timestamp>(R"("2016-02-30T00:00:00Z")").error().message(),
            R"($: expected RFC 3339 timestamp from 1677-09-21 to 2262-04-11, got "2016-02-30T00:00:00Z")");
  EXPECT_EQ(json::parse<json::timestamp>(R"("2016-02-26T21:23:06.0000000001Z")").error().message(),
            R"($: expected a time with at most nanosecond precision, got "2016-02-26T21:23:06.0000000001Z")");
  EXPECT_EQ(json::parse<json::timestamp>("1456521786").error().message(), "$: expected string, got number 1456521786");
}

TEST(Timestamp, ArbitraryTimestampsRoundTrip) {
  EXPECT_EQ(lambda::json::testing::check_round_trips<std::vector<json::timestamp>>(8, 500), std::nullopt);
}

}  // namespace
