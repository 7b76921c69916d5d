#pragma once
// Writing JSON string literals for the few JSON documents the runtime emits itself (error bodies,
// X-Ray error causes, log records).

#include <string>
#include <string_view>

namespace lambda::detail {

/// Appends `text` as a quoted JSON string; control characters are escaped and invalid UTF-8
/// sequences become U+FFFD, so the output is always valid JSON whatever the input bytes were.
void append_json_string(std::string& out, std::string_view text);

} // namespace lambda::detail
