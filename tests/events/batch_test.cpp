// Typed batch bodies: SQS, SNS, Kinesis and Kafka records read as the user's type, errors with their
// path in the event, and partial batch responses built from the records that failed.
#include "payload_types.json.h"
#include "sample_files.h"

#include <lambda/events/batch.h>
#include <lambda/json.h>  // the library's codecs of standard types, parsed and written directly here

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

namespace ev = lambda::events;
using payload_test::Order;

// An SQS event of three orders whose second body is broken as `bad_body` says.
ev::SQSEvent sqs_event(std::string bad_body, std::string queue = "arn:aws:sqs:eu-west-1:123456789012:orders") {
  ev::SQSEvent event;
  const std::vector<std::string> bodies = {R"({"id":"o-1","customer":{"id":"c-1"}})", std::move(bad_body),
                                           R"({"id":"o-3","customer":{"id":"c-3"},"items":[{"sku":"x","qty":1}]})"};
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    ev::SQSMessage m;
    m.messageId = "m-" + std::to_string(i + 1);
    m.body = bodies[i];
    m.eventSourceARN = queue;
    event.Records.push_back(std::move(m));
  }
  return event;
}

std::vector<std::string> identifiers(const auto& response) {
  std::vector<std::string> out;
  for (const auto& f : response.batchItemFailures) out.push_back(f.itemIdentifier);
  return out;
}

TEST(TypedRecords, SqsBodiesWithPerRecordErrors) {
  const auto event = sqs_event(R"({"id":"o-2","customer":{"id":7}})");
  ev::SQSEventResponse response;
  std::vector<std::string> shipped;
  for (auto& m : ev::typed_records<Order>(event)) {
    if (!m.body) {
      EXPECT_EQ(m.body.error().path(), "$.Records[1].body.customer.id");
      EXPECT_EQ(m.record.messageId, "m-2");
      ev::add_failure(response, m);
      continue;
    }
    shipped.push_back(m.body->id);
  }
  EXPECT_EQ(shipped, (std::vector<std::string>{"o-1", "o-3"}));

  // Written and read back as Lambda reads it.
  auto back = lambda::json::parse<ev::SQSEventResponse>(lambda::json::to_string(response));
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(identifiers(*back), std::vector<std::string>{"m-2"});
}

static_assert(std::ranges::input_range<ev::typed_batch<Order, ev::SQSMessage>>);
static_assert(std::ranges::input_range<ev::typed_batch<Order, ev::KafkaRecord>>);

TEST(TypedRecords, RangeAndIndexAccess) {
  const auto event = sqs_event("not json");
  const auto batch = ev::typed_records<Order>(event);
  ASSERT_EQ(batch.size(), 3u);
  EXPECT_EQ(&batch.record(1), &event.Records[1]);
  auto second = batch.read(1);
  ASSERT_FALSE(second.body);
  EXPECT_EQ(second.body.error().path(), "$.Records[1].body");
  EXPECT_EQ(batch.read(2).body->items.at(0).sku, "x");
  std::size_t n = 0;
  for (auto it = batch.begin(); it != batch.end(); ++it) n += it->body ? 1 : 0;
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(std::ranges::count_if(batch, [](const auto& m) { return !m.body; }), 1);
}

TEST(ProcessBatch, BadJsonInRecordTwoOfThreeFailsExactlyThatRecord) {
  const auto event = sqs_event(R"({"id":"o-2","customer":{"id":"c-2"}, oops})");
  std::vector<std::string> seen;
  auto result = ev::process_batch<Order>(event, [&](Order& order) { seen.push_back(order.id); });
  EXPECT_EQ(seen, (std::vector<std::string>{"o-1", "o-3"}));
  EXPECT_EQ(identifiers(result.response), std::vector<std::string>{"m-2"});
  ASSERT_EQ(result.failures.size(), 1u);
  EXPECT_EQ(result.failures[0].item_identifier, "m-2");
  EXPECT_EQ(result.failures[0].reason.rfind("$.Records[1].body", 0), 0u) << result.failures[0].reason;

  auto back = lambda::json::parse<ev::SQSEventResponse>(lambda::json::to_string(result.response));
  ASSERT_TRUE(back);
  EXPECT_EQ(identifiers(*back), std::vector<std::string>{"m-2"});
}

