// Generated record and enum codecs: every member kind, every annotation, every error path.
#include "shop.json.h"

#include <gtest/gtest.h>

#include <limits>

namespace json = lambda::json;
using namespace std::chrono;

namespace {

// Every member kind, keys deliberately out of declaration order, with unknown keys to skip.
constexpr std::string_view full_order = R"({
  "lineItems": [
    {"sku": "BK-1", "quantity": 2, "unit_price": {"cents": 1999, "currency": "EUR"}, "color": "dark-blue"},
    {"sku": "MG-2", "unit_price": {"currency": "EUR", "cents": 850}, "ignored": {"deep": [1, {"x": null}]}}
  ],
  "id": "ord-1",
  "version": 3,
  "customerName": "Zo\u00eb M\u00fcller \ud83d\ude00",
  "tags": {"channel": "web", "quote\"key": "v"},
  "counters": {"views": 9223372036854775807},
  "giftNote": "Line one\nLine \"two\"\t\u0001",
  "shipping": "next_day",
  "express": true,
  "weightKg": 1.25,
  "rating": 4.5,
  "priority": -128,
  "sequence": 18446744073709551615,
  "destination": ["dock 4", "gate B"],
  "metadata": {"source": "import", "batch": [1, 2, 3]},
  "signature": "AAEC/w==",
  "createdAt": "2024-06-12T19:03:58.123Z",
  "updatedAt": 1718219038123,
  "expiresAt": 1718219038.5,
  "cacheHits": 99,
  "unknownTopLevel": "skipped"
})";

shop::Order expected_order() {
  shop::Order o;
  o.id = "ord-1";
  o.version = 3;
  o.customer_name = "Zo\xC3\xAB M\xC3\xBCller \xF0\x9F\x98\x80";
  o.line_items = {{"BK-1", 2, {1999, "EUR"}, shop::Color::blue}, {"MG-2", 1, {850, "EUR"}, std::nullopt}};
  o.tags = {{"channel", "web"}, {"quote\"key", "v"}};
  o.counters = {{"views", std::numeric_limits<std::int64_t>::max()}};
  o.gift_note = "Line one\nLine \"two\"\t\x01";
  o.shipping = shop::Shipping::NextDay;
  o.express = true;
  o.weight_kg = 1.25;
  o.rating = 4.5f;
  o.priority = -128;
  o.sequence = std::numeric_limits<std::uint64_t>::max();
  o.destination = std::vector<std::string>{"dock 4", "gate B"};
  o.metadata.text = R"({"source":"import","batch":[1,2,3]})";  // read without the whitespace
  o.signature = {std::byte{0}, std::byte{1}, std::byte{2}, std::byte{0xFF}};
  o.created_at = sys_time<milliseconds>{milliseconds{1718219038123}};
  o.updated_at = sys_time<milliseconds>{milliseconds{1718219038123}};
  o.expires_at = sys_time<milliseconds>{milliseconds{1718219038500}};
  return o;
}

TEST(Records, ReadsEveryMemberKind) {
  auto r = json::parse<shop::Order>(full_order);
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(*r, expected_order());
  EXPECT_EQ(r->cache_hits, 0) << "a skipped member is never read";
}

TEST(Records, WritesDeclarationOrderWithPolicyNames) {
  shop::Order o = expected_order();
  o.cache_hits = 7;
  o.gift_note.reset();
  EXPECT_EQ(
      json::to_string(o),
      R"({"id":"ord-1","version":3,"customerName":"Zoë Müller 😀",)"
      R"("lineItems":[{"sku":"BK-1","quantity":2,"unit_price":{"cents":1999,"currency":"EUR"},"color":"dark-blue"},)"
      R"({"sku":"MG-2","quantity":1,"unit_price":{"cents":850,"currency":"EUR"}}],)"
      R"("tags":{"channel":"web","quote\"key":"v"},"counters":{"views":9223372036854775807},)"
      R"("coupon":null,"shipping":"next_day","express":true,"weightKg":1.25,"rating":4.5,"priority":-128,)"
      R"("sequence":18446744073709551615,"destination":["dock 4","gate B"],)"
      R"("metadata":{"source":"import","batch":[1,2,3]},"signature":"AAEC/w==",)"
      R"("createdAt":"2024-06-12T19:03:58.123Z","updatedAt":1718219038123,"expiresAt":1718219038.5})");
}

