// Internally tagged variants (tests/generated/tagged.h): the tag chooses the alternative wherever
// it stands, is written first, and every error names the path, the tag and what was accepted.
#include "tagged.testing.h"

#include <lambda/json/testing/gtest.h>

#include <gtest/gtest.h>

namespace json = lambda::json;

namespace {

std::string message_of(std::string_view text) {
  auto r = json::parse<orders::Envelope>(text);
  return r ? std::string("parsed") : r.error().message();
}

TEST(Tagged, TheTagChoosesTheAlternativeWhenItComesFirst) {
  auto r = json::parse<orders::Envelope>(
      R"({"event": {"type": "order.created", "id": 7, "customer": "ann", "items": ["a"]}})");
  ASSERT_TRUE(r) << r.error().message();
  const auto& created = std::get<orders::Created>(r->event);
  EXPECT_EQ(created.id, 7);
  EXPECT_EQ(created.customer, "ann");
  EXPECT_EQ(created.items, std::vector<std::string>{"a"});
}

TEST(Tagged, TheTagChoosesTheAlternativeWhereverItStands) {
  auto middle =
      json::parse<orders::Envelope>(R"({"event": {"id": 8, "type": "order_cancelled", "cancel_reason": "x"}})");
  ASSERT_TRUE(middle) << middle.error().message();
  EXPECT_EQ(std::get<orders::OrderCancelled>(middle->event).id, 8);
  EXPECT_EQ(std::get<orders::OrderCancelled>(middle->event).cancel_reason, "x");

  auto last = json::parse<orders::Envelope>(R"({"event": {"id": 9, "customer": "b\u00e9", "type": "order.created"}})");
  ASSERT_TRUE(last) << last.error().message();
  EXPECT_EQ(std::get<orders::Created>(last->event).customer, "b\xC3\xA9");
}

TEST(Tagged, AlternativesThatKeepOrRejectUnknownKeysLeaveTheTagAlone) {
  auto shipped = json::parse<orders::Envelope>(R"({"event": {"id": 1, "type": "Shipped", "weight": 2.5}})");
  ASSERT_TRUE(shipped) << shipped.error().message();
  const auto& s = std::get<orders::Shipped>(shipped->event);
  ASSERT_EQ(s.other.size(), 1u);  // the tag is not an unknown key
  EXPECT_EQ(s.other.begin()->first, "weight");
  EXPECT_EQ(json::to_string(*shipped), R"({"source":"","event":{"type":"Shipped","id":1,"weight":2.5},"history":[]})");

  auto strict = json::parse<orders::Envelope>(R"({"event": {"id": 1, "type": "order_cancelled"}})");
  EXPECT_TRUE(strict) << strict.error().message();
  EXPECT_EQ(message_of(R"({"event": {"type": "order_cancelled", "why": 1}})"),
            R"($.event.why: expected a declared key, got unknown key "why")");
}

TEST(Tagged, WritesTheTagFirst) {
  orders::Envelope e;
  e.source = "shop";
  e.event = orders::Created{5, "ann", {}};
  e.previous = orders::Ping{};
  e.history = {orders::OrderCancelled{1, "late"}, orders::Created{2, "bo", {"x"}}};
  EXPECT_EQ(json::to_string(e),
            R"({"source":"shop","event":{"type":"order.created","id":5,"customer":"ann","items":[]},)"
            R"("previous":{"kind":"Ping"},)"
            R"("history":[{"type":"order_cancelled","id":1,"cancel_reason":"late"},)"
            R"({"type":"order.created","id":2,"customer":"bo","items":["x"]}]})");
}

TEST(Tagged, AnEmptyAlternativeIsJustItsTag) {
  auto r = json::parse<orders::Envelope>(R"({"event": {"type": "Ping"}, "previous": {"kind": "Ping"}})");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_TRUE(std::holds_alternative<orders::Ping>(r->event));
  ASSERT_TRUE(r->previous);
  EXPECT_TRUE(std::holds_alternative<orders::Ping>(*r->previous));
  auto null_previous = json::parse<orders::Envelope>(R"({"event": {"type": "Ping"}, "previous": null})");
  ASSERT_TRUE(null_previous);
  EXPECT_FALSE(null_previous->previous);
}

TEST(Tagged, ErrorsNameThePathTheTagAndTheAcceptedValues) {
  EXPECT_EQ(
      message_of(R"({"event": {"type": "order.updated", "id": 1}})"),
      R"($.event.type: expected one of "order.created", "order_cancelled", "Shipped", "Ping", got "order.updated")");
  EXPECT_EQ(message_of(R"({"event": {"id": 1}})"),
            R"($.event: expected required key "type", got an object without it)");
  EXPECT_EQ(message_of(R"({"event": {"type": 3}})"), "$.event.type: expected string, got number 3");
  EXPECT_EQ(message_of(R"({"event": ["order.created"]})"), "$.event: expected object, got array");
  EXPECT_EQ(message_of(R"({"event": {"id": "x", "type": "order.created"}})"),
            R"($.event.id: expected integer, got string "x")");
  EXPECT_EQ(message_of(R"({"history": [{"type": "Ping"}]})"),
            R"($.history[0].type: expected one of "order.created", "order_cancelled", got "Ping")");
  EXPECT_EQ(message_of(R"({"previous": {"type": "Ping"}})"),
            R"($.previous: expected required key "kind", got an object without it)");
  // A key spelled with escapes is not the tag: it is found as the document spells it.
  EXPECT_EQ(message_of(R"({"event": {"typ\u0065": "Ping"}})"),
            R"($.event: expected required key "type", got an object without it)");
}

TEST(Tagged, ASecondTagInOneObjectIsAnError) {
  const std::string second = R"($.event.type: expected "type" once (it names the alternative), got a second "type")";
  EXPECT_EQ(message_of(R"({"event": {"type": "order.created", "type": "order_cancelled", "cancel_reason": "r"}})"),
            second);
  EXPECT_EQ(message_of(R"({"event": {"id": 1, "type": "order.created", "type": 5}})"), second);  // not first
  EXPECT_EQ(message_of(R"({"event": {"type": "Shipped", "type": "Shipped"}})"), second);         // EXTRA keeps no tag
  EXPECT_EQ(message_of(R"({"event": {"type": "order_cancelled", "id": 2, "type": "x"}})"), second);  // REJECT_UNKNOWN
}

TEST(Tagged, ParseIntoSwitchesAlternativesAndResetsWhatIsLeftOut) {
  orders::Envelope e;
  ASSERT_TRUE(json::parse_into(R"({"event": {"type": "order.created", "id": 1, "customer": "a"}})", e));
  ASSERT_TRUE(json::parse_into(R"({"event": {"id": 2, "type": "order.created"}})", e));
  EXPECT_EQ(std::get<orders::Created>(e.event).id, 2);
  EXPECT_EQ(std::get<orders::Created>(e.event).customer, "");
  ASSERT_TRUE(json::parse_into(R"({"event": {"type": "Shipped", "id": 3}})", e));
  EXPECT_EQ(std::get<orders::Shipped>(e.event).id, 3);
}

TEST(Tagged, ARepeatedMemberKeepsOnlyTheLastValueInParseAndParseInto) {
  constexpr std::string_view text =
      R"({"event": {"type": "order.created", "id": 1, "customer": "a"}, "event": {"type": "Shipped", "id": 2}})";
  auto fresh = json::parse<orders::Envelope>(text);
  ASSERT_TRUE(fresh) << fresh.error().message();
  orders::Envelope used;
  used.event = orders::Shipped{9, "dhl", {}};
  ASSERT_TRUE(json::parse_into(text, used));
  EXPECT_EQ(json::to_string(*fresh), json::to_string(used));
  EXPECT_EQ(std::get<orders::Shipped>(fresh->event).id, 2);
}

TEST(Tagged, RoundTrip) {
  EXPECT_JSON_ROUND_TRIPS(orders::Envelope,
                          R"({"event": {"id": 1, "extra": [1, {"a": null}], "type": "Shipped", "carrier": "ups"},
                              "history": [{"cancel_reason": "r", "type": "order_cancelled", "id": 4}]})");
  EXPECT_ROUND_TRIPS(orders::Envelope);
}

}  // namespace