TEST(ProcessBatch, FunctionFailuresThrowOrFalse) {
  const auto event = sqs_event(R"({"id":"o-2","customer":{"id":"c-2"}})");
  auto thrown = ev::process_batch<Order>(event, [](const Order& order, const ev::SQSMessage& m) {
    if (order.id == "o-3") throw std::runtime_error("warehouse closed for " + m.messageId);
  });
  EXPECT_EQ(identifiers(thrown.response), std::vector<std::string>{"m-3"});
  ASSERT_EQ(thrown.failures.size(), 1u);
  EXPECT_EQ(thrown.failures[0].reason, "warehouse closed for m-3");

  auto refused = ev::process_batch<Order>(event, [](Order& order) { return order.id != "o-1"; });
  EXPECT_EQ(identifiers(refused.response), std::vector<std::string>{"m-1"});
  EXPECT_EQ(refused.failures.at(0).reason, "the function returned false");

  auto fine = ev::process_batch<Order>(event, [](Order&) { return true; });
  EXPECT_TRUE(fine.response.batchItemFailures.empty());
  EXPECT_EQ(lambda::json::to_string(fine.response), R"({"batchItemFailures":[]})");
}

TEST(ProcessBatch, FifoQueueStopsAtTheFirstFailureAndReturnsTheRest) {
  const auto event = sqs_event("{", "arn:aws:sqs:eu-west-1:123456789012:orders.fifo");
  int calls = 0;
  auto result = ev::process_batch<Order>(event, [&](Order&) { ++calls; });
  EXPECT_EQ(calls, 1);  // o-3 is not attempted: it would overtake o-2
  EXPECT_EQ(identifiers(result.response), (std::vector<std::string>{"m-2", "m-3"}));
  ASSERT_EQ(result.failures.size(), 1u);
  EXPECT_EQ(result.failures[0].item_identifier, "m-2");
}

TEST(ProcessBatch, ABorrowedSqsEventGivesTheSameResultAsTheOwnedOne) {
  for (const char* queue : {"arn:aws:sqs:eu-west-1:123456789012:orders", "arn:aws:sqs:eu-west-1:1:orders.fifo"}) {
    const auto owned = sqs_event(R"({"id":"o-2","customer":{"id":7}})", queue);
    const std::string text = lambda::json::to_string(owned);
    auto borrowed = lambda::json::parse<ev::borrowed::SQSEvent>(text);
    ASSERT_TRUE(borrowed) << borrowed.error().message();
    std::vector<std::string> seen;
    auto expected = ev::process_batch<Order>(owned, [](Order&) {});
    auto result = ev::process_batch<Order>(*borrowed, [&](Order& order, const ev::borrowed::SQSMessage& m) {
      seen.push_back(std::string(m.messageId) + ":" + order.id);
    });
    EXPECT_EQ(lambda::json::to_string(result.response), lambda::json::to_string(expected.response)) << queue;
    ASSERT_EQ(result.failures.size(), 1u);
    EXPECT_EQ(result.failures[0].item_identifier, "m-2");
    EXPECT_EQ(result.failures[0].reason, expected.failures[0].reason);
    EXPECT_EQ(result.failures[0].reason.rfind("$.Records[1].body.customer.id: expected string", 0), 0u)
        << result.failures[0].reason;
    EXPECT_EQ(seen.front(), "m-1:o-1");
  }
}

