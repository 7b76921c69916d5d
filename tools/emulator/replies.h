#pragma once
// The JSON the emulator answers with: error documents as Lambda writes them, and JSON replies.

#include "http_message.h"

#include <string>
#include <string_view>

namespace lambda::emulator {

/// `text` as a JSON string literal; invalid UTF-8 (a function's error message may well hold
/// some) is repaired, as lambda::json's writer does everywhere else.
std::string json_string(std::string_view text);

/// `{"errorType":…,"errorMessage":…}`, the shape of every error Lambda reports.
std::string error_json(std::string_view type, std::string_view message);

/// A reply with `body` as application/json.
http_response json_reply(int status, std::string body);

}  // namespace lambda::emulator
