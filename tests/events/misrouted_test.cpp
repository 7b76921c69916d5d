// An event sent to the wrong handler must fail with a path, not parse as an empty event of another
// kind: every sample of ours is read as every other event type, and must be refused by each type
// that does not share its shape. Types that do share one (an EventBridge envelope, the Cognito
// user-pool header, ...) are grouped below, with the reason.

#include <lambda/events/catalog.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Types whose events legitimately read as each other.
const std::vector<std::set<std::string>> same_shape = {
    // EventBridge's envelope around each service's detail (the detail is what differs).
    {"CloudWatchEvent", "ScheduledEvent", "AutoScalingEvent", "CodeBuildEvent", "CodeDeployEvent",
     "CodePipelineCloudWatchEvent", "ECRImageActionEvent", "ECRScanEvent", "ECSContainerInstanceEvent",
     "ECSTaskStateChangeEvent", "S3ObjectCreateEvent", "S3ObjectDeleteEvent", "S3ObjectRestoreEvent", "S3ObjectEvent"},
    // Every user-pool trigger has the same header; triggerSource says which it is.
    {"CognitoEventUserPoolsPreSignup", "CognitoEventUserPoolsPreAuthentication",
     "CognitoEventUserPoolsPostAuthentication", "CognitoEventUserPoolsPostConfirmation",
     "CognitoEventUserPoolsMigrateUser", "CognitoEventUserPoolsDefineAuthChallenge",
     "CognitoEventUserPoolsCreateAuthChallenge", "CognitoEventUserPoolsVerifyAuthChallenge",
     "CognitoEventUserPoolsPreTokenGen", "CognitoEventUserPoolsPreTokenGenV2", "CognitoEventUserPoolsCustomMessage",
     "CognitoEventUserPoolsCustomEmailSender", "CognitoEventUserPoolsCustomSMSSender",
     "CognitoEventUserPoolsInboundFederation"},
    // Payload format 2.0: HTTP APIs, function URLs and HTTP API authorizers send the same request.
    {"APIGatewayV2HTTPRequest", "LambdaFunctionURLRequest", "APIGatewayV2CustomAuthorizerV2Request"},
    // Payload format 1.0: REST requests and REQUEST authorizers carry the same request.
    {"APIGatewayProxyRequest", "APIGatewayCustomAuthorizerRequestTypeRequest", "APIGatewayV2CustomAuthorizerV1Request"},
    // A REQUEST authorizer of a WebSocket API receives the $connect request itself.
    {"APIGatewayWebsocketProxyRequest", "APIGatewayCustomAuthorizerRequestTypeRequest"},
    // A time-window event is the stream's event plus the window.
    {"DynamoDBEvent", "DynamoDBTimeWindowEvent"},
    {"KinesisEvent", "KinesisTimeWindowEvent"},
    // S3 Batch Operations schema 1.0 and 2.0 differ inside the tasks.
    {"S3BatchJobEvent", "S3BatchJobEventV2"},
    // Kinesis Data Analytics preprocessing and delivery events share their envelope.
    {"KinesisAnalyticsFirehoseInputPreprocessingEvent", "KinesisAnalyticsStreamsInputPreprocessingEvent",
     "KinesisAnalyticsOutputDeliveryEvent"},
};

bool share_shape(const std::string& a, const std::string& b) {
  return a == b || std::any_of(same_shape.begin(), same_shape.end(),
                               [&](const auto& group) { return group.count(a) && group.count(b); });
}

// Responses are the function's to write, and AppSync's identities are parts of an event.
bool is_event(std::string_view name) { return !name.ends_with("Response") && !name.ends_with("Identity"); }

// A batch with no records (a time window's last invoke may have none) fits every batch type.
bool is_empty_batch(const std::string& text) {
  return text.find("\"Records\": []") != std::string::npos || text.find("\"Records\":[]") != std::string::npos;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(MisroutedEvents, EveryEventTypeRefusesTheSamplesOfOtherKinds) {
  std::vector<std::string> accepted;
  int refused = 0;
  for (const auto& entry : fs::directory_iterator(LAMBDAGEN_OWN_SAMPLES_DIR)) {
    const std::string file = entry.path().filename().string();
    const std::string sample_type = file.substr(0, file.find('.'));
    if (!is_event(sample_type)) continue;
    const std::string text = read_file(entry.path());
    if (is_empty_batch(text)) continue;
    for (const auto& type : lambda::events::catalog()) {
      const std::string name(type.name);
      if (!is_event(name) || share_shape(name, sample_type)) continue;
      if (type.check(text))
        accepted.push_back(name + " accepted " + file);
      else
        ++refused;
    }
  }
  EXPECT_GT(refused, 1000);
  EXPECT_TRUE(accepted.empty()) << [&] {
    std::string all;
    for (const auto& line : accepted) all += line + "\n";
    return all;
  }();
}

TEST(MisroutedEvents, TheErrorNamesTheKeyTheRightEventWouldHave) {
  const char* http_api = R"({"version":"2.0","routeKey":"POST /orders","rawPath":"/orders",
      "requestContext":{"http":{"method":"POST"}},"body":"{\"id\":\"o-1\"}"})";
  auto as_sqs = lambda::events::find_event_type("SQSEvent")->check(http_api);
  ASSERT_FALSE(as_sqs);
  EXPECT_EQ(as_sqs.error().message(), R"($: expected required key "Records", got an object without it)");

  auto body_as_request = lambda::events::find_event_type("APIGatewayV2HTTPRequest")->check(R"({"id":"o-1"})");
  ASSERT_FALSE(body_as_request);
  EXPECT_EQ(body_as_request.error().kind(), lambda::json::errc::missing_key);

  auto sqs_as_sns = lambda::events::find_event_type("SNSEvent")
                        ->check(R"({"Records":[{"messageId":"m-1","body":"{}","eventSource":"aws:sqs"}]})");
  ASSERT_FALSE(sqs_as_sns);
  EXPECT_EQ(sqs_as_sns.error().path(), "$.Records[0]");
  EXPECT_EQ(sqs_as_sns.error().expected(), R"(required key "Sns")");
}

}  // namespace
