// Document-level failures: malformed and truncated text, encoding, depth, BOM, trailing content.
#include <lambda/json.h>
#include <lambda/json/testing.h>

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <variant>
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
  for (std::string_view text :
       {R"({"a": [1, 2)", R"({"a": [1, 2])", R"({"a": )", R"({"a")", R"({"a)", "{", "[", R"({"a": [1,, 2]})",
        R"({"a": [1 2]})", R"({"a" [1]})", R"({a: [1]})", R"({"a": [01]})", R"({"a": [1.]})", R"({"a": [-]})"}) {
    auto k = kind_of_failure(text);
    EXPECT_TRUE(k == json::errc::syntax || k == json::errc::wrong_type) << text;
  }
}

TEST(Documents, EmptyInput) {
  auto r = json::parse<Doc>("");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message(), "$: expected a JSON value, got empty input at byte 0");
  auto blank = json::parse<Doc>("   \n");
  ASSERT_FALSE(blank);
  EXPECT_EQ(blank.error().message(), "$: expected a JSON value, got empty input at byte 4 (line 2, column 1)");
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
  for (std::string_view text :
       {std::string_view("{\"a\xFF\": [1]}"), std::string_view("{\"k\": [1], \"s\": \"\xC0\xAF\"}"),
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

TEST(Errors, QuotedInputIsCutBetweenCharacters) {
  // Messages quote at most 40 bytes of the input; cutting inside "é" would make them invalid UTF-8.
  const std::string a39(39, 'a');
  auto n = json::parse<int>("\"" + a39 + "\xC3\xA9\"");  // the token's byte 40 is inside the é
  ASSERT_FALSE(n);
  EXPECT_EQ(n.error().found(), "string \"" + a39 + "…");
  auto t = json::parse<std::chrono::sys_time<std::chrono::seconds>>("\"" + a39 + "\xC3\xA9\"");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().found(), "\"" + a39 + "…\"");
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
  EXPECT_EQ(r.error().message(), "$: expected a JSON value, got 'not' at byte 0");
  auto t = json::parse<std::vector<int>>("[truthy]");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message(), "$[0]: expected a JSON value, got 'truthy' at byte 1");
  auto n = json::parse<std::map<std::string, int>>("null");  // a real null is still "got null"
  ASSERT_FALSE(n);
  EXPECT_EQ(n.error().found(), "null");
}

