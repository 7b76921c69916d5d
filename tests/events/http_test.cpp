// HTTP helpers: request bodies read as the user's type (base64 bodies included, errors with their
// path in the event), and responses built from a status and a value, written and read back.
#include "payload_types.json.h"
#include "sample_files.h"

#include <lambda/events/http.h>
#include <lambda/json.h>  // the library's codecs of standard types, parsed and written directly here

#include <gtest/gtest.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

namespace ev = lambda::events;
using payload_test::Order;
using payload_test::Probe;

template <class Event>
Event own(const char* name) {
  auto event = lambda::json::parse<Event>(events_test::own_sample(name));
  EXPECT_TRUE(event) << name << ": " << event.error().message();
  return event ? std::move(*event) : Event{};
}

TEST(HttpBody, ThirdPartyRestAndHttpApiBodies) {
  LOAD_FIXTURE_OR_SKIP(ev::APIGatewayProxyRequest, rest, "aws-lambda-go/apigw-request.json");
  auto a = ev::body_as<Probe>(*rest);
  ASSERT_TRUE(a) << a.error().message();
  EXPECT_EQ(a->a, 1);

  LOAD_FIXTURE_OR_SKIP(ev::APIGatewayProxyRequest, dotnet, "aws-lambda-dotnet/proxy-event.json");
  auto b = ev::body_as<Probe>(*dotnet);
  ASSERT_TRUE(b) << b.error().message();
  EXPECT_EQ(b->a, 1);

  LOAD_FIXTURE_OR_SKIP(ev::APIGatewayV2HTTPRequest, v2, "aws-lambda-go/apigw-v2-request-iam.json");
  auto c = ev::body_as<Probe>(*v2);
  ASSERT_TRUE(c) << c.error().message();
  EXPECT_EQ(c->a, 1);
}

TEST(HttpBody, ThirdPartyBodiesThatAreNotJsonSayWhere) {
  // A function URL sample whose body is plain text.
  LOAD_FIXTURE_OR_SKIP(ev::LambdaFunctionURLRequest, url, "aws-lambda-go/lambda-urls-request.json");
  auto text = ev::body_as<Probe>(*url);
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().path(), "$.body");

  // A load balancer sample that claims a base64 body and is not base64.
  LOAD_FIXTURE_OR_SKIP(ev::ALBTargetGroupRequest, alb, "aws-lambda-dotnet/alb-request-single-value.json");
  ASSERT_TRUE(alb->isBase64Encoded);
  auto bad = ev::body_as<Probe>(*alb);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind(), lambda::json::errc::invalid_value);
  EXPECT_EQ(bad.error().message().rfind(
                "$.body: expected base64 (isBase64Encoded is true), got invalid base64 at offset ", 0),
            0u)
      << bad.error().message();

  // An ALB request without body.
  LOAD_FIXTURE_OR_SKIP(ev::ALBTargetGroupRequest, empty, "aws-lambda-go/alb-lambda-target-request-headers-only.json");
  auto none = ev::body_as<Probe>(*empty);
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().message(), "$.body: expected a JSON value, got an empty body");
}

TEST(HttpBody, OwnSamples) {
  // Base64 of {"k":"\u00e9"}.
  auto url = own<ev::LambdaFunctionURLRequest>("LambdaFunctionURLRequest.iam-nulls-unicode.json");
  ASSERT_TRUE(url.isBase64Encoded);
  auto map = ev::body_as<std::map<std::string, std::string>>(url);
  ASSERT_TRUE(map) << map.error().message();
  EXPECT_EQ(map->at("k"), "\xC3\xA9");

  // A REST request whose body is null: an error, or an empty optional when asked for one.
  auto rest = own<ev::APIGatewayProxyRequest>("APIGatewayProxyRequest.console-test-nulls.json");
  ASSERT_FALSE(rest.body);
  auto missing = ev::body_as<Probe>(rest);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind(), lambda::json::errc::missing_key);
  EXPECT_EQ(missing.error().message(), "$.body: expected a JSON value, got no body");
  auto optional = ev::body_as<std::optional<Probe>>(rest);
  ASSERT_TRUE(optional) << optional.error().message();
  EXPECT_FALSE(*optional);

  // JSON followed by control characters: the parser's error, below $.body.
  auto v2 = own<ev::APIGatewayV2HTTPRequest>("APIGatewayV2HTTPRequest.lambda-authorizer-unicode.json");
  auto trailing = ev::body_as<std::map<std::string, std::string>>(v2);
  ASSERT_FALSE(trailing);
  EXPECT_EQ(trailing.error().path(), "$.body");
}

TEST(HttpBody, ErrorPathsAreWithinTheEvent) {
  ev::APIGatewayV2HTTPRequest request;
  request.body = R"({"id":"o-1","customer":{"id":"c-1"},"items":[{"sku":"a","qty":"2"}]})";
  auto order = ev::body_as<Order>(request);
  ASSERT_FALSE(order);
  EXPECT_EQ(order.error().path(), "$.body.items[0].qty");
  EXPECT_EQ(order.error().message().rfind("$.body.items[0].qty: expected ", 0), 0u) << order.error().message();
  EXPECT_NE(order.error().message().find("got string"), std::string::npos) << order.error().message();

  request.body = R"({"id":"o-1","customer":{},"odd key":{"x":[1,2]}})";
  auto missing = ev::body_as<Order>(request);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().path(), "$.body.customer");  // the object that lacks the key
  EXPECT_EQ(missing.error().kind(), lambda::json::errc::missing_key);
  EXPECT_NE(missing.error().message().find("id"), std::string::npos) << missing.error().message();

  request.body = "[1]";
  auto top = ev::body_as<Order>(request);
  ASSERT_FALSE(top);
  EXPECT_EQ(top.error().path(), "$.body");
  auto element = ev::body_as<std::vector<std::string>>(request);
  ASSERT_FALSE(element);
  EXPECT_EQ(element.error().path(), "$.body[0]");
}

