// lambda::json::flat_map: its std::map-like API, and its codec (every member kept in document
// order, parse_into reusing entries, error paths).
#include <lambda/json.h>

#include "parse_helpers.h"

#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace json = lambda::json;

namespace {

using Headers = json::flat_map<std::string, std::string, json::case_insensitive_equal>;
using Exact = json::flat_map<std::string, std::string>;
using MultiValue = json::flat_map<std::string, std::vector<std::string>, json::case_insensitive_equal>;

using json::test::failure;
using json::test::parsed;

std::vector<std::pair<std::string, std::string>> entries(const Headers& m) { return {m.begin(), m.end()}; }

TEST(FlatMapApi, CaseInsensitiveEqual) {
  json::case_insensitive_equal eq;
  EXPECT_TRUE(eq("Content-Type", "content-type"));
  EXPECT_TRUE(eq("X-AMZ-1", "x-amz-1"));
  EXPECT_TRUE(eq("", ""));
  EXPECT_FALSE(eq("Content-Type", "content-typ"));
  EXPECT_FALSE(eq("a-b", "a_b"));
  EXPECT_FALSE(eq("@", "`"));  // 0x40 and 0x60 differ by 0x20 but are not letters
  EXPECT_FALSE(eq("[", "{"));
  EXPECT_TRUE(eq(std::string("Host"), std::string_view("HOST")));
}

TEST(FlatMapApi, FindCaseInsensitiveOrExact) {
  Headers h{{"Content-Type", "text/plain"}, {"Host", "example.com"}};
  ASSERT_NE(h.find("content-type"), h.end());
  EXPECT_EQ(h.find("CONTENT-TYPE")->second, "text/plain");
  EXPECT_EQ(h.find("content-length"), h.end());
  EXPECT_TRUE(h.contains("host"));
  EXPECT_EQ(h.count("HOST"), 1u);

  Exact e{{"Content-Type", "text/plain"}};
  EXPECT_EQ(e.find("content-type"), e.end());
  EXPECT_NE(e.find("Content-Type"), e.end());
  EXPECT_FALSE(e.contains("content-type"));
  const Exact& c = e;
  EXPECT_EQ(c.find(std::string("Content-Type"))->second, "text/plain");
  EXPECT_EQ(c.at("Content-Type"), "text/plain");
}

TEST(FlatMapApi, SubscriptAppendsWhenAbsent) {
  Headers h;
  EXPECT_TRUE(h.empty());
  h["B"] = "1";
  h["a"] = "2";
  h["b"] = "3";  // the same field as "B": assigns, does not append
  EXPECT_EQ(entries(h), (std::vector<std::pair<std::string, std::string>>{{"B", "3"}, {"a", "2"}}));
  EXPECT_EQ(h.size(), 2u);
  EXPECT_EQ(h[std::string("c")], "");  // value-initialized, appended
  EXPECT_EQ(h.size(), 3u);
}

TEST(FlatMapApi, AtThrowsWhenAbsent) {
  Headers h{{"Accept", "*/*"}};
  EXPECT_EQ(h.at("accept"), "*/*");
  h.at("ACCEPT") = "text/html";
  EXPECT_EQ(h.at("Accept"), "text/html");
  EXPECT_THROW(h.at("host"), std::out_of_range);
  const Headers& c = h;
  EXPECT_THROW(c.at("host"), std::out_of_range);
}

TEST(FlatMapApi, InsertEmplaceAndAssign) {
  Headers h;
  auto [first, added] = h.insert({"Accept", "a"});
  EXPECT_TRUE(added);
  EXPECT_EQ(first->first, "Accept");
  auto again = h.insert({"accept", "b"});
  EXPECT_FALSE(again.second);
  EXPECT_EQ(again.first->second, "a");  // not replaced
  EXPECT_TRUE(h.emplace("Host", "h").second);
  EXPECT_FALSE(h.emplace("HOST", "x").second);
  EXPECT_TRUE(h.try_emplace(std::string_view("Via"), 3, 'v').second);
  EXPECT_EQ(h.at("via"), "vvv");
  EXPECT_FALSE(h.try_emplace("via", "unused").second);
  auto assigned = h.insert_or_assign("VIA", "w");
  EXPECT_FALSE(assigned.second);
  EXPECT_EQ(assigned.first->first, "Via");  // the key keeps its first spelling
  EXPECT_EQ(assigned.first->second, "w");
  EXPECT_TRUE(h.insert_or_assign(std::string("Cookie"), "c").second);
  h.insert({{"X-A", "1"}, {"x-a", "2"}, {"X-B", "3"}});  // a key repeated in the list: the first is kept
  EXPECT_EQ(entries(h),
            (std::vector<std::pair<std::string, std::string>>{
                {"Accept", "a"}, {"Host", "h"}, {"Via", "w"}, {"Cookie", "c"}, {"X-A", "1"}, {"X-B", "3"}}));
  h.emplace_back("x-b", "4");  // appends without looking
  EXPECT_EQ(h.count("X-B"), 2u);
  EXPECT_EQ(h.at("x-b"), "3");  // the first entry of the key
}

TEST(FlatMapApi, EraseByIteratorAndByKey) {
  Headers h{{"A", "1"}, {"b", "2"}, {"a", "3"}, {"C", "4"}};
  EXPECT_EQ(h.erase("a"), 2u);  // every entry of the key
  EXPECT_EQ(entries(h), (std::vector<std::pair<std::string, std::string>>{{"b", "2"}, {"C", "4"}}));
  EXPECT_EQ(h.erase("missing"), 0u);
  auto next = h.erase(h.find("B"));
  EXPECT_EQ(next->first, "C");
  auto after_last = h.erase(h.cbegin());
  EXPECT_EQ(after_last, h.end());
  EXPECT_TRUE(h.empty());
  h = {{"x", "1"}, {"y", "2"}};
  h.clear();
  EXPECT_EQ(h.size(), 0u);
}

TEST(FlatMapApi, IterationKeepsInsertionOrderWithStructuredBindings) {
  Headers h;
  h.reserve(3);
  for (std::string_view k : {"zeta", "Alpha", "mid"}) h[std::string(k)] = std::string(k) + "!";
  std::string seen;
  for (auto& [k, v] : h) {
    seen += k + "=" + v + ";";
    v += "?";  // values are mutable through the iteration
  }
  EXPECT_EQ(seen, "zeta=zeta!;Alpha=Alpha!;mid=mid!;");
  for (const auto& [k, v] : std::as_const(h)) EXPECT_EQ(v.back(), '?') << k;
}

TEST(FlatMapApi, EqualityIsSameEntriesInSameOrder) {
  Headers a{{"A", "1"}, {"B", "2"}};
  EXPECT_EQ(a, (Headers{{"A", "1"}, {"B", "2"}}));
  EXPECT_NE(a, (Headers{{"B", "2"}, {"A", "1"}}));  // order matters
  EXPECT_NE(a, (Headers{{"a", "1"}, {"B", "2"}}));  // keys compared exactly
  EXPECT_NE(a, (Headers{{"A", "1"}}));
  Headers b;
  swap(a, b);
  EXPECT_TRUE(a.empty());
  EXPECT_EQ(b.size(), 2u);
}

TEST(FlatMapApi, BorrowedKeys) {
  json::flat_map<std::string_view, std::string_view, json::case_insensitive_equal> h;
  h["Content-Type"] = "text/plain";
  EXPECT_EQ(h.at("content-type"), "text/plain");
  auto r = json::parse<json::flat_map<std::string_view, std::string_view>>(R"({"a": "x", "b\n": "y"})");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->at("b\n"), "y");
  EXPECT_EQ(json::to_string(*r), R"({"a":"x","b\n":"y"})");
}

