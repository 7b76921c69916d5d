// The borrowed event types (`lambda::events::borrowed::…`, std::string_view members): every sample
// of an event that has one reads as the owned type reads it (the two write the same text), errors
// are the same, escaped strings are unescaped, and the HTTP helpers take them.
#include "payload_types.json.h"
#include "sample_files.h"

#include <lambda/events/alb.h>
#include <lambda/events/apigateway.h>
#include <lambda/events/http.h>
#include <lambda/events/lambda_url.h>
#include <lambda/events/s3.h>
#include <lambda/events/sqs.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace ev = lambda::events;
namespace fs = std::filesystem;

/// The texts of our samples of `type`, and of the third-party ones fixture-types.tsv reads as it
/// (when ../shared/fixtures is present), each with its name.
std::vector<std::pair<std::string, std::string>> samples_of(std::string_view type) {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const auto& entry : fs::directory_iterator(LAMBDAGEN_OWN_SAMPLES_DIR)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(std::string(type) + ".", 0) == 0) texts.emplace_back(name, *events_test::read_file(entry.path()));
  }
  std::ifstream table(LAMBDAGEN_FIXTURE_TABLE);
  for (std::string line; std::getline(table, line);) {
    std::istringstream row(line);
    std::string file, row_type;
    if (line.empty() || line[0] == '#' || !(row >> file >> row_type) || row_type != type) continue;
    if (auto text = events_test::fixture(file)) texts.emplace_back(file, std::move(*text));
  }
  return texts;
}

/// Reads every sample of `Owned` as `Owned` and as `Borrowed`: both succeed or both fail with the
/// same message, and what succeeds writes the same text.
template <class Owned, class Borrowed>
void reads_as_owned(std::string_view type) {
  const auto texts = samples_of(type);
  ASSERT_FALSE(texts.empty()) << "no sample of " << type;
  for (const auto& [name, text] : texts) {
    auto owned = lambda::json::parse<Owned>(text);
    const std::string owned_out = owned ? lambda::json::to_string(*owned) : owned.error().message();
    auto borrowed = lambda::json::parse<Borrowed>(text);
    const std::string borrowed_out = borrowed ? lambda::json::to_string(*borrowed) : borrowed.error().message();
    EXPECT_EQ(bool(owned), bool(borrowed)) << name;
    EXPECT_EQ(owned_out, borrowed_out) << name;
  }
  if (events_test::fixtures_dir().empty())
    std::fprintf(stderr, "note: ../shared/fixtures is absent; %.*s was checked on our own samples only\n",
                 static_cast<int>(type.size()), type.data());
}

TEST(Borrowed, EverySampleReadsAsTheOwnedTypeReadsIt) {
  reads_as_owned<ev::S3Event, ev::borrowed::S3Event>("S3Event");
  reads_as_owned<ev::SQSEvent, ev::borrowed::SQSEvent>("SQSEvent");
  reads_as_owned<ev::APIGatewayProxyRequest, ev::borrowed::APIGatewayProxyRequest>("APIGatewayProxyRequest");
  reads_as_owned<ev::APIGatewayV2HTTPRequest, ev::borrowed::APIGatewayV2HTTPRequest>("APIGatewayV2HTTPRequest");
  reads_as_owned<ev::LambdaFunctionURLRequest, ev::borrowed::LambdaFunctionURLRequest>("LambdaFunctionURLRequest");
  reads_as_owned<ev::ALBTargetGroupRequest, ev::borrowed::ALBTargetGroupRequest>("ALBTargetGroupRequest");
}

TEST(Borrowed, EscapedStringsAreUnescapedAndPlainOnesPointIntoTheParsersCopy) {
  const std::string text =
      *events_test::read_file(fs::path(LAMBDAGEN_OWN_SAMPLES_DIR) / "LambdaFunctionURLRequest.iam-nulls-unicode.json");
  auto request = lambda::json::parse<ev::borrowed::LambdaFunctionURLRequest>(text);
  ASSERT_TRUE(request) << request.error().message();
  const std::string_view* escapes = request->header("X-Escapes");
  ASSERT_NE(escapes, nullptr);
  EXPECT_EQ(*escapes, std::string_view("\"\\/\b\f\n\r\t\0\x1f", 10));
  EXPECT_EQ(*request->header("x-unicode"), "üñî 中文 🚀");
  // Not into `text`: json::parse(std::string_view) reads from the parser's padded copy.
  const auto* begin = text.data();
  EXPECT_FALSE(request->rawPath.data() >= begin && request->rawPath.data() < begin + text.size());
}

TEST(Borrowed, ErrorsNameThePathAsForTheOwnedType) {
  const std::string text = R"({"Records":[{"messageId":"m-1","body":7}]})";
  auto owned = lambda::json::parse<ev::SQSEvent>(text);
  auto borrowed = lambda::json::parse<ev::borrowed::SQSEvent>(text);
  ASSERT_FALSE(owned);
  ASSERT_FALSE(borrowed);
  EXPECT_EQ(borrowed.error().message(), owned.error().message());
  EXPECT_EQ(borrowed.error().path(), "$.Records[0].body");
}

TEST(Borrowed, ParseIntoReusesTheVectorsAndMapsOfABorrowedEvent) {
  const auto texts = samples_of("SQSEvent");
  ev::borrowed::SQSEvent event;
  for (const auto& [name, text] : texts) {
    ASSERT_TRUE(lambda::json::parse_into(text, event)) << name;
    auto fresh = lambda::json::parse<ev::SQSEvent>(text);
    ASSERT_TRUE(fresh) << name;
    EXPECT_EQ(lambda::json::to_string(event), lambda::json::to_string(*fresh)) << name;
  }
}

TEST(Borrowed, TheHttpHelpersTakeBorrowedRequests) {
  ev::borrowed::APIGatewayV2HTTPRequest request;
  const std::string body = R"({"a":1})";
  request.body = body;
  auto probe = ev::body_as<payload_test::Probe>(request);
  ASSERT_TRUE(probe) << probe.error().message();
  EXPECT_EQ(probe->a, 1);

  ev::borrowed::APIGatewayProxyRequest rest;
  auto none = ev::body_as<payload_test::Probe>(rest);
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().message(), "$.body: expected a JSON value, got no body");
}

}  // namespace
