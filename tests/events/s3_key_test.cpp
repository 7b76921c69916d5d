// lambda::events::url_decode_key / decoded_key: form-URL decoding of S3 object keys.

#include <lambda/events/s3.h>

#include <gtest/gtest.h>

#include <string>

namespace {

using lambda::events::decoded_key;
using lambda::events::S3Object;
using lambda::events::url_decode_key;

TEST(S3Key, PlusIsASpace) {
  EXPECT_EQ(url_decode_key("New+File.jpg"), "New File.jpg");
  EXPECT_EQ(url_decode_key("+++"), "   ");
}

TEST(S3Key, PercentEscapesAreBytesInEitherCase) {
  EXPECT_EQ(url_decode_key("Happy%20Face.jpg"), "Happy Face.jpg");
  EXPECT_EQ(url_decode_key("a%2Bb%2bc"), "a+b+c");  // an escaped plus stays a plus
  EXPECT_EQ(url_decode_key("dir%2Fsub%2fx"), "dir/sub/x");
  EXPECT_EQ(url_decode_key("100%25"), "100%");
  EXPECT_EQ(url_decode_key("%25%32%30"), "%20");  // decoded once, not twice
}

TEST(S3Key, MultiByteUtf8) {
  EXPECT_EQ(url_decode_key("caf%C3%A9+%F0%9F%9A%80"), "caf\xC3\xA9 \xF0\x9F\x9A\x80");
  // S3 sends non-ASCII keys escaped, but raw UTF-8 passes through unchanged.
  EXPECT_EQ(url_decode_key("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(S3Key, NulAndInvalidUtf8AreKeptAsBytes) {
  EXPECT_EQ(url_decode_key("a%00b"), std::string("a\0b", 3));
  EXPECT_EQ(url_decode_key("%FF%FE"), "\xFF\xFE");
}

TEST(S3Key, MalformedEscapesAreKeptVerbatim) {
  EXPECT_EQ(url_decode_key("%"), "%");
  EXPECT_EQ(url_decode_key("%4"), "%4");
  EXPECT_EQ(url_decode_key("a%"), "a%");
  EXPECT_EQ(url_decode_key("a%4"), "a%4");
  EXPECT_EQ(url_decode_key("%zz"), "%zz");
  EXPECT_EQ(url_decode_key("%4g"), "%4g");
  EXPECT_EQ(url_decode_key("%g4"), "%g4");
  EXPECT_EQ(url_decode_key("%%41"), "%A");  // the first % is malformed, the second escape is fine
  EXPECT_EQ(url_decode_key("%+"), "% ");
}

TEST(S3Key, EmptyAndPlain) {
  EXPECT_EQ(url_decode_key(""), "");
  EXPECT_EQ(url_decode_key("HappyFace.jpg"), "HappyFace.jpg");
}

TEST(S3Key, DecodedKeyOfAnObject) {
  S3Object object;
  object.key = "images/red+flower%2B1.jpg";
  EXPECT_EQ(decoded_key(object), "images/red flower+1.jpg");
}

TEST(S3Key, DecodesOurOwnSampleKey) {
  // The key of tests/events/samples/S3Event.unicode-keys-extremes.json.
  EXPECT_EQ(url_decode_key("dir%2Fcaf%C3%A9+%F0%9F%9A%80+100%25+%zz+%4+a%2bb"),
            "dir/caf\xC3\xA9 \xF0\x9F\x9A\x80 100% %zz %4 a+b");
}

TEST(S3Key, EventRecordsCarryTheEncodedKey) {
  auto event = lambda::json::parse<lambda::events::S3Event>(
      R"({"Records":[{"eventName":"ObjectCreated:Put","eventTime":"1970-01-01T00:00:00.000Z","s3":{"object":{"key":"New+File%21.jpg","size":1}}}]})");
  ASSERT_TRUE(event) << event.error().message();
  ASSERT_EQ(event->Records.size(), 1u);
  EXPECT_EQ(event->Records[0].s3.object.key, "New+File%21.jpg");
  EXPECT_EQ(decoded_key(event->Records[0].s3.object), "New File!.jpg");
}

}  // namespace
