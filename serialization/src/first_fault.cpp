// The scan behind detail/first_fault.h: one pass over the text with an explicit stack of the objects
// and arrays it is in, so it can name the JSON path of a fault. It runs only after a read has failed,
// so it is plain byte-at-a-time code.
#include <lambda/json/detail/first_fault.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/detail/utf8.h>

#include "json_path.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace lambda::json::detail {
namespace {

bool is_space(unsigned char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_structural(unsigned char c) noexcept {
  return c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}';
}
bool is_digit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }
int hex_value(unsigned char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string hex_byte(unsigned char c) {
  static constexpr char digits[] = "0123456789ABCDEF";
  return {'0', 'x', digits[c >> 4], digits[c & 15]};
}

// Why the bytes at the start of an invalid UTF-8 sequence are not UTF-8, and how many to show.
struct utf8_fault {
  std::size_t shown = 1;
  std::string_view why;
};

// The length of the UTF-8 sequence that starts with the non-ASCII byte `t[at]`, or 0 (and `fault`)
// when it is not a valid one (RFC 3629 §4: no overlong forms, no surrogates, nothing past U+10FFFF).
std::size_t utf8_sequence(std::string_view t, std::size_t at, utf8_fault& fault) noexcept {
  const auto lead = static_cast<unsigned char>(t[at]);
  std::size_t follow = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  std::string_view out_of_range;
  if (lead < 0xC0) {
    fault = {1, "a continuation byte out of place"};
    return 0;
  }
  if (lead < 0xC2) {
    fault = {1, "an overlong encoding"};
    return 0;
  }
  if (lead < 0xE0) {
    follow = 1;
  } else if (lead < 0xF0) {
    follow = 2;
    if (lead == 0xE0) low = 0xA0, out_of_range = "an overlong encoding";
    if (lead == 0xED) high = 0x9F, out_of_range = "an encoded UTF-16 surrogate";
  } else if (lead < 0xF5) {
    follow = 3;
    if (lead == 0xF0) low = 0x90, out_of_range = "an overlong encoding";
    if (lead == 0xF4) high = 0x8F, out_of_range = "beyond U+10FFFF";
  } else {
    fault = {1, "never valid in UTF-8"};
    return 0;
  }
  for (std::size_t k = 1; k <= follow; ++k) {
    if (at + k == t.size()) {
      fault = {k, "cut short by the end of input"};
      return 0;
    }
    const auto c = static_cast<unsigned char>(t[at + k]);
    if (c < 0x80 || c > 0xBF) {
      fault = {k + 1, "an incomplete sequence"};
      return 0;
    }
    if (k == 1 && (c < low || c > high)) {
      fault = {2, out_of_range};
      return 0;
    }
  }
  return follow + 1;
}

// "byte 0xFF (never valid in UTF-8)", "bytes 0xC3 0x28 (an incomplete sequence)".
std::string describe_utf8_fault(std::string_view t, std::size_t at, const utf8_fault& fault) {
  std::string text = fault.shown == 1 ? "byte" : "bytes";
  for (std::size_t k = 0; k < fault.shown; ++k) {
    text += ' ';
    text += hex_byte(static_cast<unsigned char>(t[at + k]));
  }
  text += " (";
  text += fault.why;
  text += ')';
  return text;
}

// The length of the printable character at `t[at]`: ASCII from space to '~', or a valid UTF-8
// sequence; 0 for control characters and invalid UTF-8, which messages show as byte values.
std::size_t printable_length(std::string_view t, std::size_t at) noexcept {
  const auto c = static_cast<unsigned char>(t[at]);
  if (c < 0x80) return c >= 0x20 && c < 0x7F ? 1 : 0;
  utf8_fault ignored;
  return utf8_sequence(t, at, ignored);
}

// A bare token: the printable run from `at` up to whitespace, punctuation or a quote.
std::string_view word_at(std::string_view t, std::size_t at) noexcept {
  std::size_t end = at;
  while (end < t.size()) {
    const auto c = static_cast<unsigned char>(t[end]);
    if (is_space(c) || is_structural(c) || c == '"') break;
    const std::size_t n = printable_length(t, end);
    if (n == 0) break;
    end += n;
  }
  return t.substr(at, end - at);
}

// The printable text of `length` bytes at `at`, quoted for a message.
std::string quoted(std::string_view t, std::size_t at, std::size_t length) {
  std::string out(1, '\'');
  out += clipped(t.substr(at, length));
  out += '\'';
  return out;
}

// A string token for a message, from its opening quote: `"b"`, or its first bytes and `…`.
std::string string_excerpt(std::string_view t, std::size_t at) {
  std::size_t end = at + 1;
  while (end < t.size() && end - at < max_quoted) {
    if (t[end] == '"') return std::string(t.substr(at, end + 1 - at));
    const std::size_t n = t[end] != '\\'                                            ? printable_length(t, end)
                          : end + 1 < t.size() && printable_length(t, end + 1) == 1 ? 2
                                                                                    : 0;
    if (n == 0 || end + n > t.size()) break;
    end += n;
  }
  return std::string(t.substr(at, end - at)) + "…";
}

// What stands at `at`, for "got …": `end of input`, `'}'`, `"b"`, `'nul'`, `byte 0x01`.
std::string describe_token(std::string_view t, std::size_t at) {
  if (at >= t.size()) return "end of input";
  const auto c = static_cast<unsigned char>(t[at]);
  if (c == '"') return string_excerpt(t, at);
  if (is_structural(c)) return quoted(t, at, 1);
  const std::string_view word = word_at(t, at);
  if (!word.empty()) return quoted(t, at, word.size());
  return "byte " + hex_byte(c);
}

// How a raw control character in a string must be written, and what to call it.
std::string escape_of(unsigned char c) {
  switch (c) {
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
  }
  std::string hex = hex_byte(c);
  return "\\u00" + hex.substr(2);
}
std::string raw_name(unsigned char c) {
  switch (c) {
    case 0:
      return "a raw NUL";
    case '\n':
      return "a raw line feed";
    case '\r':
      return "a raw carriage return";
    case '\t':
      return "a raw tab";
  }
  return "a raw control character " + hex_byte(c);
}

// The decoded text of a key the scan has already checked, for the path.
std::string unescape_key(std::string_view raw) {
  std::string key;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\\') {
      key += raw[i];
      continue;
    }
    const char e = raw[++i];
    if (e != 'u') {
      static constexpr std::string_view from = "bfnrt", to = "\b\f\n\r\t";
      const std::size_t k = from.find(e);
      key += k == std::string_view::npos ? e : to[k];
      continue;
    }
    auto hex4 = [&](std::size_t at) {
      std::uint32_t v = 0;
      for (std::size_t k = 0; k < 4; ++k)
        v = v * 16 + static_cast<std::uint32_t>(hex_value(static_cast<unsigned char>(raw[at + k])));
      return v;
    };
    std::uint32_t cp = hex4(i + 1);
    i += 4;
    if (cp >= 0xD800 && cp <= 0xDBFF) {  // the scan checked that the low half follows
      cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(i + 3) - 0xDC00);
      i += 6;
    }
    append_utf8(key, cp);
  }
  return key;
}

