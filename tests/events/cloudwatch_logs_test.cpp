// lambda::events::decode_logs_data / encode_logs_data: base64 + gzip + JSON, and clear errors.
// The payloads below were made with Python's gzip.compress(..., mtime=0) and base64.b64encode.

#include <lambda/events/cloudwatch_logs.h>

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace {

using lambda::events::CloudwatchLogsData;
using lambda::events::CloudwatchLogsEvent;
using lambda::events::CloudwatchLogsRawData;
using lambda::events::decode_logs_data;
using lambda::events::encode_logs_data;
using lambda::json::errc;

// {"messageType":"DATA_MESSAGE","owner":"123456789012","logGroup":"/aws/lambda/café","logStream":"s",
//  "subscriptionFilters":["f1","f2"],"logEvents":[{"id":"e1","timestamp":1440442987000,"message":"café 🚀\n"},
//  {"id":"e2","timestamp":1440442987001,"message":"","extractedFields":{"level":"ERROR"}}]}
constexpr const char* good =
    "H4sIAAAAAAACA32PS2rDMBCGr2JmHbCkqs1jZ6iTVSnY2bUhKPbYCOQHkpK0GEPP0U3XPUculCPE44RAN93O980//3RQoXOqxPVni7AI4Dla"
    "R9uXOE2jVQyTAJpjjZYAFw/y8Wk6mzMuCJimXNlm3xIL1dGFRlW7XIWZKk6/NyH1FlVFhqOJ2+9cZnXrdVMvtfFo3cDeoOBECwGb61p8wNqP"
    "qAOd0zqOhtdDWa8qusmlZFKK+WzKGBvY7Q2SxwbB+ef7672GfhLcQ8R/IfxvCKn44a3KPOZLjSanQh0YPKAhIU6S1wT6ftNfAKCLoalEAQAA";

CloudwatchLogsRawData raw(std::string data) { return CloudwatchLogsRawData{std::move(data)}; }

TEST(CloudwatchLogs, DecodesTheAwsSample) {
  // The payload of aws-lambda-go's and aws-lambda-dotnet's cloudwatch-logs-event.json.
  auto logs = decode_logs_data(raw(
      "H4sIAAAAAAAAAHWPwQqCQBCGX0Xm7EFtK+smZBEUgXoLCdMhFtKV3akI8d0bLYmibvPPN3wz00CJxmQnTO41whwWQRIctmEcB6sQbFC3CjW3XW8k"
      "xpOpP+OC22d1Wml1qZkQGtoMsScxaczKN3plG8zlaHIta5KqWsozoTYw3/djzwhpLwivWFGHGpAFe7DL68JlBUk+l7KSN7tCOEJ4M3/qOI49vMHj"
      "+zCKdlFqLaU2ZHV2a4Ct/an0/ivdX8oYc1UVX860fQDQiMdxRQEAAA=="));
  ASSERT_TRUE(logs) << logs.error().message();
  EXPECT_EQ(logs->messageType, "DATA_MESSAGE");
  EXPECT_EQ(logs->owner, "123456789123");
  EXPECT_EQ(logs->logGroup, "testLogGroup");
  EXPECT_EQ(logs->logStream, "testLogStream");
  ASSERT_EQ(logs->subscriptionFilters.size(), 1u);
  EXPECT_EQ(logs->subscriptionFilters[0], "testFilter");
  ASSERT_EQ(logs->logEvents.size(), 2u);
  EXPECT_EQ(logs->logEvents[0].id, "eventId1");
  EXPECT_EQ(logs->logEvents[0].timestamp.time().time_since_epoch(), std::chrono::milliseconds(1440442987000));
  EXPECT_EQ(logs->logEvents[1].message, "[ERROR] Second test message");
}

TEST(CloudwatchLogs, DecodesOurOwnUnicodePayloadFromTheEvent) {
  CloudwatchLogsEvent event;
  event.awslogs.data = good;
  auto logs = decode_logs_data(event);
  ASSERT_TRUE(logs) << logs.error().message();
  EXPECT_EQ(logs->logGroup, "/aws/lambda/caf\xC3\xA9");
  ASSERT_EQ(logs->subscriptionFilters.size(), 2u);
  ASSERT_EQ(logs->logEvents.size(), 2u);
  EXPECT_EQ(logs->logEvents[0].message, "caf\xC3\xA9 \xF0\x9F\x9A\x80\n");
  EXPECT_FALSE(logs->logEvents[0].extractedFields);
  ASSERT_TRUE(logs->logEvents[1].extractedFields);
  EXPECT_EQ(logs->logEvents[1].extractedFields->at("level"), "ERROR");
  EXPECT_EQ(logs->logEvents[1].timestamp.time().time_since_epoch(), std::chrono::milliseconds(1440442987001));
}

TEST(CloudwatchLogs, EncodeThenDecodeGivesTheSameData) {
  auto original = decode_logs_data(raw(good));
  ASSERT_TRUE(original) << original.error().message();
  CloudwatchLogsEvent event = encode_logs_data(*original);
  EXPECT_EQ(event.awslogs.data.substr(0, 4), "H4sI");  // base64 of gzip's magic bytes
  auto again = decode_logs_data(event);
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_EQ(lambda::json::to_string(*again), lambda::json::to_string(*original));
}

TEST(CloudwatchLogs, EncodesAnEmptyDocument) {
  auto again = decode_logs_data(encode_logs_data(CloudwatchLogsData{}));
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_TRUE(again->logEvents.empty());
}

void expect_error(const lambda::json::result<CloudwatchLogsData>& r, errc kind, std::string_view path,
                  std::string_view expected, std::string_view found_part) {
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), kind);
  EXPECT_EQ(r.error().path(), path);
  EXPECT_EQ(r.error().expected(), expected);
  EXPECT_NE(r.error().found().find(found_part), std::string_view::npos) << r.error().message();
}