namespace {

using namespace std::string_view_literals;  // "…"sv keeps the NUL bytes some texts hold

using Raw = std::map<std::string, json::raw_json>;

struct malformed {
  std::string_view text;
  json::errc kind;
  std::string_view path;
  std::string_view message;
};

// One of each fault simdjson reports, in our words, with the byte of the caller's text.
const malformed faults[] = {
    // structure
    {R"({"a": [1], "b": [2] "c": [3]})", json::errc::syntax, "$",
     R"($: expected ',' or '}' after an object member, got "c" at byte 20)"},
    {R"({"a": [1 2]})", json::errc::syntax, "$.a",
     "$.a: expected ',' or ']' after an array element, got '2' at byte 9"},
    {R"({"a" [1]})", json::errc::syntax, "$.a", "$.a: expected ':' after the key, got '[' at byte 5"},
    {R"({a: [1]})", json::errc::syntax, "$", "$: expected a quoted key or '}', got 'a' at byte 1"},
    {R"({"a": [1],})", json::errc::syntax, "$", "$: expected a quoted key after ',', got '}' at byte 10"},
    {R"({"a": [1,]})", json::errc::syntax, "$.a[1]", "$.a[1]: expected a JSON value after ',', got ']' at byte 9"},
    {R"({"a": [1,, 2]})", json::errc::syntax, "$.a[1]", "$.a[1]: expected a JSON value after ',', got ',' at byte 9"},
    {R"({"a": [}]})", json::errc::syntax, "$.a", "$.a: expected a JSON value or ']', got '}' at byte 7"},
    {R"({"a": })", json::errc::syntax, "$.a", "$.a: expected a JSON value, got '}' at byte 6"},
    // truncated documents
    {"{", json::errc::syntax, "$", "$: expected a quoted key or '}', got end of input at byte 1"},
    {"[", json::errc::syntax, "$", "$: expected a JSON value or ']', got end of input at byte 1"},
    {R"({"a": [1])", json::errc::syntax, "$",
     "$: expected ',' or '}' after an object member, got end of input at byte 9"},
    {R"({"a": [1, 2)", json::errc::syntax, "$.a",
     "$.a: expected ',' or ']' after an array element, got end of input at byte 11"},
    {R"({"a": )", json::errc::syntax, "$.a", "$.a: expected a JSON value, got end of input at byte 6"},
    {R"({"a")", json::errc::syntax, "$.a", "$.a: expected ':' after the key, got end of input at byte 4"},
    {R"({"a": "abc)", json::errc::syntax, "$.a",
     R"($.a: expected '"' to close the string that starts at byte 6, got end of input at byte 10)"},
    {R"({"ab)", json::errc::syntax, "$",
     R"($: expected '"' to close the string that starts at byte 1 in a key, got end of input at byte 4)"},
    // literals and numbers
    {"not", json::errc::syntax, "$", "$: expected a JSON value, got 'not' at byte 0"},
    {R"({"a": nul})", json::errc::syntax, "$.a", "$.a: expected null, got 'nul' at byte 6"},
    {"[tru]", json::errc::syntax, "$[0]", "$[0]: expected true, got 'tru' at byte 1"},
    {"[True]", json::errc::syntax, "$[0]", "$[0]: expected true, got 'True' at byte 1"},
    {"[falsey]", json::errc::syntax, "$[0]", "$[0]: expected false, got 'falsey' at byte 1"},
    {R"({"a": [01]})", json::errc::syntax, "$.a[0]",
     "$.a[0]: expected a number without leading zeros, got '01' at byte 7"},
    {R"({"a": [-]})", json::errc::syntax, "$.a[0]", "$.a[0]: expected a digit after '-', got '-' at byte 7"},
    {R"({"a": [1.]})", json::errc::syntax, "$.a[0]",
     "$.a[0]: expected a digit after the decimal point, got '1.' at byte 7"},
    {R"({"a": [1e+]})", json::errc::syntax, "$.a[0]", "$.a[0]: expected a digit in the exponent, got '1e+' at byte 7"},
    {R"({"a": [0x1F]})", json::errc::syntax, "$.a[0]", "$.a[0]: expected a JSON number, got '0x1F' at byte 7"},
    // escapes
    {R"({"a": ["\q"]})", json::errc::syntax, "$.a[0]",
     R"($.a[0]: expected an escape sequence (\" \\ \/ \b \f \n \r \t or \uXXXX), got '\q' at byte 8)"},
    {R"({"a": ["\u12G4"]})", json::errc::syntax, "$.a[0]",
     R"($.a[0]: expected four hex digits after \u, got '\u12G4' at byte 8)"},
    {R"({"a": "\uD83D"})", json::errc::syntax, "$.a",
     R"($.a: expected a low surrogate escape (\uDC00 to \uDFFF) after \uD83D, got the end of the string at byte 13)"},
    {R"({"a": "\uD83D\u0041"})", json::errc::syntax, "$.a",
     R"($.a: expected a low surrogate escape (\uDC00 to \uDFFF) after \uD83D, got '\u0041' at byte 13)"},
    {R"({"a": "x\uDE00"})", json::errc::syntax, "$.a",
     R"($.a: expected a low surrogate escape only after a high one (\uD800 to \uDBFF), got '\uDE00' on its own at byte 8)"},
    // encoding and control characters, under the path of the string that holds them
    {"{\"Records\": [{\"body\": \"caf\xC3\x28\"}]}", json::errc::invalid_utf8, "$.Records[0].body",
     "$.Records[0].body: expected valid UTF-8 text, got bytes 0xC3 0x28 (an incomplete sequence) at byte 26"},
    {"{\"Records\": [{\"b\xFF"
     "dy\": 1}]}",
     json::errc::invalid_utf8, "$.Records[0]",
     "$.Records[0]: expected valid UTF-8 text in a key, got byte 0xFF (never valid in UTF-8) at byte 16"},
    {"{\"a\": {\"list\": [\"ok\", \"x\0y\"]}}"sv, json::errc::syntax, "$.a.list[1]",
     R"($.a.list[1]: expected a control character to be escaped (\u0000), got a raw NUL at byte 24)"},
    {"{\"a\": \"line\nbreak\"}", json::errc::syntax, "$.a",
     R"($.a: expected a control character to be escaped (\n), got a raw line feed at byte 11)"},
    {"{\"k\x01\": 1}", json::errc::syntax, "$",
     R"($: expected a control character to be escaped (\u0001) in a key, got a raw control character 0x01 at byte 3)"},
    {"{\"s\": \"\xC0\xAF\"}", json::errc::invalid_utf8, "$.s",
     "$.s: expected valid UTF-8 text, got byte 0xC0 (an overlong encoding) at byte 7"},
    {"{\"s\": \"\xE0\x80\xAF\"}", json::errc::invalid_utf8, "$.s",
     "$.s: expected valid UTF-8 text, got bytes 0xE0 0x80 (an overlong encoding) at byte 7"},
    {"{\"s\": \"\xED\xA0\x80\"}", json::errc::invalid_utf8, "$.s",
     "$.s: expected valid UTF-8 text, got bytes 0xED 0xA0 (an encoded UTF-16 surrogate) at byte 7"},
    {"{\"s\": \"\xF4\x90\x80\x80\"}", json::errc::invalid_utf8, "$.s",
     "$.s: expected valid UTF-8 text, got bytes 0xF4 0x90 (beyond U+10FFFF) at byte 7"},
    {"{\"s\": \"\xE2\x82\"}", json::errc::invalid_utf8, "$.s",
     "$.s: expected valid UTF-8 text, got bytes 0xE2 0x82 0x22 (an incomplete sequence) at byte 7"},
    {"{\"s\": \"\xE2\x82", json::errc::invalid_utf8, "$.s",
     "$.s: expected valid UTF-8 text, got bytes 0xE2 0x82 (cut short by the end of input) at byte 7"},
    {"{\"s\": \"ok \x80\"}", json::errc::invalid_utf8, "$.s",
     "$.s: expected valid UTF-8 text, got byte 0x80 (a continuation byte out of place) at byte 10"},
    {"{\"s\": 1}\xFF", json::errc::trailing_content, "$", "$: expected end of input, got byte 0xFF at byte 8"},
    // after the document
    {R"({"a": []} {})", json::errc::trailing_content, "$", "$: expected end of input, got '{' at byte 10"},
    {R"({"a": []}])", json::errc::trailing_content, "$", "$: expected end of input, got ']' at byte 9"},
    {"]", json::errc::syntax, "$", "$: expected a JSON value, got ']' at byte 0"},
};

TEST(MalformedText, SaysWhatWasExpectedAndFoundAndWhere) {
  for (const malformed& m : faults) {
    SCOPED_TRACE(m.text);
    auto r = json::parse<Raw>(m.text);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind(), m.kind);
    EXPECT_EQ(r.error().path(), m.path);
    EXPECT_EQ(r.error().message(), m.message);
    EXPECT_EQ(json::testing::check_error(r.error(), m.text), std::nullopt);
    // Whether a text is JSON does not depend on the type read from it.
    auto typed = json::parse<std::map<std::string, std::vector<int>>>(m.text);
    ASSERT_FALSE(typed);
    EXPECT_EQ(typed.error().message(), m.message);
  }
}