class scanner {
 public:
  scanner(std::string_view text, std::size_t skipped, std::uint32_t max_depth)
      : t_(text), skipped_(skipped), max_depth_(max_depth) {}

  std::optional<json::error> run();

 private:
  // An object or array the scan is inside.
  struct frame {
    bool is_array;
    std::size_t index = 0;                   // arrays: the element being read
    std::size_t key_at = 0, key_length = 0;  // objects: the raw text of the current member's key
  };
  // What may come next.
  enum class state { value, first_element, first_key, key, colon, after_element, after_member, end };

  unsigned char at(std::size_t i) const noexcept { return static_cast<unsigned char>(t_[i]); }
  void skip_space() noexcept {
    while (pos_ < t_.size() && is_space(at(pos_))) ++pos_;
  }
  state after_value() const noexcept {
    if (frames_.empty()) return state::end;
    return frames_.back().is_array ? state::after_element : state::after_member;
  }

  // The path of the value being read (`$.a[2]`), or with `of_container`, of the object or array
  // around it (`$.a`).
  std::string path(bool of_container) const {
    std::string p = "$";
    const std::size_t n = frames_.size() - (of_container && !frames_.empty() ? 1 : 0);
    for (std::size_t i = 0; i < n; ++i) {
      if (frames_[i].is_array)
        append_index(p, frames_[i].index);
      else
        append_key(p, unescape_key(t_.substr(frames_[i].key_at, frames_[i].key_length)));
    }
    return p;
  }

  text_position position(std::size_t offset) const noexcept {
    text_position where{skipped_ + offset, 1, 1};
    std::size_t line_start = 0;  // in the caller's text: line 1 starts before a byte-order mark
    for (std::size_t i = 0; i < offset; ++i) {
      if (t_[i] != '\n') continue;
      ++where.line;
      line_start = skipped_ + i + 1;
    }
    where.column = where.offset - line_start + 1;
    return where;
  }

