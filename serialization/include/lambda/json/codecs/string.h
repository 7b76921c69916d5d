#pragma once
/// \file
/// Codecs for std::string (owned) and std::string_view (borrowed).
///
/// A std::string_view member points into the parser's buffers, not into the caller's text, unless
/// that text was read in place (a simdjson::padded_string_view, see json_text) and the string holds
/// no escapes: it is valid until the same parser (by default, the calling thread's) parses again,
/// and while a text read in place lives. Use it to avoid allocation when the value is consumed
/// before the next parse — as a Lambda handler does.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace lambda::json {
namespace detail {
/// read_string's rare path, out of line: a string with escapes (unescaped into the parser's
/// buffer by simdjson), or a value of another kind (the error).
bool read_escaped_string(reader& r, value& v, std::string_view& out);

/// Reads `v` as a string into `out`, recording a kind or escape error on failure.
/// A string without escapes is returned as a view of the document's text: the parser's copy, which
/// lives exactly as long as the parser's unescaped-string buffer would, or the caller's text read
/// in place. Inlined into each string codec: it is the commonest read of all.
[[gnu::always_inline]] inline bool read_string(reader& r, value& v, std::string_view& out) {
  // A string value's token starts at its opening quote; most hold no escapes and are returned
  // where they lie, with no copy and no call into simdjson's unescaper. Every token has a first
  // byte, so only the start of the token is read.
  const char* token = v.raw_json_token().data();
  if (*token == '"' && unescaped_span(token + 1, out)) [[likely]] {
    // Moves past the string: it cannot fail here, where the token is known to be one.
    (void)v.get_raw_json_string();
    return true;
  }
  return read_escaped_string(r, v, out);
}

/// `out = s` for text read from the parser's buffers, which never overlap `out`. Not
/// `out.assign(s)`: libstdc++ sends that through its general replace, which guards against
/// overlap and was an eighth of parse_into's instructions.
[[gnu::always_inline]] inline void assign(std::string& out, std::string_view s) {
  const std::size_t kept = std::min(out.size(), s.size());
  std::char_traits<char>::copy(out.data(), s.data(), kept);
  if (s.size() < out.size())
    out.resize(s.size());
  else
    out.append(s.data() + kept, s.size() - kept);
}
inline void assign(std::string_view& out, std::string_view s) noexcept { out = s; }
}  // namespace detail

template <>
struct codec<std::string> {
  static constexpr kinds accepts = kinds::string;
  static bool read(detail::reader& r, detail::value& v, std::string& out) {
    std::string_view s;
    if (!detail::read_string(r, v, s)) return false;
    detail::assign(out, s);
    return true;
  }
  static void write(writer& w, const std::string& v) { w.string(v); }
};

template <>
struct codec<std::string_view> {
  static constexpr kinds accepts = kinds::string;
  static bool read(detail::reader& r, detail::value& v, std::string_view& out) {
    return detail::read_string(r, v, out);
  }
  static void write(writer& w, std::string_view v) { w.string(v); }
};

}  // namespace lambda::json
