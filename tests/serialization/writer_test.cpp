// The writer on its own: escaping, UTF-8 repair, buffers, indentation.
#include <lambda/json.h>

#include <gtest/gtest.h>

#include <sys/mman.h>
#include <unistd.h>

#include <random>
#include <string>

namespace json = lambda::json;

namespace {

std::string as_json_string(std::string_view s) {
  json::writer w;
  w.string(s);
  return w.release();
}

TEST(Writer, EscapesQuotesBackslashesAndEveryControlCharacter) {
  EXPECT_EQ(as_json_string("plain"), "\"plain\"");
  EXPECT_EQ(as_json_string("a\"b\\c"), R"("a\"b\\c")");
  EXPECT_EQ(as_json_string("\b\f\n\r\t"), R"("\b\f\n\r\t")");
  EXPECT_EQ(as_json_string(std::string_view("\0\x01\x1f", 3)), R"("\u0000\u0001\u001f")");
  EXPECT_EQ(as_json_string("\x7f/"), "\"\x7f/\"");  // DEL and '/' need no escape
  for (int c = 0; c < 0x20; ++c) {
    std::string s(1, static_cast<char>(c));
    auto back = json::parse<std::string>(as_json_string(s));
    ASSERT_TRUE(back) << c;
    EXPECT_EQ(*back, s);
  }
}

TEST(Writer, EscapesAtEveryPositionOfTheFastPath) {
  for (std::size_t len = 0; len < 40; ++len)
    for (std::size_t at = 0; at < len; ++at) {
      std::string s(len, 'x');
      s[at] = '"';
      auto text = as_json_string(s);
      auto back = json::parse<std::string>(text);
      ASSERT_TRUE(back) << text;
      EXPECT_EQ(*back, s);
    }
}

TEST(Writer, KeepsValidUtf8AndRepairsInvalid) {
  EXPECT_EQ(as_json_string("caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80"),
            "\"caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80\"");
  EXPECT_EQ(as_json_string("long enough to pass the fast path \xC3\xA9\n\"end\""),
            "\"long enough to pass the fast path \xC3\xA9\\n\\\"end\\\"\"");
  EXPECT_EQ(as_json_string("bad \xFF byte"), "\"bad \xEF\xBF\xBD byte\"");
  EXPECT_EQ(as_json_string("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");                  // overlong
  EXPECT_EQ(as_json_string("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // surrogate
  EXPECT_EQ(as_json_string("cut \xE2\x82"), "\"cut \xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_TRUE(json::parse<std::string>(as_json_string("\xFF\xFE\xFD\x80 mixed \xC3\xA9 \x01")));
}

// A byte-at-a-time escaper, written for clarity, as the oracle for the vectorized one.
std::string reference_json_string(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  auto continuation = [&](std::size_t i) { return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; };
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          if (c < 0x20)
            out += std::string("\\u00") + hex[c >> 4] + hex[c & 0xF];
          else
            out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    // RFC 3629: the length a lead byte announces, and the range its second byte must be in.
    std::size_t len = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c >= 0xE0 && c <= 0xEF)
      len = 3, low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4)
      len = 4, low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
    bool valid = len > 0 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= low &&
                 static_cast<unsigned char>(s[i + 1]) <= high;
    for (std::size_t k = 2; valid && k < len; ++k) valid = continuation(i + k);
    if (valid) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out + "\"";
}

TEST(Writer, AgreesWithAByteAtATimeEscaperOnRandomText) {
  // Mostly plain text, so runs cross the 32-byte steps, broken by the bytes that need care.
  static constexpr std::string_view pieces[] = {"a",        "plain text ",  "0123456789abcdefghijklmnopqrstuv",
                                                "\"",       "\\",           "\n",
                                                "\x01",     "\x1f",         "\x7f",
                                                "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80",
                                                "\xFF",     "\xC0\xAF",     "\xED\xA0\x80",
                                                "\xE2\x82"};
  // Every other round holds only quotes, backslashes and valid UTF-8 besides plain text, like a
  // body that carries JSON: the writer escapes such text on a path of its own.
  static constexpr std::size_t json_like[] = {3, 4, 9, 10, 11};
  std::mt19937 random(20261123);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int count = static_cast<int>(random() % 24);
    for (int k = 0; k < count; ++k) {
      const bool plain = random() % 4 != 0;
      const std::size_t special =
          round % 2 ? json_like[random() % std::size(json_like)] : 3 + random() % (std::size(pieces) - 3);
      s += pieces[plain ? random() % 3 : special];
    }
    ASSERT_EQ(as_json_string(s), reference_json_string(s)) << "round " << round;
  }
}

TEST(Writer, LongStringsAndGrowth) {
  std::string big(1 << 20, 'a');
  big[12345] = '\n';
  json::writer w;
  w.string(big);
  EXPECT_EQ(w.size(), big.size() + 3);
  auto back = json::parse<std::string>(w.view());
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, big);
}

TEST(Writer, ReusesAGivenBuffer) {
  std::string out;
  out.reserve(1000);
  const char* buffer = out.data();
  json::to_string(std::vector<int>{1, 2, 3}, out);
  EXPECT_EQ(out, "[1,2,3]");
  EXPECT_EQ(out.data(), buffer);
}

TEST(Indent, PrettyPrintsCompactJson) {
  EXPECT_EQ(json::indent(R"({"a":[1,2],"b":{},"c":"x,{y}:\"z\""})"),
            "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": \"x,{y}:\\\"z\\\"\"\n}");
  EXPECT_EQ(json::indent("[]"), "[]");
}

}  // namespace

// The string scanner reads whole 32-byte blocks where that cannot leave the string's memory page.
// Strings that end right before an unreadable page must still be written without touching it.
TEST(Writer, StringsEndingAtAPageBoundaryAreReadOnlyWithinTheirPage) {
  const long page = ::sysconf(_SC_PAGESIZE);
  void* mem =
      ::mmap(nullptr, static_cast<std::size_t>(2 * page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(mem, MAP_FAILED);
  ASSERT_EQ(::mprotect(static_cast<char*>(mem) + page, static_cast<std::size_t>(page), PROT_NONE), 0);
  char* end = static_cast<char*>(mem) + page;
  for (std::size_t n : {0u, 1u, 7u, 8u, 31u, 32u, 33u, 63u, 64u, 100u}) {
    char* begin = end - n;
    for (std::size_t i = 0; i < n; ++i) begin[i] = static_cast<char>('a' + i % 26);
    if (n > 3) begin[n - 2] = '"';  // a late escape, found by the last partial block
    lambda::json::writer w;
    w.string(std::string_view(begin, n));
    std::string expected = "\"" + std::string(begin, n) + "\"";
    if (n > 3) expected.replace(n - 1, 1, "\\\"");
    EXPECT_EQ(w.view(), expected) << n;
  }
  ::munmap(mem, static_cast<std::size_t>(2 * page));
}
