#include "error_report.h"

#include <lambda/protocol/runtime_api.h>

#include <gtest/gtest.h>

#include <simdjson.h>

#include <string>

using namespace lambda::detail;
using lambda::protocol::max_xray_error_cause_bytes;

namespace {

bool valid_json(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::dom::element element;
  return parser.parse(simdjson::padded_string(text)).get(element) == simdjson::SUCCESS;
}

TEST(ErrorReport, BodyIsValidJsonWhateverTheMessageHolds) {
  // Quotes, a backslash, control characters, a truncated sequence, an encoded UTF-16 surrogate.
  lambda::function_error odd{"Odd.Error", std::string("a\"\\\n\x01\x7f \xc3\xa9 \xff\xc3 \xed\xa0\x80", 16)};
  std::string body = error_body(odd);
  ASSERT_TRUE(valid_json(body)) << body;
  EXPECT_EQ(body,
            "{\"errorMessage\":\"a\\\"\\\\\\n\\u0001\x7f \xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd "
            "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\",\"errorType\":\"Odd.Error\",\"stackTrace\":[]}");
}

TEST(ErrorReport, XrayCauseStaysUnder64KiBAndValid) {
  lambda::function_error huge{"Big.Error", std::string(200000, '\n')};
  std::string cause = xray_error_cause(huge);
  EXPECT_LE(cause.size(), max_xray_error_cause_bytes);
  EXPECT_GT(cause.size(), max_xray_error_cause_bytes - 16);
  EXPECT_TRUE(valid_json(cause)) << cause.substr(0, 200);
  EXPECT_NE(cause.find(R"("type":"Big.Error")"), std::string::npos);
}

// A message of multi-byte characters, quotes and control characters, `size` bytes long.
std::string long_message(std::size_t size) {
  std::string out;
  while (out.size() < size) out += "caf\xC3\xA9 \"quoted\" \x01 line\n";
  out.resize(size);
  return out;
}

std::string member(std::string_view json, const char* key) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  std::string_view value = parser.parse(padded)[key].get_string().value();
  return std::string(value);
}

TEST(ErrorReport, AFourMegabyteMessageIsCutNotTheJson) {
  lambda::function_error huge{"Big.Error", long_message(4u << 20)};
  std::string body = error_body(huge);
  EXPECT_LE(body.size(), lambda::protocol::max_error_body_bytes);
  EXPECT_GT(body.size(), lambda::protocol::max_error_body_bytes - 64) << "as much of the message as fits";
  ASSERT_TRUE(valid_json(body)) << body.substr(body.size() - 200);
  EXPECT_EQ(member(body, "errorType"), "Big.Error");
  std::string message = member(body, "errorMessage");
  EXPECT_TRUE(message.ends_with(" [truncated]")) << message.substr(message.size() - 40);
  EXPECT_TRUE(huge.message.starts_with(message.substr(0, message.size() - 12)));
  EXPECT_EQ(message.find("\xEF\xBF\xBD"), std::string::npos) << "cut between characters, not inside one";

  std::string cause = xray_error_cause(huge);
  EXPECT_LE(cause.size(), max_xray_error_cause_bytes);
  EXPECT_TRUE(valid_json(cause));
  EXPECT_NE(cause.find(" [truncated]\",\"type\":\"Big.Error\""), std::string::npos);

  lambda::function_error small{"Small.Error", "fits"};
  EXPECT_EQ(error_body(small), R"({"errorMessage":"fits","errorType":"Small.Error","stackTrace":[]})");
  EXPECT_EQ(error_body(small, 10), "") << "nothing fits: no half document";
  lambda::function_error huge_type{std::string(3u << 20, 'T'), "m"};
  std::string typed = error_body(huge_type);
  EXPECT_LE(typed.size(), lambda::protocol::max_error_body_bytes);
  EXPECT_TRUE(valid_json(typed));
  EXPECT_EQ(member(typed, "errorType"), std::string(max_error_type_bytes, 'T'));
  EXPECT_EQ(bounded_type(huge_type.type).size(), max_error_type_bytes);
}

TEST(ErrorReport, ExceptionTypesAreNamed) {
  struct custom_failure {};
  lambda::function_error from_std;
  lambda::function_error from_custom;
  try {
    throw std::out_of_range("index 9");
  } catch (...) {
    from_std = current_exception_error();
  }
  try {
    throw custom_failure{};
  } catch (...) {
    from_custom = current_exception_error();
  }
  EXPECT_EQ(from_std.type, "std::out_of_range");
  EXPECT_EQ(from_std.message, "index 9");
  EXPECT_NE(from_custom.type.find("custom_failure"), std::string::npos) << from_custom.type;
}

}  // namespace
