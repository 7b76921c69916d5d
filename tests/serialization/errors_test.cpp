// Document-level failures: malformed and truncated text, encoding, depth, BOM, trailing content.
#include <lambda/json.h>

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace json = lambda::json;

namespace {

using Doc = std::map<std::string, std::vector<int>>;

json::errc kind_of_failure(std::string_view text) {
  auto r = json::parse<Doc>(text);
  EXPECT_FALSE(r) << "parsed: " << text;
  return r ? json::errc::syntax : r.error().kind();
}

TEST(Documents, MalformedAndTruncated) {
  for (std::string_view text : {R"({"a": [1, 2)", R"({"a": [1, 2])", R"({"a": )", R"({"a")", R"({"a)", "{", "[",
                                R"({"a": [1,, 2]})", R"({"a": [1 2]})", R"({"a" [1]})", R"({a: [1]})",
                                R"({"a": [01]})", R"({"a": [1.]})", R"({"a": [-]})"}) {
    auto k = kind_of_failure(text);
    EXPECT_TRUE(k == json::errc::syntax || k == json::errc::wrong_type) << text;
  }
}

TEST(Documents, EmptyInput) {
  auto r = json::parse<Doc>("");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message(), "$: expected a JSON value, got empty input");
  EXPECT_FALSE(json::parse<Doc>("   \n"));
}

TEST(Documents, TrailingContent) {
  EXPECT_EQ(kind_of_failure(R"({"a": []} {})"), json::errc::trailing_content);
  EXPECT_EQ(kind_of_failure(R"({"a": []}, 1)"), json::errc::trailing_content);
  EXPECT_EQ(kind_of_failure(R"({"a": []}])"), json::errc::trailing_content);
  EXPECT_TRUE(json::parse<Doc>("{\"a\": []}  \n\t"));
}

TEST(Documents, ByteOrderMarkIsSkipped) {
  auto r = json::parse<Doc>("\xEF\xBB\xBF{\"a\": [1]}");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->at("a"), std::vector<int>{1});
  EXPECT_FALSE(json::parse<Doc>("\xEF\xBB{\"a\": [1]}"));  // half a BOM is not one
}

TEST(Documents, InvalidUtf8IsRejected) {
  for (std::string_view text : {std::string_view("{\"a\xFF\": [1]}"), std::string_view("{\"k\": [1], \"s\": \"\xC0\xAF\"}"),
                                std::string_view("{\"s\": \"\xED\xA0\x80\"}"), std::string_view("{\"s\": \"\xF4\x90\x80\x80\"}"),
                                std::string_view("{\"s\": \"\xE2\x82\"}")}) {
    auto r = json::parse<std::map<std::string, json::raw_json>>(text);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind(), json::errc::invalid_utf8) << r.error().message();
  }
}

TEST(Documents, NestingDepthIsBounded) {
  std::string deep(200, '[');
  deep += std::string(200, ']');
  auto r = json::parse<json::raw_json>(deep);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), json::errc::too_deep);
  EXPECT_EQ(r.error().expected(), "nesting depth at most 128");

  json::parser lenient({.max_depth = 300});
  EXPECT_TRUE(lenient.parse<json::raw_json>(deep));

  std::string very_deep(100000, '[');  // far past any limit: an error, not a stack overflow
  EXPECT_FALSE(json::parse<json::raw_json>(very_deep));
}

TEST(Documents, SkippedValuesAreStillValidated) {
  // A map of raw_json walks every value: malformed content inside is found.
  using Raw = std::map<std::string, json::raw_json>;
  EXPECT_FALSE(json::parse<Raw>(R"({"a": {"b": [1, }]}})"));
  EXPECT_FALSE(json::parse<Raw>(R"({"a": nul})"));
  EXPECT_FALSE(json::parse<Raw>(R"({"a": "\q"})"));
  EXPECT_FALSE(json::parse<Raw>(R"({"a": 01})"));
  EXPECT_FALSE(json::parse<Raw>(R"({"a": 1.})"));
  EXPECT_FALSE(json::parse<Raw>(R"({"a": -})"));
}

TEST(Documents, NumbersBeyondMachineRangeAreValidJsonWhenSkippedOrKeptRaw) {
  // 128-bit integers and 1e400 are valid JSON that simdjson 3.0 cannot convert; values we only
  // skip or keep verbatim must still accept them.
  using Raw = std::map<std::string, json::raw_json>;
  auto r = json::parse<Raw>(R"({"big": 123456789012345678901234567890, "huge": -1e400, "tiny": 1E-400})");
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->at("big").text, "123456789012345678901234567890");
  EXPECT_EQ(r->at("huge").text, "-1e400");
  using Nested = std::map<std::string, Raw>;
  EXPECT_TRUE(json::parse<Nested>(R"({"x": {"n": 340282366920938463463374607431768211456}})"));
  // Read as a machine number, the same text is an error that says so.
  auto n = json::parse<std::int64_t>("123456789012345678901234567890");
  ASSERT_FALSE(n);
}

TEST(Errors, PathSyntax) {
  auto r = json::parse<std::map<std::string, std::map<std::string, std::vector<int>>>>(
      R"({"Records": {"s3 key": [1, 2, "three"]}})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().path(), R"($.Records["s3 key"][2])");
  EXPECT_EQ(r.error().expected(), "integer in [-2147483648, 2147483647]");
  EXPECT_EQ(r.error().found(), "string \"three\"");
}

TEST(Errors, ResultValueThrowsWithTheError) {
  auto r = json::parse<int>("\"x\"");
  ASSERT_FALSE(r);
  try {
    (void)r.value();
    FAIL() << "value() did not throw";
  } catch (const json::bad_result_access& e) {
    EXPECT_EQ(std::string(e.what()), r.error().message());
  }
}

TEST(Kernel, SimdKernelIsActive) {
#if defined(__x86_64__)
  EXPECT_EQ(json::active_kernel(), "haswell") << "build with LAMBDAGEN_TARGET_ARCH_FLAGS=-march=haswell";
#elif defined(__aarch64__)
  EXPECT_EQ(json::active_kernel(), "arm64");
#else
  GTEST_SKIP() << "no SIMD kernel expectation for this architecture";
#endif
}

}  // namespace

TEST(Errors, TextThatOnlyStartsLikeALiteralIsNotJson) {
  auto r = json::parse<std::map<std::string, int>>("not json");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), json::errc::syntax);
  EXPECT_NE(r.error().message().find("invalid JSON"), std::string::npos) << r.error().message();
  auto t = json::parse<std::vector<int>>("[truthy]");
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().message().find("invalid JSON"), std::string::npos) << t.error().message();
  auto n = json::parse<std::map<std::string, int>>("null");  // a real null is still "got null"
  ASSERT_FALSE(n);
  EXPECT_EQ(n.error().found(), "null");
}
