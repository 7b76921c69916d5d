// EventBridge: the raw detail read later as a typed detail, and the typed events derived from
// the envelope.
#include "payload_types.json.h"

#include <lambda/events/autoscaling.h>
#include <lambda/events/eventbridge.h>
#include <lambda/json.h>  // the library's codecs of standard types, parsed and written directly here

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace {

namespace ev = lambda::events;

constexpr const char* autoscaling_event = R"({
  "version": "0", "id": "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
  "detail-type": "EC2 Instance Launch Successful", "source": "aws.autoscaling",
  "account": "123456789012", "time": "2024-11-19T07:06:40Z", "region": "eu-west-1",
  "resources": ["arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:x"],
  "detail": {"AutoScalingGroupName": "web-asg", "EC2InstanceId": "i-0abc", "StatusCode": "InProgress",
             "Details": {"Availability Zone": "eu-west-1a"}}
})";

TEST(EventBridge, RawDetailIsReadAsTheUsersType) {
  auto event = lambda::json::parse<ev::CloudWatchEvent>(autoscaling_event);
  ASSERT_TRUE(event) << event.error().message();
  EXPECT_EQ(event->detail_type, "EC2 Instance Launch Successful");
  auto detail = ev::detail_as<ev::AutoScalingEventDetail>(*event);
  ASSERT_TRUE(detail) << detail.error().message();
  EXPECT_EQ(detail->AutoScalingGroupName, "web-asg");
  ASSERT_TRUE(detail->Details);
  EXPECT_EQ(detail->Details->at("Availability Zone"), "eu-west-1a");

  auto as_map = ev::detail_as<std::map<std::string, int>>(*event);
  ASSERT_FALSE(as_map);
  EXPECT_EQ(as_map.error().path(), "$.AutoScalingGroupName");  // paths are within the detail
}

TEST(EventBridge, AbsentDetailReadsAsNull) {
  auto event = lambda::json::parse<ev::CloudWatchEvent>(
      R"({"id":"e-1","detail-type":"Ping","source":"custom.app","account":"123456789012",
          "time":"2026-11-29T12:00:00Z","region":"eu-west-1"})");
  ASSERT_TRUE(event) << event.error().message();
  auto detail = ev::detail_as<ev::AutoScalingEventDetail>(*event);
  ASSERT_FALSE(detail);
  EXPECT_NE(detail.error().message().find("null"), std::string::npos) << detail.error().message();
  EXPECT_TRUE(ev::detail_as<std::optional<ev::AutoScalingEventDetail>>(*event));
}

TEST(EventBridge, TypedEventsShareTheEnvelope) {
  auto typed = lambda::json::parse<ev::AutoScalingEvent>(autoscaling_event);
  ASSERT_TRUE(typed) << typed.error().message();
  EXPECT_EQ(typed->source, "aws.autoscaling");
  EXPECT_EQ(typed->detail.EC2InstanceId, "i-0abc");
  const std::string written = lambda::json::to_string(*typed);
  EXPECT_NE(written.find(R"("detail-type":"EC2 Instance Launch Successful")"), std::string::npos) << written;
  EXPECT_NE(written.find(R"("time":"2024-11-19T07:06:40Z")"), std::string::npos) << written;

  ev::ScheduledEvent scheduled;
  scheduled.source = "aws.events";
  EXPECT_NE(lambda::json::to_string(scheduled).find(R"("detail":{})"), std::string::npos);
}

constexpr const char* order_event = R"({
  "version": "0", "id": "e-7", "detail-type": "Order Placed", "source": "shop.orders",
  "account": "123456789012", "time": "2026-11-29T12:00:00Z", "region": "eu-west-1",
  "resources": [], "detail": {"orderId": "o-\u00e9", "total": 4200}
})";

TEST(EventBridge, ATypedDetailIsReadWithTheEnvelope) {
  auto event = lambda::json::parse<payload_test::OrderPlacedEvent>(order_event);
  ASSERT_TRUE(event) << event.error().message();
  EXPECT_EQ(event->source, "shop.orders");
  EXPECT_EQ(event->detail.orderId, "o-é");
  EXPECT_EQ(event->detail.total, 4200);
  // The envelope reads as the raw event's does, and the whole writes back to itself.
  auto raw = lambda::json::parse<ev::CloudWatchEvent>(order_event);
  ASSERT_TRUE(raw);
  EXPECT_EQ(lambda::json::to_string(static_cast<const ev::CloudWatchEventEnvelope&>(*event)),
            lambda::json::to_string(static_cast<const ev::CloudWatchEventEnvelope&>(*raw)));
  const std::string written = lambda::json::to_string(*event);
  EXPECT_NE(written.find(R"("detail":{"orderId":"o-é","total":4200})"), std::string::npos) << written;
  auto back = lambda::json::parse<payload_test::OrderPlacedEvent>(written);
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(lambda::json::to_string(*back), written);
}

TEST(EventBridge, ATypedDetailThatDoesNotFitSaysWhere) {
  std::string wrong = order_event;
  wrong.replace(wrong.find(R"("o-\u00e9")"), 10, "7");
  auto event = lambda::json::parse<payload_test::OrderPlacedEvent>(wrong);
  ASSERT_FALSE(event);
  EXPECT_EQ(event.error().message(), "$.detail.orderId: expected string, got number 7");

  auto without = lambda::json::parse<payload_test::OrderPlacedEvent>(
      R"({"id":"e-1","detail-type":"Ping","source":"custom.app","account":"123456789012",
          "time":"2026-11-29T12:00:00Z","region":"eu-west-1"})");
  ASSERT_FALSE(without);
  EXPECT_EQ(without.error().message(), R"($: expected required key "detail", got an object without it)");
}

}  // namespace