ev::KinesisEvent kinesis_event() {
  // `data` is base64 in the event, as Kinesis sends it; the second record holds a wrong type.
  const std::string records[] = {R"({"id":"k-1","customer":{"id":"c"}})", R"({"id":"k-2","items":{}})",
                                 R"({"id":"k-3"})"};
  std::string json = R"({"Records":[)";
  for (int i = 0; i < 3; ++i) {
    json += (i ? "," : "");
    json +=
        R"({"kinesis":{"partitionKey":"p","sequenceNumber":"4956816737333333333333333333333333333333333333333333333)" +
        std::to_string(i) + R"(","data":")" + lambda::json::base64_encode(records[i]) +
        R"(","approximateArrivalTimestamp":1428537600.123},"eventSource":"aws:kinesis"})";
  }
  json += "]}";
  auto event = lambda::json::parse<ev::KinesisEvent>(json);
  EXPECT_TRUE(event) << event.error().message();
  return event ? std::move(*event) : ev::KinesisEvent{};
}

TEST(TypedRecords, KinesisDataIsDecodedThenRead) {
  const auto event = kinesis_event();
  std::vector<std::string> paths;
  for (auto& r : ev::typed_records<Order>(event))
    paths.push_back(r.body ? r.body->id : std::string(r.body.error().path()));
  EXPECT_EQ(paths, (std::vector<std::string>{"k-1", "$.Records[1].kinesis.data.items", "k-3"}));
}

TEST(ProcessBatch, KinesisReportsTheFirstFailedSequenceNumberAndStops) {
  const auto event = kinesis_event();
  std::vector<std::string> seen;
  auto result = ev::process_batch<Order>(event, [&](Order& o) { seen.push_back(o.id); });
  EXPECT_EQ(seen, std::vector<std::string>{"k-1"});
  const std::string second = event.Records[1].kinesis.sequenceNumber;
  const std::string third = event.Records[2].kinesis.sequenceNumber;
  EXPECT_EQ(identifiers(result.response), (std::vector<std::string>{second, third}));
  ASSERT_EQ(result.failures.size(), 1u);
  EXPECT_EQ(result.failures[0].item_identifier, second);

  auto back = lambda::json::parse<ev::KinesisEventResponse>(lambda::json::to_string(result.response));
  ASSERT_TRUE(back);
  EXPECT_EQ(identifiers(*back), (std::vector<std::string>{second, third}));
}

TEST(TypedRecords, ThirdPartyKinesisAndSqsSamplesAreNotJson) {
  LOAD_FIXTURE_OR_SKIP(ev::KinesisEvent, kinesis, "aws-lambda-go/kinesis-event.json");
  auto result = ev::process_batch<Order>(*kinesis, [](Order&) {});
  // "Hello World" (decoded from base64) is not JSON: the first record fails, the second follows it.
  EXPECT_EQ(identifiers(result.response), (std::vector<std::string>{kinesis->Records[0].kinesis.sequenceNumber,
                                                                    kinesis->Records[1].kinesis.sequenceNumber}));
  ASSERT_EQ(result.failures.size(), 1u);
  EXPECT_EQ(result.failures[0].reason.rfind("$.Records[0].kinesis.data: ", 0), 0u) << result.failures[0].reason;

  LOAD_FIXTURE_OR_SKIP(ev::SQSEvent, sqs, "aws-lambda-go/sqs-event.json");
  auto messages = ev::process_batch<Order>(*sqs, [](Order&) {});
  EXPECT_EQ(identifiers(messages.response), std::vector<std::string>{"MessageID_1"});
  EXPECT_EQ(messages.failures.at(0).reason.rfind("$.Records[0].body: ", 0), 0u) << messages.failures[0].reason;
}

TEST(TypedRecords, SnsMessageOfAThirdPartySample) {
  LOAD_FIXTURE_OR_SKIP(ev::SNSEvent, sns, "aws-lambda-go/cloudwatch-alarm-sns-payload-single-metric.json");
  std::vector<std::string> alarms;
  for (auto& n : ev::typed_records<payload_test::Alarm>(*sns)) {
    ASSERT_TRUE(n.body) << n.body.error().message();
    alarms.push_back(n.body->AlarmName + ":" + n.body->OldStateValue + "->" + n.body->NewStateValue);
  }
  EXPECT_EQ(alarms, std::vector<std::string>{"EXAMPLE:INSUFFICIENT_DATA->ALARM"});
}

