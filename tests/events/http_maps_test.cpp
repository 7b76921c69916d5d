// The maps of the HTTP events (http_maps.h): header names found in any case, parameters by their
// exact name, entries read and written in document order, repeated names kept, and parse_into
// leaving no entry of the previous request behind.
#include "sample_files.h"

#include <lambda/events/alb.h>
#include <lambda/events/apigateway.h>
#include <lambda/events/lambda_url.h>
#include <lambda/events/vpc_lattice.h>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

namespace ev = lambda::events;

template <class Event>
Event own(const char* name) {
  auto event = lambda::json::parse<Event>(events_test::own_sample(name));
  EXPECT_TRUE(event) << name << ": " << event.error().message();
  return event ? std::move(*event) : Event{};
}

template <class Map>
std::vector<std::string> names(const Map& map) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : map) keys.push_back(key);
  return keys;
}

TEST(HttpMaps, HeaderNamesAreFoundInAnyCase) {
  auto url = own<ev::LambdaFunctionURLRequest>("LambdaFunctionURLRequest.iam-nulls-unicode.json");
  ASSERT_NE(url.header("X-Unicode"), nullptr);
  EXPECT_EQ(*url.header("X-Unicode"), "üñî 中文 🚀");
  EXPECT_TRUE(url.headers.contains("X-EMPTY"));
  EXPECT_EQ(url.headers.find("x-escapes"), url.headers.find("X-Escapes"));
  EXPECT_EQ(url.header("x-unicodf"), nullptr);

  auto rest = own<ev::APIGatewayProxyRequest>("APIGatewayProxyRequest.http-api-v1-payload.json");
  ASSERT_NE(rest.header("HEADER2"), nullptr);
  EXPECT_EQ(*rest.header("HEADER2"), "value2");
  ASSERT_TRUE(rest.multiValueHeaders);
  EXPECT_EQ(rest.multiValueHeaders->at("Header2"), (std::vector<std::string>{"value1", "value2"}));
}

TEST(HttpMaps, ParametersAreFoundByTheirExactName) {
  auto rest = own<ev::APIGatewayProxyRequest>("APIGatewayProxyRequest.http-api-v1-payload.json");
  ASSERT_NE(rest.query_parameter("parameter1"), nullptr);
  EXPECT_EQ(*rest.query_parameter("parameter1"), "value1");
  EXPECT_EQ(rest.query_parameter("Parameter1"), nullptr);

  auto lattice = own<ev::VpcLatticeRequestV2>("VpcLatticeRequestV2.iam-multi-value.json");
  EXPECT_EQ(lattice.queryStringParameters.at("multi"), (std::vector<std::string>{"a", "DEF", "g", ""}));
  EXPECT_FALSE(lattice.queryStringParameters.contains("MULTI"));
  EXPECT_EQ(lattice.headers.at("Multi"), (std::vector<std::string>{"x", "y", "中"}));
}

TEST(HttpMaps, EntriesKeepTheOrderTheyWereSentIn) {
  auto alb = own<ev::ALBTargetGroupRequest>("ALBTargetGroupRequest.unicode-escapes.json");
  EXPECT_EQ(names(alb.headers), (std::vector<std::string>{"content-type", "x-unicode", "x-escapes", "x-empty"}));
  EXPECT_EQ(names(alb.queryStringParameters), (std::vector<std::string>{"q", "empty"}));
  auto lattice = own<ev::VpcLatticeRequestV2>("VpcLatticeRequestV2.iam-multi-value.json");
  EXPECT_EQ(names(lattice.headers), (std::vector<std::string>{"user-agent", "accept", "multi", "x-amzn-source-vpc"}));
}

TEST(HttpMaps, AResponseWritesItsHeadersInTheOrderTheyWereAdded) {
  ev::APIGatewayV2HTTPResponse response;
  response.headers["x-request-id"] = "r-1";
  response.headers["Content-Type"] = "text/plain";
  response.headers["content-type"] = "application/json";  // the same header: replaces the value
  const std::string text = lambda::json::to_string(response);
  EXPECT_NE(text.find(R"("headers":{"x-request-id":"r-1","Content-Type":"application/json"})"), std::string::npos)
      << text;
}

TEST(HttpMaps, ARepeatedNameIsKeptAsSent) {
  // API Gateway sends one value per name in `headers`; a client-built event might not. Reading
  // keeps both entries (std::map kept the last); lookups see the first, and writing gives both back.
  const std::string text = R"({"statusCode":200,"headers":{"Set-Cookie":"a=1","set-cookie":"b=2"},"body":""})";
  auto response = lambda::json::parse<ev::LambdaFunctionURLResponse>(text);
  ASSERT_TRUE(response) << response.error().message();
  EXPECT_EQ(response->headers.size(), 2u);
  EXPECT_EQ(response->headers.count("SET-COOKIE"), 2u);
  EXPECT_EQ(response->headers.at("set-cookie"), "a=1");
  EXPECT_NE(lambda::json::to_string(*response).find(R"("headers":{"Set-Cookie":"a=1","set-cookie":"b=2"})"),
            std::string::npos);
}

TEST(HttpMaps, ParseIntoLeavesNoHeaderOfThePreviousRequest) {
  auto request = own<ev::ALBTargetGroupRequest>("ALBTargetGroupRequest.unicode-escapes.json");
  ASSERT_EQ(request.headers.size(), 4u);
  auto status =
      lambda::json::parse_into(events_test::own_sample("ALBTargetGroupRequest.null-query-and-body.json"), request);
  ASSERT_TRUE(status) << status.error().message();
  EXPECT_EQ(names(request.headers), (std::vector<std::string>{"accept", "host", "x-amzn-trace-id", "x-forwarded-for",
                                                              "x-forwarded-port", "x-forwarded-proto"}));
  EXPECT_EQ(request.header("Content-Type"), nullptr);
  EXPECT_TRUE(request.queryStringParameters.empty());
}

TEST(HttpMaps, TheLoadBalancersLookupFallsBackToTheMultiValueMap) {
  ev::ALBTargetGroupRequest request;
  request.multiValueHeaders = {{"Accept", {"text/html", "application/json"}}};
  ASSERT_NE(request.header("accept"), nullptr);
  EXPECT_EQ(*request.header("accept"), "application/json");
  request.headers = {{"accept", "*/*"}};
  EXPECT_EQ(*request.header("ACCEPT"), "*/*");
}

}  // namespace