  std::optional<json::error> fault(errc kind, std::string path, std::string expected, std::string found,
                                   std::size_t offset) const {
    return json::error(kind, std::move(path), std::move(expected), std::move(found), position(offset));
  }
  // A fault inside a string: a key's is reported on its object.
  std::optional<json::error> string_fault(bool in_key, errc kind, std::string expected, std::string found,
                                          std::size_t offset) const {
    if (in_key) expected += " in a key";
    return fault(kind, path(in_key), std::move(expected), std::move(found), offset);
  }

  std::optional<json::error> scan_string(bool in_key);
  std::optional<json::error> scan_escape(bool in_key);
  std::optional<json::error> scan_scalar();

  std::string_view t_;
  std::size_t skipped_;
  std::uint32_t max_depth_;
  std::size_t pos_ = 0;
  std::vector<frame> frames_;
};

std::optional<json::error> scanner::run() {
  state next = state::value;
  bool after_comma = false;  // in an array, the value being read follows ','
  auto close_container = [&] {
    frames_.pop_back();
    ++pos_;
    return after_value();
  };
  for (;;) {
    skip_space();
    const bool end = pos_ == t_.size();
    const unsigned char c = end ? 0 : at(pos_);
    switch (next) {
      case state::first_element:
        if (!end && c == ']') {
          next = close_container();
          continue;
        }
        [[fallthrough]];
      case state::value: {
        if (!end && (c == '{' || c == '[')) {
          if (frames_.size() >= max_depth_)
            return json::error(errc::too_deep, path(false), "nesting depth at most " + std::to_string(max_depth_),
                               "deeper nesting");
          frames_.push_back(frame{c == '['});
          ++pos_;
          next = c == '[' ? state::first_element : state::first_key;
          continue;
        }
        if (!end && c == '"') {
          if (auto f = scan_string(false)) return f;
        } else if (!end && !word_at(t_, pos_).empty()) {
          if (auto f = scan_scalar()) return f;
        } else if (next == state::first_element) {  // neither a value nor ']': a fault of the array
          return fault(errc::syntax, path(true), "a JSON value or ']'", describe_token(t_, pos_), pos_);
        } else {
          return fault(errc::syntax, path(false), after_comma ? "a JSON value after ','" : "a JSON value",
                       end && frames_.empty() ? "empty input" : describe_token(t_, pos_), pos_);
        }
        next = after_value();
        continue;
      }
      case state::first_key:
        if (!end && c == '}') {
          next = close_container();
          continue;
        }
        [[fallthrough]];
      case state::key:
        if (end || c != '"')
          return fault(errc::syntax, path(true),
                       next == state::first_key ? "a quoted key or '}'" : "a quoted key after ','",
                       describe_token(t_, pos_), pos_);
        if (auto f = scan_string(true)) return f;
        next = state::colon;
        continue;
      case state::colon:
        if (end || c != ':')
          return fault(errc::syntax, path(false), "':' after the key", describe_token(t_, pos_), pos_);
        ++pos_;
        next = state::value;
        after_comma = false;
        continue;
      case state::after_element:
      case state::after_member: {
        const bool in_array = next == state::after_element;
        if (!end && c == ',') {
          ++pos_;
          if (in_array) ++frames_.back().index;
          next = in_array ? state::value : state::key;
          after_comma = in_array;
          continue;
        }
        if (!end && c == (in_array ? ']' : '}')) {
          next = close_container();
          continue;
        }
        return fault(errc::syntax, path(true),
                     in_array ? "',' or ']' after an array element" : "',' or '}' after an object member",
                     describe_token(t_, pos_), pos_);
      }
      case state::end:
        if (end) return std::nullopt;
        return fault(errc::trailing_content, "$", "end of input", describe_token(t_, pos_), pos_);
    }
  }
}

// From the opening quote to past the closing one.
std::optional<json::error> scanner::scan_string(bool in_key) {
  const std::size_t start = pos_++;
  for (;;) {
    if (pos_ == t_.size())
      return string_fault(in_key, errc::syntax,
                          "'\"' to close the string that starts at byte " + std::to_string(skipped_ + start),
                          "end of input", pos_);
    const unsigned char c = at(pos_);
    if (c == '"') break;
    if (c == '\\') {
      if (auto f = scan_escape(in_key)) return f;
    } else if (c < 0x20) {
      return string_fault(in_key, errc::syntax, "a control character to be escaped (" + escape_of(c) + ")", raw_name(c),
                          pos_);
    } else if (c < 0x80) {
      ++pos_;
    } else {
      utf8_fault why;
      const std::size_t n = utf8_sequence(t_, pos_, why);
      if (n == 0)
        return string_fault(in_key, errc::invalid_utf8, "valid UTF-8 text", describe_utf8_fault(t_, pos_, why), pos_);
      pos_ += n;
    }
  }
  if (in_key) {
    frames_.back().key_at = start + 1;
    frames_.back().key_length = pos_ - start - 1;
  }
  ++pos_;
  return std::nullopt;
}