TEST(Records, RoundTripsAndWritingIsAFixedPoint) {
  shop::Order o = expected_order();
  std::string once = json::to_string(o);
  auto back = json::parse<shop::Order>(once);
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(*back, o);
  EXPECT_EQ(json::to_string(*back), once);
}

TEST(Records, KeysWithEscapesMatchTheirUnescapedName) {
  auto r = json::parse<shop::Entity>(R"({"\u0069d": "x", "vers\u0069on": 2})");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->id, "x");
  EXPECT_EQ(r->version, 2);
}

TEST(Records, RepeatedKeyKeepsTheLastValue) {
  auto r = json::parse<shop::Entity>(R"({"id": "first", "id": "second"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->id, "second");
}

// A repeated record, container or map key is read as a whole too, not merged with its first
// occurrence: what the last one leaves out is the default, as parse_into gives it.
TEST(Records, RepeatedKeyOfARecordOrContainerKeepsOnlyTheLastValue) {
  const std::string text = R"({"lineItems": [{"sku": "a", "quantity": 5, "unit_price": {"cents": 100}}, {"sku": "b"}],
                              "tags": {"x": "1", "y": "2"},
                              "lineItems": [{"sku": "c"}],
                              "tags": {"z": "3"}})";
  auto fresh = json::parse<shop::Order>(text);
  ASSERT_TRUE(fresh) << fresh.error().message();
  ASSERT_EQ(fresh->line_items.size(), 1u);
  EXPECT_EQ(fresh->line_items[0], (shop::Item{.sku = "c"}));  // quantity 1 and price 0 again
  EXPECT_EQ(fresh->tags, (std::map<std::string, std::string>{{"z", "3"}}));
  shop::Order reused;
  ASSERT_TRUE(json::parse_into(text, reused));
  EXPECT_EQ(reused, *fresh);
}

TEST(Records, MissingKeysKeepDefaults) {
  auto r = json::parse<shop::Order>("{}");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(*r, shop::Order{});
}

TEST(Records, RequiredKeyMissing) {
  auto r = json::parse<shop::Order>(R"({"lineItems": [{"sku": "a"}, {"quantity": 1}]})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), json::errc::missing_key);
  EXPECT_EQ(r.error().message(), R"($.lineItems[1]: expected required key "sku", got an object without it)");
}

TEST(Records, NullIntoNonOptionalIsReported) {
  auto r = json::parse<shop::Order>(R"({"customerName": null})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message(), "$.customerName: expected string, got null");
  EXPECT_TRUE(json::parse<shop::Order>(R"({"giftNote": null, "lineItems": [{"sku": "x", "color": null}]})"));
}

TEST(Records, WrongKindsAndOverflowsCarryTheirPath) {
  auto overflow = json::parse<shop::Order>(R"({"priority": 128})");
  ASSERT_FALSE(overflow);
  EXPECT_EQ(overflow.error().message(), "$.priority: expected integer in [-128, 127], got 128");

  auto nested = json::parse<shop::Order>(R"({"lineItems": [{"sku": "a", "unit_price": {"cents": "12"}}]})");
  ASSERT_FALSE(nested);
  EXPECT_EQ(nested.error().path(), "$.lineItems[0].unit_price.cents");
  EXPECT_EQ(nested.error().kind(), json::errc::wrong_type);

  auto not_object = json::parse<shop::Order>(R"([])");
  ASSERT_FALSE(not_object);
  EXPECT_EQ(not_object.error().message(), "$: expected object, got array");

  auto negative_quantity = json::parse<shop::Item>(R"({"sku": "a", "quantity": -1})");
  ASSERT_FALSE(negative_quantity);
  EXPECT_EQ(negative_quantity.error().kind(), json::errc::out_of_range);
}

TEST(Records, UnknownEnumNameIsReported) {
  auto r = json::parse<shop::Order>(R"({"lineItems": [{"sku": "a", "color": "blue"}]})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().path(), "$.lineItems[0].color");
  EXPECT_EQ(r.error().kind(), json::errc::invalid_value);
  EXPECT_NE(r.error().expected().find("dark-blue"), std::string_view::npos);
}

TEST(Records, VariantChoosesByKind) {
  auto one = json::parse<shop::Order>(R"({"destination": "front door"})");
  ASSERT_TRUE(one);
  EXPECT_EQ(std::get<std::string>(one->destination), "front door");
  auto bad = json::parse<shop::Order>(R"({"destination": 5})");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message(), "$.destination: expected array or string, got number 5");
}

TEST(Records, BadBase64AndTimesAreReported) {
  auto b = json::parse<shop::Order>(R"({"signature": "###"})");
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().path(), "$.signature");
  auto t = json::parse<shop::Order>(R"({"createdAt": "2024-02-30T00:00:00Z"})");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message(),
            "$.createdAt: expected RFC 3339 timestamp from 1677-09-21 to 2262-04-11, got \"2024-02-30T00:00:00Z\"");
}

TEST(Records, RejectUnknownKeys) {
  EXPECT_TRUE(json::parse<shop::StrictConfig>(R"({"name": "a", "limit": 3})"));
  auto r = json::parse<shop::StrictConfig>(R"({"name": "a", "limit": 3, "limt": 4})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), json::errc::unknown_key);
  EXPECT_EQ(r.error().path(), "$.limt");
  auto missing = json::parse<shop::StrictConfig>(R"({"name": "a"})");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message(), R"($: expected required key "limit", got an object without it)");
}

TEST(Records, MalformedAndTruncatedInput) {
  std::string text(full_order);
  for (std::size_t cut : {1ul, 10ul, text.size() / 2, text.size() - 1}) {
    auto r = json::parse<shop::Order>(std::string_view(text).substr(0, cut));
    EXPECT_FALSE(r) << "cut at " << cut;
  }
  EXPECT_FALSE(json::parse<shop::Order>(R"({"id": "a",})"));
  EXPECT_FALSE(json::parse<shop::Order>(R"({"id" "a"})"));
  EXPECT_FALSE(json::parse<shop::Order>(R"({"unknown": [1, 2,]})"));  // skipped values are validated
  auto bad_utf8 = json::parse<shop::Order>("{\"id\": \"\xFF\"}");
  ASSERT_FALSE(bad_utf8);
  EXPECT_EQ(bad_utf8.error().kind(), json::errc::invalid_utf8);
}

TEST(Records, BomIsAccepted) {
  auto r = json::parse<shop::Entity>("\xEF\xBB\xBF{\"id\": \"x\"}");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->id, "x");
}

