// The comparison behind the conformance tests and `lambda-event diff`: what counts as a loss.

#include "close_names.h"
#include "semantic_diff.h"

#include <gtest/gtest.h>

#include <array>
#include <string_view>

namespace {

using lambda::events::tools::allowance;
using lambda::events::tools::compare_json;
using lambda::events::tools::describe;

TEST(SemanticDiff, EqualTextsHaveNoDifferences) {
  auto c = compare_json(R"({"a":1,"b":[true,null,"x"]})", R"({"b":[true,null,"x"],"a":1})");
  EXPECT_TRUE(c.differences.empty());
  EXPECT_TRUE(c.lossless());
}

TEST(SemanticDiff, NumbersCompareByValue) {
  EXPECT_TRUE(compare_json(R"({"t":60})", R"({"t":60.0})").differences.empty());
  EXPECT_TRUE(compare_json(R"({"t":1e3})", R"({"t":1000})").differences.empty());
  auto c = compare_json(R"({"t":18446744073709551615})", R"({"t":-1})");
  ASSERT_EQ(c.differences.size(), 1u);
  EXPECT_FALSE(c.lossless());
}

TEST(SemanticDiff, AnOmittedNullIsAllowed) {
  auto c = compare_json(R"({"a":null,"b":1})", R"({"b":1})");
  ASSERT_EQ(c.differences.size(), 1u);
  EXPECT_EQ(c.differences[0].path, "$.a");
  EXPECT_EQ(c.differences[0].allowed, allowance::null_omitted);
  EXPECT_TRUE(c.lossless());
}

TEST(SemanticDiff, AWrittenDefaultIsAllowedButAWrittenValueIsNot) {
  auto c = compare_json(R"({})", R"({"a":"","b":0,"c":false,"d":[],"e":{"f":null}})");
  EXPECT_EQ(c.differences.size(), 5u);
  EXPECT_TRUE(c.lossless());
  EXPECT_FALSE(compare_json(R"({})", R"({"a":"x"})").lossless());
}

TEST(SemanticDiff, AMissingValueIsALoss) {
  auto c = compare_json(R"({"Records":[{"body":"hi","odd key":1}]})", R"({"Records":[{"body":"hi"}]})");
  ASSERT_EQ(c.differences.size(), 1u);
  EXPECT_EQ(c.differences[0].path, R"($.Records[0]["odd key"])");
  EXPECT_FALSE(c.lossless());
}

// A member that reads null as its default (LAMBDA_JSON_NULL_AS_DEFAULT) writes the default back:
// named, and allowed; any other value in place of a null is a change.
TEST(SemanticDiff, NullWrittenAsTheDefaultIsNamedAsSuch) {
  auto c = compare_json(R"({"body":null,"q":null,"n":null})", R"({"body":"","q":{},"n":0})");
  ASSERT_EQ(c.differences.size(), 3u);
  for (const auto& d : c.differences) EXPECT_EQ(d.allowed, allowance::null_as_default) << d.path;
  EXPECT_TRUE(c.lossless());
  EXPECT_FALSE(compare_json(R"({"body":null})", R"({"body":"x"})").lossless());
  EXPECT_FALSE(compare_json(R"({"q":null})", R"({"q":{"a":1}})").lossless());
}

// A member with an alias reads the other spelling and writes its own (LAMBDA_JSON_ALIAS).
TEST(SemanticDiff, AKeyRespelledInLetterCaseWithItsValueIsNamedAsSuch) {
  auto c = compare_json(R"({"SigningCertURL":"https://x","a":1})", R"({"a":1,"SigningCertUrl":"https://x"})");
  ASSERT_EQ(c.differences.size(), 1u);
  EXPECT_EQ(c.differences[0].path, "$.SigningCertURL");
  EXPECT_EQ(c.differences[0].written, "as $.SigningCertUrl");
  EXPECT_EQ(c.differences[0].allowed, allowance::key_spelling);
  EXPECT_TRUE(c.lossless());
  // Another value under the respelled key, or another key altogether, is a loss.
  EXPECT_FALSE(compare_json(R"({"SigningCertURL":"https://x"})", R"({"SigningCertUrl":"https://y"})").lossless());
  EXPECT_FALSE(compare_json(R"({"SigningCertURL":"https://x"})", R"({"SigningCertUri":"https://x"})").lossless());
  // A written key the original has too is that key's, not a respelling.
  EXPECT_FALSE(compare_json(R"({"K":1,"k":1})", R"({"k":1})").lossless());
}

// The instant is kept; the conformance test still refuses a respelled time (a member's type writes
// the spelling of its precision, which AWS's samples share, or keeps the spelling it read).
TEST(SemanticDiff, TwoSpellingsOfOneInstantAreNamedAsSuch) {
  auto c = compare_json(R"({"t":"2019-03-01T00:00:00Z"})", R"({"t":"2019-03-01T00:00:00.000Z"})");
  ASSERT_EQ(c.differences.size(), 1u);
  EXPECT_EQ(c.differences[0].path, "$.t");
  EXPECT_EQ(c.differences[0].allowed, allowance::time_spelling);
  EXPECT_EQ(describe(c.differences[0]),
            R"($.t: original "2019-03-01T00:00:00Z", written "2019-03-01T00:00:00.000Z" [time spelling])");
  auto offset = compare_json(R"({"t":"2019-03-01T02:00:00+02:00"})", R"({"t":"2019-03-01T00:00:00Z"})");
  ASSERT_EQ(offset.differences.size(), 1u);
  EXPECT_EQ(offset.differences[0].allowed, allowance::time_spelling);
  EXPECT_FALSE(compare_json(R"({"t":"2019-03-01T00:00:00Z"})", R"({"t":"2019-03-01T00:00:01Z"})").lossless());
  // Digits beyond a nanosecond cannot be compared: not the same instant as far as we can tell.
  EXPECT_FALSE(
      compare_json(R"({"t":"2019-03-01T00:00:00.0000000001Z"})", R"({"t":"2019-03-01T00:00:00Z"})").lossless());
}

TEST(SemanticDiff, ArraysCompareInOrder) {
  EXPECT_FALSE(compare_json("[1,2]", "[2,1]").lossless());
  EXPECT_FALSE(compare_json("[1,2]", "[1]").lossless());
}

TEST(SemanticDiff, ABomIsIgnoredAndInvalidJsonIsReported) {
  EXPECT_TRUE(compare_json("\xEF\xBB\xBF{\"a\":1}", R"({"a":1})").lossless());
  auto c = compare_json(R"({"a":)", R"({"a":1})");
  EXPECT_FALSE(c.error.empty());
  EXPECT_FALSE(c.lossless());
}

TEST(CloseNames, SuggestsSubstringsAndSmallTypos) {
  constexpr std::array<std::string_view, 4> names{"SQSEvent", "SQSEventResponse", "SNSEvent", "S3Event"};
  auto found = lambda::events::tools::close_names("SQSEvnt", names);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "SQSEvent");
  found = lambda::events::tools::close_names("sqs", names);
  EXPECT_EQ(found, (std::vector<std::string>{"SQSEvent", "SQSEventResponse"}));
  EXPECT_TRUE(lambda::events::tools::close_names("Completely different", names).empty());
}

}  // namespace
