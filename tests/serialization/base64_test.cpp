// Base64 against the RFC 4648 §10 test vectors and its malformed inputs.
#include <lambda/json.h>

#include <gtest/gtest.h>

namespace json = lambda::json;

namespace {

TEST(Base64, Rfc4648Vectors) {
  const std::pair<std::string_view, std::string_view> vectors[] = {{"", ""},
                                                                   {"f", "Zg=="},
                                                                   {"fo", "Zm8="},
                                                                   {"foo", "Zm9v"},
                                                                   {"foob", "Zm9vYg=="},
                                                                   {"fooba", "Zm9vYmE="},
                                                                   {"foobar", "Zm9vYmFy"}};
  for (auto [plain, encoded] : vectors) {
    EXPECT_EQ(json::base64_encode(plain), encoded);
    EXPECT_EQ(json::base64_decode_to_string(encoded), std::string(plain));
  }
}

TEST(Base64, AllByteValuesRoundTrip) {
  json::bytes all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<std::byte>(i));
  json::bytes back;
  EXPECT_FALSE(json::base64_decode(json::base64_encode(all), back));
  EXPECT_EQ(back, all);
}

TEST(Base64, RejectsMalformedText) {
  json::bytes out;
  EXPECT_EQ(json::base64_decode("Zg=", out), 3u);       // not a multiple of four
  EXPECT_EQ(json::base64_decode("Z===", out), 1u);      // padding too early
  EXPECT_EQ(json::base64_decode("Zh==", out), 1u);      // non-zero unused bits
  EXPECT_EQ(json::base64_decode("Zm=v", out), 2u);      // padding in the middle
  EXPECT_EQ(json::base64_decode("Zg==Zg==", out), 2u);  // padding before the end
  EXPECT_EQ(json::base64_decode("Zm9v\n", out), 5u);
  EXPECT_EQ(json::base64_decode("Zm-_", out), 2u);  // URL alphabet is not the standard one
}

}  // namespace