TEST(MalformedText, PathsNameEscapedAndQuotedKeys) {
  auto r = json::parse<Raw>(R"({"a b": {"c\"d": [0, {"\u00e9t\u00e9": tru}]}})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().path(), "$[\"a b\"][\"c\\\"d\"][1][\"été\"]");
  EXPECT_EQ(r.error().offset(), 39u);
}

TEST(MalformedText, OffsetsCountTheByteOrderMarkAndLinesAreCounted) {
  auto r = json::parse<Raw>("\xEF\xBB\xBF{\"a\": [1 2]}");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message(), "$.a: expected ',' or ']' after an array element, got '2' at byte 12");

  auto pretty = json::parse<Raw>("{\n  \"a\": [\n    1,\n    2,\n  ]\n}");
  ASSERT_FALSE(pretty);
  ASSERT_TRUE(pretty.error().position());
  EXPECT_EQ(pretty.error().position()->line, 5u);
  EXPECT_EQ(pretty.error().position()->column, 3u);
  EXPECT_EQ(pretty.error().message(), "$.a[2]: expected a JSON value after ',', got ']' at byte 27 (line 5, column 3)");
}

TEST(MalformedText, WinsOverAnEarlierWrongType) {
  // The reader would stop at "a" (not an integer); the text is not JSON further on, and that is
  // what a caller must fix first, whatever type they read.
  auto r = json::parse<std::map<std::string, int>>(R"({"a": "x", "b": tru})");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message(), "$.b: expected true, got 'tru' at byte 16");
  // Errors about well-formed values keep their path and have no offset.
  auto typed = json::parse<std::map<std::string, int>>(R"({"a": "x"})");
  ASSERT_FALSE(typed);
  EXPECT_EQ(typed.error().kind(), json::errc::wrong_type);
  EXPECT_EQ(typed.error().offset(), std::nullopt);
  EXPECT_EQ(typed.error().message(), R"($.a: expected integer in [-2147483648, 2147483647], got string "x")");
}

