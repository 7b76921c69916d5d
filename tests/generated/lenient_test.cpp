// LAMBDA_JSON_NULL_AS_DEFAULT, LAMBDA_JSON_ALIAS and LAMBDA_JSON_EXTRA through generated codecs:
// reading what other producers send, writing it back, and every error path they add.
#include "shop.json.h"

#include <lambda/json.h>  // the library's codecs of standard types, parsed and written directly here

#include <gtest/gtest.h>

#include <string>

namespace json = lambda::json;

namespace {

template <class T>
std::string error_of(std::string_view text) {
  auto r = json::parse<T>(text);
  if (r) return "(parsed)";
  return r.error().message();
}

TEST(NullAsDefault, NullReadsAsTheMembersDefault) {
  auto w = json::parse<shop::Webhook>(
      R"({"id":"w1","headers":null,"items":null,"attempt":null,"body":null,"SigningCertUrl":null,"total":null})");
  ASSERT_TRUE(w) << w.error().message();
  shop::Webhook expected;
  expected.id = "w1";
  EXPECT_EQ(*w, expected);
  EXPECT_EQ(w->attempt, 1);  // the default member initializer, not zero
}

TEST(NullAsDefault, NullForARequiredMemberIsAMissingKey) {
  EXPECT_EQ(error_of<shop::Webhook>(R"({"id":null})"), R"($: expected required key "id", got null for it)");
}

TEST(NullAsDefault, OnOneMemberTheOthersStayStrict) {
  auto r = json::parse<shop::Receipt>(R"({"id":"r","notes":null,"status":"paid"})");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_TRUE(r->notes.empty());
  EXPECT_EQ(error_of<shop::Receipt>(R"({"id":"r","status":null})"), "$.status: expected string, got null");
  // Members of nested types keep their own rules: Money is not NULL_AS_DEFAULT.
  EXPECT_EQ(error_of<shop::Webhook>(R"({"id":"w","total":{"cents":null}})"),
            "$.total.cents: expected integer, got null");
}

TEST(NullAsDefault, NullAfterAValueOfTheSameKeyResetsIt) {
  auto w = json::parse<shop::Webhook>(R"({"id":"w","attempt":4,"headers":{"a":"b"},"attempt":null,"headers":null})");
  ASSERT_TRUE(w) << w.error().message();
  EXPECT_EQ(w->attempt, 1);
  EXPECT_TRUE(w->headers.empty());
}

TEST(NullAsDefault, ParseIntoResetsWhatANullReplaces) {
  shop::Webhook w;
  ASSERT_TRUE(
      json::parse_into(R"({"id":"a","attempt":5,"headers":{"x":"y"},"items":[{"sku":"s"}],"body":"b","other":1})", w));
  ASSERT_TRUE(json::parse_into(R"({"id":"b","attempt":null,"headers":null})", w));
  shop::Webhook expected;
  expected.id = "b";
  EXPECT_EQ(w, expected);
}

TEST(NullAsDefault, AMalformedNullIsASyntaxError) {
  auto r = json::parse<shop::Webhook>(R"({"id":"w","attempt":nul})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), json::errc::syntax);
  EXPECT_EQ(r.error().path(), "$.attempt");
}

TEST(Alias, EveryAliasReadsIntoTheMemberWhichWritesItsOwnKey) {
  for (std::string key : {"SigningCertUrl", "SigningCertURL", "signing_cert_url"}) {
    auto w = json::parse<shop::Webhook>(R"({"id":"w",")" + key + R"(":"https://sns/cert.pem"})");
    ASSERT_TRUE(w) << key << ": " << w.error().message();
    EXPECT_EQ(w->SigningCertUrl, "https://sns/cert.pem") << key;
    EXPECT_TRUE(w->other.empty()) << key;
    std::string written = json::to_string(*w);
    EXPECT_NE(written.find(R"("SigningCertUrl":"https://sns/cert.pem")"), std::string::npos) << written;
    EXPECT_EQ(written.find("SigningCertURL"), std::string::npos) << written;
  }
}

TEST(Alias, AnErrorNamesTheKeyTheDocumentUsed) {
  EXPECT_EQ(error_of<shop::Webhook>(R"({"id":"w","SigningCertURL":5})"),
            "$.SigningCertURL: expected string, got number 5");
}

TEST(Extra, UnknownKeysAreKeptVerbatimAndWrittenAfterTheMembers) {
  auto w = json::parse<shop::Webhook>(
      R"({"deploymentId":"d-1","id":"w","nested":{"a": [1, 2.50]},"gone":null,"attempt":2,"big":18446744073709551616})");
  ASSERT_TRUE(w) << w.error().message();
  ASSERT_EQ(w->other.size(), 4u);
  EXPECT_EQ(w->other.at("deploymentId").text, R"("d-1")");
  EXPECT_EQ(w->other.at("nested").text, R"({"a":[1,2.50]})");  // tokens verbatim, whitespace dropped
  EXPECT_TRUE(w->other.at("gone").empty());
  EXPECT_EQ(w->other.at("big").text, "18446744073709551616");
  EXPECT_EQ(json::to_string(*w),
            R"({"id":"w","headers":{},"items":[],"attempt":2,"SigningCertUrl":"","total":{"cents":0,"currency":""},)"
            R"("big":18446744073709551616,"deploymentId":"d-1","gone":null,"nested":{"a":[1,2.50]}})");
}

TEST(Extra, AnInheritedExtraIsWrittenAfterTheDerivedMembers) {
  auto w = json::parse<shop::SignedWebhook>(R"({"id":"w","signature":"s","x":true})");
  ASSERT_TRUE(w) << w.error().message();
  EXPECT_EQ(w->other.size(), 1u);
  std::string written = json::to_string(*w);
  EXPECT_TRUE(written.ends_with(R"(,"signature":"s","x":true})")) << written;
}

TEST(Extra, EntriesUnderAMembersKeyAreNotWritten) {
  shop::Webhook w;
  w.id = "w";
  w.other["id"].text = R"("shadow")";
  w.other["SigningCertURL"].text = R"("alias")";
  w.other["kept"].text = "1";
  std::string written = json::to_string(w);
  EXPECT_EQ(written.find("shadow"), std::string::npos) << written;
  EXPECT_EQ(written.find("alias"), std::string::npos) << written;
  EXPECT_TRUE(written.ends_with(R"("kept":1})")) << written;
  auto back = json::parse<shop::Webhook>(written);
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(back->id, "w");
}

TEST(Extra, UnknownValuesAreStillValidated) {
  auto bad = json::parse<shop::Webhook>("{\"id\":\"w\",\"x\":\"\xC3\x28\"}");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind(), json::errc::invalid_utf8);
  EXPECT_EQ(bad.error().path(), "$.x");
  auto truncated = json::parse<shop::Webhook>(R"({"id":"w","x":[1,})");
  ASSERT_FALSE(truncated);
  EXPECT_EQ(truncated.error().kind(), json::errc::syntax);
}

TEST(Extra, ARepeatedUnknownKeyKeepsTheLastValue) {
  auto w = json::parse<shop::Webhook>(R"({"id":"w","x":1,"x":[2]})");
  ASSERT_TRUE(w) << w.error().message();
  EXPECT_EQ(w->other.at("x").text, "[2]");
}

TEST(Extra, ParseIntoLeavesNothingOfTheEarlierDocument) {
  shop::Webhook w;
  ASSERT_TRUE(json::parse_into(R"({"id":"a","x":1,"y":2})", w));
  ASSERT_TRUE(json::parse_into(R"({"id":"b","z":3})", w));
  ASSERT_EQ(w.other.size(), 1u);
  EXPECT_EQ(w.other.at("z").text, "3");
  ASSERT_TRUE(json::parse_into(R"({"id":"c"})", w));
  EXPECT_TRUE(w.other.empty());
}

TEST(Extra, NothingExtraWritesNothingExtra) {
  shop::Webhook w;
  w.id = "w";
  EXPECT_EQ(json::to_string(w),
            R"({"id":"w","headers":{},"items":[],"attempt":1,"SigningCertUrl":"","total":{"cents":0,"currency":""}})");
}

TEST(Extra, AWriterAskedToOmitThemWritesOnlyTheDeclaredKeys) {
  auto w = json::parse<shop::SignedWebhook>(R"({"id":"w","x":1,"signature":"s"})");
  ASSERT_TRUE(w) << w.error().message();
  json::writer out;
  out.omit_extra();
  json::codec<shop::SignedWebhook>::write(out, *w);
  EXPECT_EQ(out.view(), R"({"id":"w","headers":{},"items":[],"attempt":1,"SigningCertUrl":"",)"
                        R"("total":{"cents":0,"currency":""},"signature":"s"})");
}

}  // namespace

namespace {

TEST(Timestamp, AMemberKeepsTheSpellingItCameWith) {
  for (std::string_view time : {"2016-02-26T21:23:06Z", "2016-02-26T21:23:06.236Z", "2016-02-26T23:23:06.2+02:00"}) {
    std::string text = R"({"id":"w","delivered_at":")" + std::string(time) + R"("})";
    auto w = json::parse<shop::Webhook>(text);
    ASSERT_TRUE(w) << w.error().message();
    EXPECT_NE(json::to_string(*w).find(std::string(time)), std::string::npos) << json::to_string(*w);
  }
}

}  // namespace
