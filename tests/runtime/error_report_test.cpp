#include "error_report.h"

#include <lambda/protocol/runtime_api.h>

#include <gtest/gtest.h>

#include <simdjson.h>

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
    EXPECT_EQ(body, "{\"errorMessage\":\"a\\\"\\\\\\n\\u0001\x7f \xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd "
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

} // namespace
