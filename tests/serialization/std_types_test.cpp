// Reading and writing the standard member kinds through their library codecs, top level.
#include <lambda/json.h>

#include "parse_helpers.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

namespace json = lambda::json;

namespace {

using json::test::failure;
using json::test::parsed;

TEST(Scalars, Bool) {
  EXPECT_TRUE(parsed<bool>("true"));
  EXPECT_FALSE(parsed<bool>(" false "));
  EXPECT_EQ(json::to_string(true), "true");
  EXPECT_EQ(failure<bool>("1").message(), "$: expected boolean, got number 1");
}

TEST(Scalars, IntegerWidthsAndRanges) {
  EXPECT_EQ(parsed<std::int8_t>("-128"), -128);
  EXPECT_EQ(parsed<std::int8_t>("127"), 127);
  EXPECT_EQ(failure<std::int8_t>("128").kind(), json::errc::out_of_range);
  EXPECT_EQ(failure<std::int8_t>("-129").message(), "$: expected integer in [-128, 127], got -129");
  EXPECT_EQ(parsed<std::uint8_t>("255"), 255);
  EXPECT_EQ(failure<std::uint8_t>("256").kind(), json::errc::out_of_range);
  EXPECT_EQ(failure<std::uint16_t>("-1").kind(), json::errc::out_of_range);
  EXPECT_EQ(parsed<std::int16_t>("-32768"), -32768);
  EXPECT_EQ(parsed<std::int32_t>("2147483647"), 2147483647);
  EXPECT_EQ(failure<std::int32_t>("2147483648").kind(), json::errc::out_of_range);
  EXPECT_EQ(parsed<std::int64_t>("-9223372036854775808"), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(failure<std::int64_t>("9223372036854775808").kind(), json::errc::out_of_range);
  EXPECT_EQ(parsed<std::uint64_t>("18446744073709551615"), std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(failure<std::uint64_t>("18446744073709551616").kind(), json::errc::out_of_range);
  EXPECT_EQ(failure<std::uint64_t>("-1").kind(), json::errc::out_of_range);
  EXPECT_EQ(failure<int>("1.5").message(), "$: expected integer in [-2147483648, 2147483647], got number 1.5");
  EXPECT_EQ(failure<int>("\"1\"").message(), "$: expected integer in [-2147483648, 2147483647], got string \"1\"");
  EXPECT_EQ(json::to_string(std::int64_t{-9223372036854775807 - 1}), "-9223372036854775808");
  EXPECT_EQ(json::to_string(std::uint64_t{18446744073709551615ULL}), "18446744073709551615");
}

TEST(Scalars, FloatingPoint) {
  EXPECT_DOUBLE_EQ(parsed<double>("1.5"), 1.5);
  EXPECT_DOUBLE_EQ(parsed<double>("-0.0"), 0.0);
  EXPECT_DOUBLE_EQ(parsed<double>("60"), 60.0);
  EXPECT_EQ(parsed<double>("1.7976931348623157e308"), std::numeric_limits<double>::max());
  EXPECT_EQ(parsed<double>("5e-324"), std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(failure<double>("1e400").kind(), json::errc::out_of_range);
  EXPECT_EQ(failure<float>("1e39").kind(), json::errc::out_of_range);
  EXPECT_FLOAT_EQ(parsed<float>("3.25"), 3.25f);
  // Shortest text that reads back to the same double.
  EXPECT_EQ(json::to_string(0.1), "0.1");
  EXPECT_EQ(json::to_string(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(json::to_string(1e300), "1e+300");
  EXPECT_EQ(json::to_string(std::numeric_limits<double>::infinity()), "null");
  for (double d : {0.1, 1.0 / 3.0, 6.02214076e23, 5e-324, 1.7976931348623157e308, -2.5, 123456789012345.67})
    EXPECT_EQ(parsed<double>(json::to_string(d)), d);
  EXPECT_EQ(json::to_string(0.1f), "0.1");
  EXPECT_EQ(json::to_string(60.0), "60.0");
  EXPECT_EQ(json::to_string(-0.0), "-0.0");
  EXPECT_EQ(json::to_string(2.0f), "2.0");
}

TEST(Strings, OwnedAndBorrowed) {
  EXPECT_EQ(parsed<std::string>(R"("hello")"), "hello");
  EXPECT_EQ(parsed<std::string>(R"("a\"b\\c\/d\b\f\n\r\t")"), "a\"b\\c/d\b\f\n\r\t");
  EXPECT_EQ(parsed<std::string>(R"("\u00e9\u4e2d\ud83d\ude00")"), "\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
  EXPECT_EQ(parsed<std::string>("\"caf\xC3\xA9 \xF0\x9F\x8D\x95\""), "caf\xC3\xA9 \xF0\x9F\x8D\x95");
  EXPECT_EQ(parsed<std::string>(R"("")"), "");
  auto view = json::parse<std::string_view>(R"("borrowed \n text")");
  ASSERT_TRUE(view);
  EXPECT_EQ(*view, "borrowed \n text");
  EXPECT_EQ(failure<std::string>("null").message(), "$: expected string, got null");
  EXPECT_EQ(failure<std::string>(R"("\ud800")").kind(), json::errc::syntax);  // lone surrogate
  EXPECT_EQ(failure<std::string>(R"("\x")").kind(), json::errc::syntax);
}

TEST(Optional, NullAndValue) {
  EXPECT_EQ(parsed<std::optional<int>>("null"), std::nullopt);
  EXPECT_EQ(parsed<std::optional<int>>("7"), 7);
  EXPECT_EQ(json::to_string(std::optional<int>{}), "null");
  EXPECT_EQ(json::to_string(std::optional<std::string>{"x"}), "\"x\"");
  EXPECT_EQ(failure<std::optional<int>>("\"7\"").kind(), json::errc::wrong_type);
}

TEST(Vector, ReadWriteAndPaths) {
  EXPECT_EQ(parsed<std::vector<int>>("[1, 2, 3]"), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(parsed<std::vector<int>>("[]"), std::vector<int>{});
  EXPECT_EQ(parsed<std::vector<bool>>("[true,false]"), (std::vector<bool>{true, false}));
  EXPECT_EQ(json::to_string(std::vector<std::string>{"a", "b"}), R"(["a","b"])");
  EXPECT_EQ(json::to_string(std::vector<int>{}), "[]");
  auto e = failure<std::vector<std::vector<int>>>("[[1],[2,\"x\"]]");
  EXPECT_EQ(e.path(), "$[1][1]");
  EXPECT_EQ(e.kind(), json::errc::wrong_type);
}

TEST(Vector, ParseIntoReusesElements) {
  std::vector<std::string> v{"a long string that needs a heap allocation", "two", "three"};
  const char* first_buffer = v[0].data();
  ASSERT_TRUE(json::parse_into(R"(["short", "b"])", v));
  EXPECT_EQ(v, (std::vector<std::string>{"short", "b"}));
  EXPECT_EQ(v[0].data(), first_buffer);  // same allocation, reused
}

TEST(Map, StringKeys) {
  auto m = parsed<std::map<std::string, int>>(R"({"b": 2, "a": 1, "a": 3})");
  EXPECT_EQ(m, (std::map<std::string, int>{{"a", 3}, {"b", 2}}));
  EXPECT_EQ(json::to_string(m), R"({"a":3,"b":2})");
  auto u = parsed<std::unordered_map<std::string, std::vector<std::string>>>(R"({"k": ["v1", "v2"]})");
  EXPECT_EQ(u.at("k").size(), 2u);
  auto e = failure<std::map<std::string, int>>(R"({"ok": 1, "needs quoting": "x"})");
  EXPECT_EQ(e.path(), "$[\"needs quoting\"]");
  EXPECT_EQ(json::to_string(std::map<std::string, std::string>{{"q\"k", "v"}}), R"({"q\"k":"v"})");
}

TEST(Variant, ChosenByJsonKind) {
  using V = std::variant<std::string, std::vector<std::string>>;
  EXPECT_EQ(std::get<0>(parsed<V>(R"("one")")), "one");
  EXPECT_EQ(std::get<1>(parsed<V>(R"(["a","b"])")).size(), 2u);
  EXPECT_EQ(json::to_string(V{std::vector<std::string>{"x"}}), R"(["x"])");
  EXPECT_EQ(failure<V>("1").message(), "$: expected array or string, got number 1");

  using N = std::variant<std::monostate, std::int64_t, double, bool>;
  EXPECT_EQ(parsed<N>("null").index(), 0u);
  EXPECT_EQ(std::get<1>(parsed<N>("42")), 42);
  EXPECT_EQ(std::get<2>(parsed<N>("4.5")), 4.5);
  EXPECT_EQ(std::get<2>(parsed<N>("1e3")), 1000.0);
  EXPECT_EQ(std::get<3>(parsed<N>("true")), true);
  // Found by readers_fuzz: -0e3 is a double; writing it must not make it read back as an integer.
  for (std::string_view text : {"-0e3", "60.0", "1e2"}) {
    std::string once = json::to_string(parsed<N>(text));
    EXPECT_EQ(parsed<N>(once).index(), 2u) << text << " -> " << once;
    EXPECT_EQ(json::to_string(parsed<N>(once)), once);
  }
}

TEST(RawJson, KeepsSubDocumentTokensVerbatimWithoutWhitespace) {
  auto r = parsed<std::map<std::string, json::raw_json>>(R"({"a": {"x": [1, 2.50, "s"]} , "b": 12 , "c":"t"})");
  EXPECT_EQ(r.at("a").text, R"({"x":[1,2.50,"s"]})");
  EXPECT_EQ(r.at("b").text, "12");
  EXPECT_EQ(r.at("c").text, "\"t\"");
  EXPECT_EQ(json::to_string(r), R"({"a":{"x":[1,2.50,"s"]},"b":12,"c":"t"})");
  // A pretty-printed value comes back on one line; inside strings every byte stays, escaped
  // quotes and backslashes included.
  auto pretty = parsed<json::raw_json>("{\n  \"k\" : [\n    \"a b\\\" c\\\\\",\t{ }\r\n  ],\n  \"n\": -1.0E+2\n}\n");
  EXPECT_EQ(pretty.text, R"({"k":["a b\" c\\",{}],"n":-1.0E+2})");
  EXPECT_EQ(json::to_string(pretty).find('\n'), std::string::npos);
  EXPECT_EQ(parsed<json::raw_json>(" [1] ").text, "[1]");
  EXPECT_TRUE(parsed<json::raw_json>("null").empty());
  EXPECT_EQ(json::to_string(json::raw_json{}), "null");
  auto e = failure<std::map<std::string, json::raw_json>>(R"({"a": {"x": [1, tru]}})");
  EXPECT_EQ(e.kind(), json::errc::syntax);
}

TEST(Bytes, Base64Member) {
  auto b = parsed<json::bytes>(R"("aGVsbG8=")");
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(b.data()), b.size()), "hello");
  EXPECT_EQ(json::to_string(b), R"("aGVsbG8=")");
  EXPECT_EQ(failure<json::bytes>(R"("aGVsbG8")").message(),
            "$: expected base64 string, got truncated base64 (length 7)");
  EXPECT_EQ(failure<json::bytes>(R"("aGV*bG8=")").message(),
            "$: expected base64 string, got invalid base64 at offset 3");
}

}  // namespace

TEST(Map, ParseIntoReusesNodesAndLeavesNothingBehind) {
  std::map<std::string, std::string> m;
  ASSERT_TRUE(json::parse_into(R"({"a": "first value, long enough to allocate", "b": "x", "c": "y"})", m));
  std::set<const std::string*> before;
  for (auto& [k, v] : m) before.insert(&v);

  ASSERT_TRUE(json::parse_into(R"({"z": "1", "b": "2", "z": "3"})", m));  // fewer keys, one repeated
  EXPECT_EQ(m, (std::map<std::string, std::string>{{"b", "2"}, {"z", "3"}}));
  for (auto& [k, v] : m) EXPECT_TRUE(before.count(&v)) << k << " got a new node";

  ASSERT_TRUE(json::parse_into(R"({"p": "", "q": "4", "r": "5", "s": "6"})", m));  // more keys than nodes
  EXPECT_EQ(m, (std::map<std::string, std::string>{{"p", ""}, {"q", "4"}, {"r", "5"}, {"s", "6"}}));

  // The same keys in the same order again: every entry is reused where it stands.
  std::set<const std::string*> nodes;
  for (auto& [k, v] : m) nodes.insert(&v);
  ASSERT_TRUE(json::parse_into(R"({"p": "7", "q": "8", "r": "", "s": "9"})", m));
  EXPECT_EQ(m, (std::map<std::string, std::string>{{"p", "7"}, {"q", "8"}, {"r", ""}, {"s", "9"}}));
  for (auto& [k, v] : m) EXPECT_TRUE(nodes.count(&v)) << k << " got a new node";
  ASSERT_TRUE(json::parse_into(R"({"p": "1", "q": "2"})", m));  // a prefix of the same keys
  EXPECT_EQ(m, (std::map<std::string, std::string>{{"p", "1"}, {"q", "2"}}));
  ASSERT_TRUE(json::parse_into(R"({"p": "x", "p": "y", "q": "z"})", m));  // a repeated key, in step
  EXPECT_EQ(m, (std::map<std::string, std::string>{{"p", "y"}, {"q", "z"}}));

  std::unordered_map<std::string, std::vector<int>> u{{"old", {1, 2, 3}}};
  ASSERT_TRUE(json::parse_into(R"({"new": []})", u));
  EXPECT_EQ(u, (std::unordered_map<std::string, std::vector<int>>{{"new", {}}}));
}