TEST(CloudwatchLogs, RejectsBadBase64WithItsOffset) {
  expect_error(decode_logs_data(raw("H4sI!AAA")), errc::invalid_value, "$.awslogs.data", "base64", "offset 4");
}

TEST(CloudwatchLogs, RejectsEmptyData) {
  expect_error(decode_logs_data(raw("")), errc::invalid_value, "$.awslogs.data", "gzip data", "truncated");
}

TEST(CloudwatchLogs, RejectsBase64ThatIsNotGzip) {
  // "hello"
  expect_error(decode_logs_data(raw("aGVsbG8=")), errc::invalid_value, "$.awslogs.data", "gzip data", "corrupt");
}

TEST(CloudwatchLogs, RejectsTruncatedGzip) {
  expect_error(
      decode_logs_data(raw("H4sIAAAAAAACA32PS2rDMBCGr2JmHbCkqs1jZ6iTVSnY2bUhKPbYCOQHkpK0GEPP0U3XPUculCPE44RAN"
                           "93O980//3RQoXOqxPVni7AI4DlaR9uXOE2jVQyTAJpjjZYAFw/y8Wk6mzMuCJimXNlm3xIL1dGFRlW7XA==")),
      errc::invalid_value, "$.awslogs.data", "gzip data", "truncated");
}

TEST(CloudwatchLogs, RejectsCorruptGzip) {
  // `good` with two bytes of the deflate stream flipped.
  auto r = decode_logs_data(raw(
      "H4sIAAAAAAACA32PS2rDzxCGr2KZHbCkqs1jZ6iTVSnY2bUhKPbYCOQHkpK0GEPP0U3XPUculCPE44RAN93O980//3RQoXOqxPVni7AI4Dla"
      "R9uXOE2jVQyTAJpjjZYAFw/y8Wk6mzMuCJimXNlm3xIL1dGFRlW7XIWZKk6/NyH1FlVFhqOJ2+9cZnXrdVMvtfFo3cDeoOBECwGb61p8wNqP"
      "qAOd0zqOhtdDWa8qusmlZFKK+WzKGBvY7Q2SxwbB+ef7672GfhLcQ8R/IfxvCKn44a3KPOZLjSanQh0YPKAhIU6S1wT6ftNfAKCLoalEAQAA"));
  expect_error(r, errc::invalid_value, "$.awslogs.data", "gzip data", "corrupt");
}

TEST(CloudwatchLogs, RejectsBytesAfterTheGzipStream) {
  // `good` followed by "xx".
  expect_error(decode_logs_data(raw(std::string(good) + "eHg=")), errc::invalid_value, "$.awslogs.data", "gzip data",
               "after the end");
}

TEST(CloudwatchLogs, RejectsPayloadsBeyondTheSizeLimit) {
  // gzip of {"owner":"aaa…"} with 200000 'a's: 200 kB inflated from 250 bytes.
  const std::string big =
      "H4sIAAAAAAACA+3BMQ0AIBAEMC8nAzcMrJCw/EDwjgb2tier5thp6QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
      "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
      "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAt9wHfOgBj0wNAwA=";
  expect_error(decode_logs_data(raw(big), 1000), errc::invalid_value, "$.awslogs.data", "gzip data",
               "more than 1000 bytes");
  auto fits = decode_logs_data(raw(big));
  ASSERT_TRUE(fits) << fits.error().message();
  EXPECT_EQ(fits->owner.size(), 200000u);
}

TEST(CloudwatchLogs, ReportsJsonErrorsWithTheirPathInTheDecodedDocument) {
  // gzip of a document whose logEvents[0].timestamp is "soon".
  auto r = decode_logs_data(
      raw("H4sIAAAAAAACAz2NsQrDMAxE/0Vzlq7ZDHUzdXK2EorbCiOILWMpLSXk36sQ6PiOd3cr8Kdggx5O0MHMaWi8VMN0YNCGMRuLsSwPeTaqSlwu"
          "NCs2gf42dZBRJCYcvxVNPbvR3a8+BDf4Y8W/sejurkAvM6LFStbSmPczYS7wn7EgwzZtP0T9JlacAAAA"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), errc::wrong_type);
  EXPECT_EQ(r.error().path(), "$.logEvents[0].timestamp");
}

TEST(CloudwatchLogs, ReportsGzippedTextThatIsNotJson) {
  auto r = decode_logs_data(raw("H4sIAAAAAAACA8vLL1HIKs7PAwBmy4zGCAAAAA=="));  // gzip of "not json"
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().path(), "$");
}

}  // namespace