TEST(Records, RecursiveTypesAndDepthLimit) {
  auto r = json::parse<shop::Tree>(
      R"({"node_name": "root", "child_nodes": [{"node_name": "a"}, {"node_name": "b", "child_nodes": [{"node_name": "c"}]}]})");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->childNodes.at(1).childNodes.at(0).nodeName, "c");
  EXPECT_EQ(
      json::to_string(*r),
      R"({"node_name":"root","child_nodes":[{"node_name":"a","child_nodes":[]},{"node_name":"b","child_nodes":[{"node_name":"c","child_nodes":[]}]}]})");

  std::string deep;
  for (int i = 0; i < 200; ++i) deep += R"({"child_nodes": [)";
  for (int i = 0; i < 200; ++i) deep += "]}";
  auto too_deep = json::parse<shop::Tree>(deep);
  ASSERT_FALSE(too_deep);
  EXPECT_EQ(too_deep.error().kind(), json::errc::too_deep);
}

TEST(Records, BorrowedMembersPointIntoTheParser) {
  auto r = json::parse<shop::Borrowed>(R"({"FirstName": "Ann\u00e9", "Aliases": ["a", "b\n"], "Labels": {"k": "v"}})");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->first_name, "Ann\xC3\xA9");
  EXPECT_EQ(r->aliases.at(1), "b\n");
  EXPECT_EQ(r->labels.at("k"), "v");
  EXPECT_EQ(json::to_string(*r), R"({"FirstName":"Anné","Aliases":["a","b\n"],"Labels":{"k":"v"}})");
}

TEST(Records, ParseIntoReusesAllocations) {
  shop::Order o = expected_order();
  o.line_items[0].sku = std::string(100, 'x');
  const char* sku_buffer = o.line_items[0].sku.data();
  ASSERT_TRUE(json::parse_into(R"({"lineItems": [{"sku": "short"}]})", o));
  EXPECT_EQ(o.line_items.size(), 1u);
  EXPECT_EQ(o.line_items[0].sku, "short");
  EXPECT_EQ(o.line_items[0].sku.data(), sku_buffer);
}

