#pragma once
/// \file
/// `lambda::json::raw_json`: a member that keeps a sub-document verbatim, for payloads whose shape
/// the reader does not know yet (EventBridge `detail`, a user's own body). Parse it later with
/// `lambda::json::parse<T>(member.text)`. Its codec is in <lambda/json/codecs/raw_json.h>.

#include <algorithm>
#include <string>
#include <string_view>

namespace lambda::json {
namespace detail {
/// `out = json` without the whitespace between its tokens (a value read from a pretty-printed
/// document is written back on one line, so a log line stays one line). `json` is valid JSON.
void assign_compact_slow(std::string& out, std::string_view json);
inline void assign_compact(std::string& out, std::string_view json) {
  // JSON's whitespace is the only byte at or below ' ' a valid text holds outside escapes.
  if (std::none_of(json.begin(), json.end(), [](char c) { return static_cast<unsigned char>(c) <= ' '; }))
    out.assign(json);
  else
    assign_compact_slow(out, json);
}
}  // namespace detail

/// Any JSON value, kept as its source text: validated, with the whitespace between its tokens
/// removed (strings are kept byte for byte), so it is written back on one line.
struct raw_json {
  /// The JSON text. Empty means absent or `null`: `null` reads as empty and empty writes as `null`,
  /// so writing and reading again always gives the same value.
  std::string text;

  bool empty() const noexcept { return text.empty(); }
  friend bool operator==(const raw_json&, const raw_json&) = default;
};

}  // namespace lambda::json
