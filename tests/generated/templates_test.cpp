// Codecs of class template specializations (tests/generated/templates.h): read, written, round
// tripped, errors with their member paths, and the borrowed variant of a templated message.
#include "templates.json.h"
#include "templates_user.json.h"

#include <gtest/gtest.h>

namespace json = lambda::json;

namespace {

constexpr std::string_view full_feed = R"({
  "created": {"detail": {"order": "o-1", "quantity": 2}, "eventId": "e-1", "retryCount": 3},
  "ints": [{"eventId": "e-2", "detail": -9000000000}, {"eventId": "e-3", "detail": 0}],
  "last": {"eventId": "e-4", "detail": {"body": "hi", "id": "m-1", "tags": ["a", "b"],
           "attrs": {"k": "v", "k": "w"}, "counts": {"x": 1}}},
  "by_name": {"n": {"eventId": "e-5", "detail": ["p", "q"]}}
})";

events::Feed expected_feed() {
  events::Feed f;
  f.created = {"e-1", {"o-1", 2}, 3};
  f.ints = {{"e-2", -9000000000, std::nullopt}, {"e-3", 0, std::nullopt}};
  events::Message m;
  m.body = "hi";
  m.id = "m-1";
  m.tags = {"a", "b"};
  m.attrs.emplace_back("k", "v");
  m.attrs.emplace_back("k", "w");
  m.counts = {{"x", 1}};
  f.last = events::Envelope<events::Message>{"e-4", m, std::nullopt};
  f.by_name = {{"n", {"e-5", {"p", "q"}, std::nullopt}}};
  return f;
}

TEST(Templates, ReadsEverySpecializationAMemberUses) {
  auto r = json::parse<events::Feed>(full_feed);
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(*r, expected_feed());
}

TEST(Templates, WritesWithTheTemplatesNamesAndAnnotations) {
  EXPECT_EQ(json::to_string(expected_feed()),
            R"({"created":{"eventId":"e-1","detail":{"order":"o-1","quantity":2},"retryCount":3},)"
            R"("ints":[{"eventId":"e-2","detail":-9000000000},{"eventId":"e-3","detail":0}],)"
            R"("last":{"eventId":"e-4","detail":{"body":"hi","id":"m-1","tags":["a","b"],)"
            R"("attrs":{"k":"v","k":"w"},"counts":{"x":1}}},)"
            R"("by_name":{"n":{"eventId":"e-5","detail":["p","q"]}}})");
}

TEST(Templates, RoundTrips) {
  const events::Feed f = expected_feed();
  auto back = json::parse<events::Feed>(json::to_string(f));
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(*back, f);
}

TEST(Templates, ErrorsNameThePathThroughTheSpecialization) {
  auto wrong = json::parse<events::Feed>(R"({"created": {"eventId": "e", "detail": {"order": 5}}})");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().path(), "$.created.detail.order");
  EXPECT_EQ(wrong.error().kind(), json::errc::wrong_type);

  auto range =
      json::parse<events::Feed>(R"({"ints": [{"eventId": "e", "detail": 1}, {"eventId": "e", "detail": 1.5}]})");
  ASSERT_FALSE(range);
  EXPECT_EQ(range.error().path(), "$.ints[1].detail");

  // REQUIRED on the template's member holds in every specialization.
  auto missing = json::parse<events::Feed>(R"({"last": {"detail": {"body": "b"}}})");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message(), "$.last: expected required key \"eventId\", got an object without it");
  auto nested = json::parse<events::Feed>(R"({"created": {"eventId": "e", "detail": {}}})");
  ASSERT_FALSE(nested);
  EXPECT_EQ(nested.error().path(), "$.created.detail");
}

TEST(Templates, AnAliasNamedSpecializationHasItsCodec) {
  auto r = json::parse<events::CreatedEvent>(R"({"eventId": "e", "detail": {"order": "o"}})");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->payload.order, "o");
  EXPECT_EQ(json::to_string(*r), R"({"eventId":"e","detail":{"order":"o","quantity":0}})");
}

TEST(Templates, TheBorrowedVariantReadsViewsIntoTheParser) {
  json::parser parser;
  auto r = parser.parse<events::MessageView>(
      R"({"body": "b\u00e9\n", "id": "i", "tags": ["t"], "attrs": {"Key": "v"}, "counts": {"c": 7}})");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->body, "b\xC3\xA9\n");
  EXPECT_EQ(r->id, std::optional<std::string_view>("i"));
  EXPECT_EQ(r->tags, std::vector<std::string_view>{"t"});
  ASSERT_EQ(r->attrs.size(), 1u);
  EXPECT_EQ(r->attrs.at("Key"), "v");
  EXPECT_EQ(r->counts.at("c"), 7);
  EXPECT_EQ(json::to_string(*r), R"({"body":"bé\n","id":"i","tags":["t"],"attrs":{"Key":"v"},"counts":{"c":7}})");

  // Owned and borrowed variants read the same text to the same values.
  auto owned = json::parse<events::Message>(json::to_string(*r));
  ASSERT_TRUE(owned) << owned.error().message();
  EXPECT_EQ(owned->body, r->body);
  EXPECT_EQ(owned->attrs.at("Key"), "v");
}

TEST(Templates, AnotherHeaderUsesTheSameSpecializationsCodecs) {
  auto r =
      json::parse<events::Archive>(R"({"created": [{"eventId": "e", "detail": {"order": "o"}}], "view": {"body": "b"},)"
                                   R"( "flag": {"eventId": "f", "detail": true}})");
  ASSERT_TRUE(r) << r.error().message();
  ASSERT_EQ(r->created.size(), 1u);
  EXPECT_EQ(r->created[0].payload.order, "o");
  EXPECT_EQ(r->view->body, "b");
  EXPECT_TRUE(r->flag.payload);
  EXPECT_EQ(json::to_string(*r), R"({"created":[{"eventId":"e","detail":{"order":"o","quantity":0}}],)"
                                 R"("view":{"body":"b","tags":[],"attrs":{},"counts":{}},)"
                                 R"("flag":{"eventId":"f","detail":true}})");
}

}  // namespace