TEST(FlatMapCodec, RoundTripKeepsDocumentOrder) {
  const std::string_view text = R"({"Host": "h", "Accept": "*/*", "X-Forwarded-For": "1.2.3.4", "a\"b": "q"})";
  auto h = parsed<Headers>(text);
  EXPECT_EQ(entries(h), (std::vector<std::pair<std::string, std::string>>{
                            {"Host", "h"}, {"Accept", "*/*"}, {"X-Forwarded-For", "1.2.3.4"}, {"a\"b", "q"}}));
  EXPECT_EQ(h.at("x-forwarded-for"), "1.2.3.4");
  const std::string written = json::to_string(h);
  EXPECT_EQ(written, R"({"Host":"h","Accept":"*/*","X-Forwarded-For":"1.2.3.4","a\"b":"q"})");
  EXPECT_EQ(parsed<Headers>(written), h);
  EXPECT_EQ(json::to_string(Headers{}), "{}");
  EXPECT_TRUE(parsed<Headers>("{}").empty());
}

TEST(FlatMapCodec, RepeatedKeysAreKeptInOrder) {
  auto h = parsed<Headers>(R"({"b": "1", "a": "2", "B": "3", "b": "4"})");
  EXPECT_EQ(entries(h),
            (std::vector<std::pair<std::string, std::string>>{{"b", "1"}, {"a", "2"}, {"B", "3"}, {"b", "4"}}));
  EXPECT_EQ(h.at("b"), "1");  // find sees the first
  EXPECT_EQ(h.count("b"), 3u);
  EXPECT_EQ(json::to_string(h), R"({"b":"1","a":"2","B":"3","b":"4"})");
  // std::map keeps the last value instead.
  EXPECT_EQ((parsed<std::map<std::string, std::string>>(R"({"b": "1", "b": "4"})").at("b")), "4");
}

TEST(FlatMapCodec, MultiValueNested) {
  auto m = parsed<MultiValue>(R"({"Accept": ["a", "b"], "Via": [], "X": ["only"]})");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m.at("accept"), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(m.at("via").empty());
  EXPECT_EQ(json::to_string(m), R"({"Accept":["a","b"],"Via":[],"X":["only"]})");

  const std::string long_value(64, 'v');
  ASSERT_TRUE(json::parse_into(R"({"Accept": [")" + long_value + R"(", "b"], "Via": ["c"]})", m));
  const char* kept = m.begin()->second[0].data();
  ASSERT_TRUE(json::parse_into(R"({"Cookie": ["short", "x", "y"]})", m));
  EXPECT_EQ(m, (MultiValue{{"Cookie", {"short", "x", "y"}}}));
  EXPECT_EQ(m.begin()->second[0].data(), kept);  // the old first entry's first string, reused
}

TEST(FlatMapCodec, ParseIntoReusesEntriesAndDropsExtraOnes) {
  Headers h;
  const std::string long_key(40, 'k');
  const std::string long_value(60, 'v');
  ASSERT_TRUE(json::parse_into(R"({")" + long_key + R"(": ")" + long_value + R"(", "b": "x", "c": "y"})", h));
  ASSERT_EQ(h.size(), 3u);
  const char* key_buffer = h.begin()->first.data();
  const char* value_buffer = h.begin()->second.data();

  // Different keys, fewer of them: entry 0 takes the first member whatever its key.
  ASSERT_TRUE(json::parse_into(R"({"Other": "1", "b": "2"})", h));
  EXPECT_EQ(h, (Headers{{"Other", "1"}, {"b", "2"}}));
  EXPECT_EQ(h.begin()->first.data(), key_buffer);
  EXPECT_EQ(h.begin()->second.data(), value_buffer);

  // More members than entries: the rest are appended.
  ASSERT_TRUE(json::parse_into(R"({"p": "", "q": "4", "q": "5", "s": "6"})", h));
  EXPECT_EQ(h, (Headers{{"p", ""}, {"q", "4"}, {"q", "5"}, {"s", "6"}}));
  EXPECT_EQ(h.begin()->second.data(), value_buffer);

  ASSERT_TRUE(json::parse_into("{}", h));
  EXPECT_TRUE(h.empty());

  // parse (not into) never keeps what a value held.
  auto fresh = json::parse<Headers>(R"({"a": "1"})");
  ASSERT_TRUE(fresh);
  EXPECT_EQ(*fresh, (Headers{{"a", "1"}}));
}

TEST(FlatMapCodec, ErrorsNameTheJsonPath) {
  EXPECT_EQ(failure<Headers>(R"({"ok": "1", "k": 5})").message(), "$.k: expected string, got number 5");
  EXPECT_EQ(failure<Headers>(R"({"needs quoting": null})").message(),
            R"($["needs quoting"]: expected string, got null)");
  EXPECT_EQ(failure<Headers>(R"(["a"])").message(), "$: expected object, got array");
  EXPECT_EQ(failure<MultiValue>(R"({"Accept": ["a", 1]})").message(), "$.Accept[1]: expected string, got number 1");
  EXPECT_EQ(failure<MultiValue>(R"({"Accept": "a"})").message(), R"($.Accept: expected array, got string "a")");
  using Nested = json::flat_map<std::string, Headers>;
  EXPECT_EQ(failure<Nested>(R"({"outer": {"inner": true}})").message(), "$.outer.inner: expected string, got boolean");
  auto bad_key = json::parse<Headers>(R"({"a\u12": "x"})");
  ASSERT_FALSE(bad_key);
  EXPECT_EQ(bad_key.error().path(), "$");

  // The same paths when reading over a used value.
  Headers used{{"a", "1"}, {"k", "2"}};
  auto r = json::parse_into(R"({"a": "1", "k": 5})", used);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message(), "$.k: expected string, got number 5");
}

}  // namespace