TEST(HttpBody, Base64BodiesAreDecodedForEveryEventType) {
  const std::string json = R"({"id":"o-7","customer":{"id":"c-9"},"items":[{"sku":"ü","qty":3}]})";
  const std::string encoded = lambda::json::base64_encode(json);
  // Puts the encoded body into a request of each type, reads it, and gives the request back.
  auto encoded_in = [&](auto request) {
    request.body = encoded;
    request.isBase64Encoded = true;
    auto order = ev::body_as<Order>(request);
    EXPECT_TRUE(order) << order.error().message();
    if (!order) return request;
    EXPECT_EQ(order->id, "o-7");
    EXPECT_EQ(order->customer.id, "c-9");
    EXPECT_EQ(order->items.size(), 1u);
    EXPECT_EQ(order->items.at(0).sku, "ü");
    EXPECT_EQ(order->items.at(0).qty, 3);
    return request;
  };
  encoded_in(ev::APIGatewayProxyRequest{});
  encoded_in(ev::APIGatewayV2HTTPRequest{});
  encoded_in(ev::APIGatewayWebsocketProxyRequest{});
  encoded_in(ev::ALBTargetGroupRequest{});
  auto url = encoded_in(ev::LambdaFunctionURLRequest{});

  // The same text without the flag is read as it stands (and is not JSON).
  url.isBase64Encoded = false;
  EXPECT_FALSE(ev::body_as<Order>(url));
  // Base64 of nothing is an empty body.
  url.body = "";
  url.isBase64Encoded = true;
  auto empty = ev::body_as<Order>(url);
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().message(), "$.body: expected a JSON value, got an empty body");
}

Order sample_order() { return Order{.id = "o-1", .customer = {.id = "c-\"1\""}, .items = {{.sku = "ß", .qty = 2}}}; }

// Writes `response`, reads it back, and checks what every response type shares.
template <class Response>
Response round_trip(const Response& response, int status, std::string_view content_type) {
  auto back = lambda::json::parse<Response>(lambda::json::to_string(response));
  EXPECT_TRUE(back) << back.error().message();
  if (!back) return {};
  EXPECT_EQ(back->statusCode, status);
  EXPECT_EQ(back->headers.size(), 1u);
  EXPECT_EQ(back->headers["content-type"], content_type);
  return std::move(*back);
}

template <class Response>
class HttpResponse : public testing::Test {};
using ResponseTypes = testing::Types<ev::APIGatewayProxyResponse, ev::APIGatewayV2HTTPResponse,
                                     ev::ALBTargetGroupResponse, ev::LambdaFunctionURLResponse>;
TYPED_TEST_SUITE(HttpResponse, ResponseTypes);

TYPED_TEST(HttpResponse, JsonBodyIsWrittenByTheCodec) {
  const auto response = ev::json_response<TypeParam>(201, sample_order());
  auto back = round_trip(response, 201, "application/json");
  EXPECT_FALSE(back.isBase64Encoded);
  auto order = lambda::json::parse<Order>(back.body);
  ASSERT_TRUE(order) << order.error().message();
  EXPECT_EQ(lambda::json::to_string(*order), lambda::json::to_string(sample_order()));
}

TYPED_TEST(HttpResponse, TextAndBinaryBodies) {
  auto text = round_trip(ev::text_response<TypeParam>(404, "no such order: é"), 404, "text/plain; charset=utf-8");
  EXPECT_EQ(text.body, "no such order: é");
  EXPECT_FALSE(text.isBase64Encoded);

  const std::vector<std::byte> png = {std::byte{0x89}, std::byte{'P'}, std::byte{0x00}, std::byte{0xFF}};
  auto binary = round_trip(ev::binary_response<TypeParam>(200, png, "image/png"), 200, "image/png");
  EXPECT_TRUE(binary.isBase64Encoded);
  lambda::json::bytes decoded;
  ASSERT_FALSE(lambda::json::base64_decode(binary.body, decoded));
  EXPECT_EQ(decoded, png);
  auto from_string =
      round_trip(ev::binary_response<TypeParam>(200, std::string_view("\0\1", 2)), 200, "application/octet-stream");
  EXPECT_EQ(from_string.body, "AAE=");
}

TEST(HttpResponseAlb, StatusLineAndBothHeaderMaps) {
  auto created = ev::json_response<ev::ALBTargetGroupResponse>(201, sample_order());
  EXPECT_EQ(created.statusDescription, "201 Created");
  ASSERT_EQ(created.multiValueHeaders.size(), 1u);
  EXPECT_EQ(created.multiValueHeaders["content-type"], std::vector<std::string>{"application/json"});
  EXPECT_EQ(ev::text_response<ev::ALBTargetGroupResponse>(503, "").statusDescription, "503 Service Unavailable");
  EXPECT_EQ(ev::text_response<ev::ALBTargetGroupResponse>(299, "").statusDescription, "299");

  // Written and read back as the load balancer would.
  auto back = lambda::json::parse<ev::ALBTargetGroupResponse>(lambda::json::to_string(created));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->statusDescription, "201 Created");
  EXPECT_EQ(back->multiValueHeaders["content-type"], std::vector<std::string>{"application/json"});
}

}  // namespace