TEST(MalformedText, NestingPastTheLimitComesBeforeLaterFaults) {
  std::string deep(200, '[');
  deep += "\"\xFF\"";  // invalid UTF-8, which simdjson rejects before reading anything
  auto r = json::parse<json::raw_json>(deep);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), json::errc::too_deep);
  EXPECT_EQ(r.error().path().size(), 1 + 128 * 3);  // $ and [0] for each level
}

// An SQS-like event with escapes, raw and escaped non-ASCII, numbers and literals.
constexpr std::string_view event =
    "{\"Records\": [{\"messageId\": \"059f36b4-87a3\", \"body\": \"{\\\"order\\\": 17, \\\"note\\\": "
    "\\\"caf\\u00e9\\\"}\", \"attributes\": {\"ApproximateReceiveCount\": \"1\", \"SentTimestamp\": "
    "\"1545082649183\"}, \"messageAttributes\": {}, \"size\": -12.5e-3, \"flags\": [true, false, null], "
    "\"emoji\": \"\\ud83d\\ude00 \xF0\x9F\x98\x80 caf\xC3\xA9\", \"eventSource\": \"aws:sqs\"}]}";

using Records = std::map<std::string, std::vector<Raw>>;
using Scalar = std::variant<std::monostate, bool, double, std::string, std::map<std::string, std::string>,
                            std::vector<std::optional<bool>>>;
using Typed = std::map<std::string, std::vector<std::map<std::string, Scalar>>>;

// Every rejection is in our words, and malformed text is rejected the same way whatever the type.
void expect_told_well(std::string_view text) {
  SCOPED_TRACE(::testing::Message() << "text: " << text);
  EXPECT_EQ(json::testing::check_json_verdict(text), std::nullopt);
  auto raw = json::parse<json::raw_json>(text);
  const bool about_text =
      !raw && (raw.error().kind() == json::errc::syntax || raw.error().kind() == json::errc::invalid_utf8 ||
               raw.error().kind() == json::errc::trailing_content);
  auto check = [&](const auto& r) {
    if (r) {
      EXPECT_FALSE(about_text) << "accepted malformed text, rejected as raw JSON with: " << raw.error().message();
      return;
    }
    EXPECT_EQ(json::testing::check_error(r.error(), text), std::nullopt);
    if (about_text) EXPECT_EQ(r.error().message(), raw.error().message());
  };
  check(json::parse<Records>(text));
  check(json::parse<Typed>(text));
}

// `text` in a buffer with simdjson's padding past its end, as the runtime reads an event.
std::string padded(std::string_view text) {
  std::string buffer;
  buffer.reserve(text.size() + simdjson::SIMDJSON_PADDING);
  buffer.assign(text);
  return buffer;
}

// Reading a caller-padded text where it is gives what reading a copy gives: the value, or the error.
template <class T>
void expect_in_place_as_copied(std::string_view text) {
  SCOPED_TRACE(::testing::Message() << "text: " << text);
  const std::string buffer = padded(text);
  auto copied = json::parse<T>(text);
  auto in_place = json::parse<T>(simdjson::padded_string_view(buffer));
  ASSERT_EQ(bool(copied), bool(in_place)) << (copied ? in_place.error().message() : copied.error().message());
  if (copied)
    EXPECT_EQ(json::to_string(*in_place), json::to_string(*copied));
  else
    EXPECT_EQ(in_place.error().message(), copied.error().message());
}

