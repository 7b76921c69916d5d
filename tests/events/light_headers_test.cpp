// The light headers (issue 17 item 6): every event header, the runtime and a user's generated
// header compile without simdjson, and parsing, parse_into, writing, body_as, batch records and log
// fields work through them. Only generated .json.cpp files and <lambda/json.h> include simdjson.
#include "every_event_header.h"  // written by CMake: one #include per <lambda/events/*.h>
#include "payload_types.json.h"

#include <lambda/events/batch.h>
#include <lambda/events/http.h>
#include <lambda/log.h>
#include <lambda/runtime.h>

#if defined(SIMDJSON_VERSION)
#error "a light header included simdjson: only <lambda/json.h> and generated .json.cpp files may"
#endif
// Nor the library's codecs: those of standard types come with <lambda/json.h>.
static_assert(!lambda::json::serializable<std::string>);

#include <gtest/gtest.h>

#include <string>

namespace {

using lambda::events::APIGatewayProxyRequest;
using lambda::events::APIGatewayProxyResponse;

constexpr std::string_view request_text =
    R"({"resource":"/orders","path":"/orders","httpMethod":"POST","headers":{"Content-Type":"application/json"},)"
    R"("body":"{\"id\":\"A-1\",\"customer\":{\"id\":\"C-7\"},\"items\":[{\"sku\":\"X\",\"qty\":2}]}",)"
    R"("isBase64Encoded":false,"requestContext":{}})";

TEST(LightHeaders, ParseParseIntoAndWriteAnEvent) {
  auto request = lambda::json::parse<APIGatewayProxyRequest>(request_text);
  ASSERT_TRUE(request) << request.error().message();
  EXPECT_EQ(request->httpMethod, "POST");
  ASSERT_NE(request->header("content-type"), nullptr);
  EXPECT_EQ(*request->header("content-type"), "application/json");

  APIGatewayProxyRequest reused;
  reused.path = "/left-over";
  ASSERT_TRUE(lambda::json::parse_into(request_text, reused));
  EXPECT_EQ(reused.path, "/orders");

  APIGatewayProxyResponse response;
  response.statusCode = 201;
  response.body = "done";
  std::string text;
  lambda::json::to_string(response, text);
  EXPECT_EQ(text, lambda::json::to_string(response));
  EXPECT_NE(text.find(R"("statusCode":201)"), std::string::npos) << text;
  auto back = lambda::json::parse<APIGatewayProxyResponse>(text);
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(back->body, "done");
}

TEST(LightHeaders, ErrorsKeepTheirPath) {
  auto bad = lambda::json::parse<APIGatewayProxyRequest>(R"({"httpMethod":7})");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message(), "$.httpMethod: expected string, got number 7");
}

TEST(LightHeaders, PaddedTextIsReadInPlace) {
  std::string text(request_text);
  text.reserve(text.size() + lambda::json::text_padding);
  auto request = lambda::json::parse<APIGatewayProxyRequest>(lambda::json::padded_text(text));
  ASSERT_TRUE(request) << request.error().message();
  EXPECT_EQ(request->resource, "/orders");
}

TEST(LightHeaders, BodyAsAndLogFieldsOfAnnotatedTypes) {
  auto request = lambda::json::parse<APIGatewayProxyRequest>(request_text);
  ASSERT_TRUE(request);
  auto order = lambda::events::body_as<payload_test::Order>(*request);
  ASSERT_TRUE(order) << order.error().message();
  EXPECT_EQ(order->items.at(0).qty, 2);

  lambda::log::field item("item", order->items.at(0));
  EXPECT_EQ(item.json(), R"({"sku":"X","qty":2})");
  EXPECT_EQ(lambda::log::field("qty", 2).json(), "2");
  EXPECT_EQ(lambda::log::field("ratio", 0.5).json(), "0.5");
  EXPECT_EQ(lambda::log::field("ok", true).json(), "true");
}

}  // namespace