// From a backslash to past its escape sequence.
std::optional<json::error> scanner::scan_escape(bool in_key) {
  const std::size_t start = pos_;
  auto hex4_at = [&](std::size_t i) -> int {  // the value of four hex digits at i, or -1
    if (i + 4 > t_.size()) return -1;
    int v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const int d = hex_value(at(i + k));
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  };
  // The escape as written, for "got …": printable bytes from the backslash, at most `length`.
  auto written = [&](std::size_t from, std::size_t length) {
    std::size_t n = 0;
    while (n < length && from + n < t_.size() && at(from + n) >= 0x20 && at(from + n) < 0x7F) ++n;
    if (n == 0) return describe_token(t_, from);
    return quoted(t_, from, n);
  };
  if (start + 1 == t_.size()) {
    pos_ = t_.size();  // the string is unclosed: scan_string says so
    return std::nullopt;
  }
  const unsigned char e = at(start + 1);
  if (e != 'u') {
    if (std::string_view("\"\\/bfnrt").find(static_cast<char>(e)) == std::string_view::npos)
      return string_fault(in_key, errc::syntax, "an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)",
                          written(start, 2), start);
    pos_ = start + 2;
    return std::nullopt;
  }
  const int unit = hex4_at(start + 2);
  if (unit < 0) return string_fault(in_key, errc::syntax, "four hex digits after \\u", written(start, 6), start);
  pos_ = start + 6;
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return string_fault(in_key, errc::syntax, "a low surrogate escape only after a high one (\\uD800 to \\uDBFF)",
                        written(start, 6) + " on its own", start);
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    const int low = pos_ + 1 < t_.size() && at(pos_) == '\\' && at(pos_ + 1) == 'u' ? hex4_at(pos_ + 2) : -1;
    if (low < 0xDC00 || low > 0xDFFF) {
      std::string found = pos_ < t_.size() && at(pos_) == '"'
                              ? "the end of the string"
                              : written(pos_, pos_ < t_.size() && at(pos_) == '\\' ? 6 : 1);
      return string_fault(in_key, errc::syntax,
                          "a low surrogate escape (\\uDC00 to \\uDFFF) after " + std::string(t_.substr(start, 6)),
                          std::move(found), pos_);
    }
    pos_ += 6;
  }
  return std::nullopt;
}

// A number or a literal, from its first byte to the end of the token.
std::optional<json::error> scanner::scan_scalar() {
  const std::string_view token = word_at(t_, pos_);
  const std::size_t start = pos_;
  pos_ += token.size();
  const auto c = static_cast<unsigned char>(token[0]);
  if (c == '-' || is_digit(c)) {
    const std::string_view lacks = number_fault(token);
    if (lacks.empty()) return std::nullopt;
    return fault(errc::syntax, path(false), std::string(lacks), quoted(t_, start, token.size()), start);
  }
  static constexpr std::array<std::string_view, 3> literals = {"true", "false", "null"};
  std::string expected = "a JSON value";
  for (std::string_view literal : literals) {
    if (token == literal) return std::nullopt;
    // "tru", "nul", "truex" and "True" were meant as the literal; say which.
    const bool same_letters =
        token.size() == literal.size() &&
        std::equal(token.begin(), token.end(), literal.begin(), [](char a, char b) { return (a | 0x20) == b; });
    if (same_letters || literal.starts_with(token) || token.starts_with(literal)) expected = literal;
  }
  return fault(errc::syntax, path(false), std::move(expected), quoted(t_, start, token.size()), start);
}

}  // namespace

std::string_view number_fault(std::string_view t) noexcept {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t from = i;
    while (i < t.size() && is_digit(static_cast<unsigned char>(t[i]))) ++i;
    return i > from;
  };
  if (i < t.size() && t[i] == '-') ++i;
  if (i < t.size() && t[i] == '0') {
    ++i;
    if (i < t.size() && is_digit(static_cast<unsigned char>(t[i]))) return "a number without leading zeros";
  } else if (!digits()) {
    return "a digit after '-'";
  }
  if (i < t.size() && t[i] == '.') {
    ++i;
    if (!digits()) return "a digit after the decimal point";
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits()) return "a digit in the exponent";
  }
  return i == t.size() ? std::string_view() : "a JSON number";
}

std::optional<json::error> first_fault(std::string_view text, std::size_t skipped, std::uint32_t max_depth) {
  return scanner(text, skipped, max_depth).run();
}

}  // namespace lambda::json::detail