TEST(Records, ParseIntoLeavesNothingOfTheEarlierDocument) {
  // A warm Lambda parsing each event into the same value must not see the last event's members.
  shop::Order o = expected_order();
  o.coupon = "SAVE10";
  o.cache_hits = 7;
  constexpr std::string_view next = R"({"id": "ord-2", "lineItems": [{"sku": "X"}, {"sku": "Y", "quantity": 5}]})";
  ASSERT_TRUE(json::parse_into(next, o));
  auto fresh = json::parse<shop::Order>(next);
  ASSERT_TRUE(fresh);
  fresh->cache_hits = 7;  // LAMBDA_JSON_SKIP: JSON never sets it, so parse_into leaves it alone
  EXPECT_EQ(o, *fresh);
  EXPECT_EQ(o.version, 0);
  EXPECT_FALSE(o.gift_note);
  EXPECT_FALSE(o.coupon);
  EXPECT_TRUE(o.tags.empty());
  EXPECT_EQ(o.line_items[0].quantity, 1) << "a reused element gets its default back";
  EXPECT_EQ(o.line_items[0].price, shop::Money{}) << "and so does a nested record";
}

TEST(Records, ParseIntoResetsMembersInPlaceKeepingTheirCapacity) {
  // A member whose default is empty is cleared, not replaced: its buffer serves the next document.
  shop::Order o = expected_order();
  o.customer_name = std::string(100, 'c');
  o.line_items.resize(40);
  const char* name_buffer = o.customer_name.data();
  const shop::Item* items_buffer = o.line_items.data();
  ASSERT_TRUE(json::parse_into(R"({"id": "ord-3"})", o));
  EXPECT_TRUE(o.customer_name.empty());
  EXPECT_TRUE(o.line_items.empty());
  ASSERT_TRUE(json::parse_into(R"({"id": "ord-4", "customerName": "Ada", "lineItems": [{"sku": "A"}]})", o));
  EXPECT_EQ(o.customer_name, "Ada");
  ASSERT_EQ(o.line_items.size(), 1u);
  EXPECT_EQ(o.customer_name.data(), name_buffer);
  EXPECT_EQ(o.line_items.data(), items_buffer);
}

TEST(Records, ParseIntoGivesBackDefaultsAConstructorChose) {
  shop::RetryPolicy p;
  p.attempts = 9;
  p.backoff = "linear";
  p.retry_on = {500, 503};
  ASSERT_TRUE(json::parse_into("{}", p));
  EXPECT_EQ(p, shop::RetryPolicy{});
  EXPECT_EQ(p.attempts, 3);
  EXPECT_EQ(p.backoff, "exponential");
  ASSERT_TRUE(json::parse_into(R"({"retry_on": [429]})", p));
  EXPECT_EQ(p.attempts, 3);
  EXPECT_EQ(p.retry_on, std::vector<std::int32_t>{429});
}

TEST(Records, FlatMapsKeepDocumentOrderAndFindHeadersInAnyCase) {
  constexpr std::string_view text =
      R"({"id":"d-1","headers":{"Content-Type":"text/plain","X-Trace":"t"},"multi":{"Accept":["a","b"]},)"
      R"("zeta":1,"alpha":[2]})";
  auto d = json::parse<shop::Delivery>(text);
  ASSERT_TRUE(d) << d.error().message();
  ASSERT_NE(d->headers.find("content-type"), d->headers.end());
  EXPECT_EQ(d->headers.find("content-type")->second, "text/plain");
  EXPECT_EQ(d->headers.begin()->first, "Content-Type") << "names keep the spelling they came in";
  EXPECT_EQ(d->multi.at("ACCEPT"), (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(d->other.size(), 2u);
  EXPECT_EQ(d->other.begin()->first, "zeta") << "undeclared keys stay in document order";
  EXPECT_EQ(json::to_string(*d), text);
  EXPECT_EQ(json::parse<shop::Delivery>(R"({"headers":{"Host":1}})").error().message(),
            "$.headers.Host: expected string, got number 1");
  shop::Delivery reused = *d;
  ASSERT_TRUE(json::parse_into(R"({"id":"d-2","headers":{"Host":"h"}})", reused));
  EXPECT_EQ(reused, *json::parse<shop::Delivery>(R"({"id":"d-2","headers":{"Host":"h"}})"));
}

TEST(Records, ExtremeNumbersRoundTrip) {
  shop::Order o;
  o.weight_kg = std::numeric_limits<double>::denorm_min();
  o.sequence = std::numeric_limits<std::uint64_t>::max();
  o.priority = std::numeric_limits<std::int8_t>::min();
  o.counters = {{"min", std::numeric_limits<std::int64_t>::min()}, {"max", std::numeric_limits<std::int64_t>::max()}};
  o.rating = std::numeric_limits<float>::max();
  auto back = json::parse<shop::Order>(json::to_string(o));
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(*back, o);
}

}  // namespace