TEST(MalformedText, EveryPrefixCorruptionAndDeletionOfAnEventIsToldWell) {
  ASSERT_TRUE(json::parse<Typed>(event)) << json::parse<Typed>(event).error().message();
  static constexpr unsigned char replacements[] = {0x00, 0x1F, ' ',  '"',  ',',  ':',  '[', ']',  '{',
                                                   '}',  '\\', '0',  '-',  '.',  'e',  'x', 0x7F, 0x80,
                                                   0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF};
  std::size_t rejected = 0, variants = 0;
  auto run = [&](std::string_view text) {
    ++variants;
    rejected += !json::parse<json::raw_json>(text);
    expect_told_well(text);
    expect_in_place_as_copied<json::raw_json>(text);
    expect_in_place_as_copied<Typed>(text);
  };
  for (std::size_t n = 0; n < event.size(); ++n) run(event.substr(0, n));
  std::string text(event);
  for (std::size_t i = 0; i < event.size(); ++i) {
    for (unsigned char c : replacements) {
      if (static_cast<unsigned char>(event[i]) == c) continue;
      text[i] = static_cast<char>(c);
      run(text);
    }
    text[i] = event[i];
    run(std::string(event.substr(0, i)) + std::string(event.substr(i + 1)));
  }
  // Most variants are malformed; those that are not (a digit for a digit, a space for a space in a
  // string) still go through the same checks.
  EXPECT_GT(rejected, variants / 2);
}

TEST(Documents, ACallerPaddedTextIsReadInPlaceAsACopyWouldBe) {
  for (std::string_view text :
       {event, std::string_view(R"({"a": [1, 2], "b": []})"), std::string_view("  [1, 2] \n"),
        std::string_view("\xEF\xBB\xBF{\"a\": [1]}"), std::string_view("\xEF\xBB{\"a\": [1]}"),
        std::string_view(R"({"a": []} {})"), std::string_view(R"({"a": []}])"), std::string_view(R"({"a": [1, 2)"),
        std::string_view(""), std::string_view("  \n"), std::string_view("17"), std::string_view(R"("text")"),
        std::string_view("null"), std::string_view("{"), std::string_view("[1, 2] x"),
        std::string_view("{\"a\xFF\": [1]}")}) {
    expect_in_place_as_copied<json::raw_json>(text);
    expect_in_place_as_copied<Doc>(text);
    expect_in_place_as_copied<Typed>(text);
    expect_in_place_as_copied<std::vector<int>>(text);
    expect_in_place_as_copied<int>(text);
    expect_in_place_as_copied<std::string>(text);
    // Types that also read a scalar (or null) at the root: simdjson must not be asked for one at
    // the root of an object document, so these take the copying way.
    expect_in_place_as_copied<std::optional<Doc>>(text);
    expect_in_place_as_copied<std::variant<int, Doc>>(text);
    expect_in_place_as_copied<std::map<std::string, json::raw_json>>(text);
  }
}

TEST(Documents, AStringReadInPlaceIsAViewOfTheCallersText) {
  using Views = std::map<std::string, std::vector<std::string_view>>;
  const std::string buffer = padded(R"({"k": ["plain", "esc\"aped"]})");
  auto inside = [&](std::string_view s) {
    return s.data() >= buffer.data() && s.data() < buffer.data() + buffer.size();
  };
  auto r = json::parse<Views>(simdjson::padded_string_view(buffer));
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->at("k")[0], "plain");
  EXPECT_TRUE(inside(r->at("k")[0])) << "the text was copied";
  EXPECT_EQ(r->at("k")[1], "esc\"aped");
  EXPECT_FALSE(inside(r->at("k")[1]));  // unescaped into the parser's buffer
  // Without the padding, the text is copied first.
  auto copied = json::parse<Views>(simdjson::padded_string_view(buffer.data(), buffer.size(), buffer.size()));
  ASSERT_TRUE(copied) << copied.error().message();
  EXPECT_EQ(copied->at("k")[0], "plain");
  EXPECT_FALSE(inside(copied->at("k")[0]));
}

}  // namespace
