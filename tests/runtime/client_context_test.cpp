#include "client_context_json.h"

#include <gtest/gtest.h>

using namespace lambda::detail;

namespace {

TEST(ClientContextJson, AcceptsBothSpellingsOfTheClientFields) {
  auto snake = parse_client_context(R"({"client":{"installation_id":"i","app_title":"t"}})");
  auto camel = parse_client_context(R"({"client":{"installationId":"i","appTitle":"t","extra":{"x":1}},"other":[1]})");
  ASSERT_TRUE(std::holds_alternative<lambda::ClientContext>(snake));
  ASSERT_TRUE(std::holds_alternative<lambda::ClientContext>(camel));
  EXPECT_EQ(std::get<0>(snake).client.installation_id, "i");
  EXPECT_EQ(std::get<0>(camel).client.app_title, "t");
}

TEST(ClientContextJson, KeepsNonStringValuesAsJsonText) {
  auto parsed = parse_client_context(R"({"custom":{"s":"a\"b","n":1.5,"b":true,"z":null,"o":{"k":[1,2]}}})");
  ASSERT_TRUE(std::holds_alternative<lambda::ClientContext>(parsed));
  const auto& custom = std::get<0>(parsed).custom;
  EXPECT_EQ(custom.at("s"), "a\"b");
  EXPECT_EQ(custom.at("n"), "1.5");
  EXPECT_EQ(custom.at("b"), "true");
  EXPECT_EQ(custom.at("z"), "null");
  EXPECT_EQ(custom.at("o"), R"({"k":[1,2]})");
}

TEST(ClientContextJson, ErrorsSayWhere) {
  auto not_object = parse_client_context("[1]");
  ASSERT_TRUE(std::holds_alternative<std::string>(not_object));
  EXPECT_EQ(std::get<1>(not_object).rfind("$: expected an object", 0), 0u) << std::get<1>(not_object);
  auto bad_field = parse_client_context(R"({"client":{"app_title":7}})");
  ASSERT_TRUE(std::holds_alternative<std::string>(bad_field));
  EXPECT_EQ(std::get<1>(bad_field).rfind("$.client.app_title: expected a string", 0), 0u) << std::get<1>(bad_field);
  auto trailing = parse_client_context(R"({} x)");
  EXPECT_TRUE(std::holds_alternative<std::string>(trailing));
  auto truncated = parse_client_context(R"({"custom":{"a":"b")");
  ASSERT_TRUE(std::holds_alternative<std::string>(truncated));
  // Malformed text in our words, with the byte it goes wrong at; never simdjson's.
  EXPECT_EQ(std::get<1>(truncated),
            R"($.custom: expected ',' or '}' after an object member, got end of input at byte 18)");
  auto bad_utf8 = parse_cognito_identity("{\"cognitoIdentityId\":\"a\xff\"}");
  ASSERT_TRUE(std::holds_alternative<std::string>(bad_utf8));
  EXPECT_NE(std::get<1>(bad_utf8).find("$.cognitoIdentityId: expected valid UTF-8 text"), std::string::npos)
      << std::get<1>(bad_utf8);
}

TEST(CognitoIdentityJson, ReadsBothIds) {
  auto parsed = parse_cognito_identity(R"({"cognitoIdentityPoolId":"pool","cognitoIdentityId":"id"})");
  ASSERT_TRUE(std::holds_alternative<lambda::CognitoIdentity>(parsed));
  EXPECT_EQ(std::get<0>(parsed).identity_id, "id");
  EXPECT_EQ(std::get<0>(parsed).identity_pool_id, "pool");
  EXPECT_TRUE(std::holds_alternative<std::string>(parse_cognito_identity("not json")));
}

}  // namespace