TEST(TypedRecords, SnsMessageErrorPath) {
  // Our sample's first message is JSON followed by control characters; the second has no message.
  const auto text = events_test::own_sample("SNSEvent.unicode-attributes.json");
  auto sns = lambda::json::parse<ev::SNSEvent>(text);
  ASSERT_TRUE(sns) << sns.error().message();
  const auto batch = ev::typed_records<lambda::json::raw_json>(*sns);
  ASSERT_EQ(batch.size(), 2u);
  EXPECT_EQ(batch.read(0).body.error().path(), "$.Records[0].Sns.Message");
  EXPECT_EQ(batch.read(1).body.error().message(),
            "$.Records[1].Sns.Message: expected a JSON value, got an empty payload");

  ev::SNSEvent event;
  event.Records.emplace_back().Sns.Message = R"({"AlarmName":["x"]})";
  EXPECT_EQ(ev::typed_records<payload_test::Alarm>(event).read(0).body.error().path(),
            "$.Records[0].Sns.Message.AlarmName");
}

TEST(TypedRecords, KafkaValuesByTopicPartition) {
  const std::string json = R"({"eventSource":"aws:kafka","records":{
    "orders.eu-0":[{"topic":"orders.eu","partition":0,"offset":15,"value":")" +
                           lambda::json::base64_encode(std::string_view(R"({"id":"a"})")) + R"("},
                   {"topic":"orders.eu","partition":0,"offset":16,"value":")" +
                           lambda::json::base64_encode(std::string_view(R"({"id":"b","items":[{"qty":1.5}]})")) + R"("},
                   {"topic":"orders.eu","partition":0,"offset":17}]}})";
  auto event = lambda::json::parse<ev::KafkaEvent>(json);
  ASSERT_TRUE(event) << event.error().message();
  const auto batch = ev::typed_records<Order>(*event);
  ASSERT_EQ(batch.size(), 3u);
  EXPECT_EQ(batch.read(0).body->id, "a");
  EXPECT_EQ(batch.read(1).record.offset, 16);
  EXPECT_EQ(batch.read(1).body.error().path(), R"($.records["orders.eu-0"][1].value.items[0].qty)");
  EXPECT_EQ(batch.read(2).body.error().message(),
            R"($.records["orders.eu-0"][2].value: expected a JSON value, got no value (a tombstone))");
  // A tombstone is an empty optional when the type allows it.
  auto optional = ev::typed_records<std::optional<Order>>(*event).read(2);
  ASSERT_TRUE(optional.body);
  EXPECT_FALSE(*optional.body);
}

TEST(TypedRecords, ThirdPartyKafkaSample) {
  LOAD_FIXTURE_OR_SKIP(ev::KafkaEvent, kafka, "aws-lambda-go/kafka-event.json");
  // The value is a UUID as text, not JSON.
  const auto batch = ev::typed_records<Order>(*kafka);
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(batch.read(0).body.error().path(), R"($.records["AWSKafkaTopic-0"][0].value)");
}

TEST(AddFailure, DynamoDBStreamsUseTheSequenceNumber) {
  LOAD_FIXTURE_OR_SKIP(ev::DynamoDBEvent, ddb, "aws-lambda-go/dynamodb-event.json");
  ASSERT_FALSE(ddb->Records.empty());
  ev::DynamoDBEventResponse response;
  ev::add_failure(response, ddb->Records.back());
  EXPECT_EQ(lambda::json::to_string(response),
            R"({"batchItemFailures":[{"itemIdentifier":")" + ddb->Records.back().dynamodb.SequenceNumber + R"("}]})");
  EXPECT_FALSE(ddb->Records.back().dynamodb.SequenceNumber.empty());
}

}  // namespace
