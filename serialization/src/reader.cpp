// The reader's failure bookkeeping and its validating walk over values nobody reads.
#include <lambda/json/codec.h>
#include <lambda/json/codecs/scalar.h>
#include <lambda/json/codecs/string.h>
#include <lambda/json/codecs/tagged.h>
#include <lambda/json/detail/first_fault.h>
#include <lambda/json/detail/reader.h>

#include "json_path.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace lambda::json::detail {
namespace {

using simdjson::ondemand::json_type;

// A short rendering of a scalar's source text for "got …" messages.
std::string excerpt(value& v) { return clipped(trim_trailing_whitespace(v.raw_json_token())); }

errc errc_of(simdjson::error_code code) noexcept {
  switch (code) {
    case simdjson::INCORRECT_TYPE:
      return errc::wrong_type;
    case simdjson::NUMBER_OUT_OF_RANGE:
      return errc::out_of_range;
    case simdjson::UTF8_ERROR:
      return errc::invalid_utf8;
    case simdjson::DEPTH_ERROR:
      return errc::too_deep;
    default:
      return errc::syntax;
  }
}

// What simdjson found, in our words. The parser replaces errors about malformed text with the first
// fault it finds in the text (detail/first_fault.h), which says where; these words remain for a
// fault that scan would not see, so simdjson's own messages never reach a user.
std::string_view describe(simdjson::error_code code) noexcept {
  switch (code) {
    case simdjson::STRING_ERROR:
      return "a malformed string";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
      return "a misspelled literal";
    case simdjson::NUMBER_ERROR:
      return "a malformed number";
    case simdjson::UTF8_ERROR:
      return "invalid UTF-8";
    case simdjson::EMPTY:
      return "empty input";
    case simdjson::UNESCAPED_CHARS:
      return "an unescaped control character in a string";
    case simdjson::UNCLOSED_STRING:
      return "an unclosed string";
    case simdjson::INCORRECT_TYPE:
      return "a value of another kind";
    case simdjson::NUMBER_OUT_OF_RANGE:
      return "a number out of range";
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::OUT_OF_BOUNDS:
      return "end of input";
    case simdjson::TRAILING_CONTENT:
      return "more text";
    case simdjson::CAPACITY:
      return "a text longer than 4 GiB";
    case simdjson::MEMALLOC:
      return "no memory left";
    default:
      return "malformed JSON";
  }
}

}  // namespace

void append_key(std::string& path, std::string_view key) {
  // Keys that can follow a dot without quoting.
  const bool plain =
      !key.empty() && !(key[0] >= '0' && key[0] <= '9') && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
               c == '-';
      });
  if (plain) {
    path += '.';
    path += key;
    return;
  }
  path += "[\"";
  for (char c : key) {
    if (c == '"' || c == '\\') path += '\\';
    path += c;
  }
  path += "\"]";
}

void append_index(std::string& path, std::size_t index) {
  path += '[';
  path += std::to_string(index);
  path += ']';
}

std::string clipped(std::string_view text) {
  if (text.size() <= max_quoted) return std::string(text);
  std::size_t cut = max_quoted;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return std::string(text.substr(0, cut)) + "…";
}

std::string quoted(std::string_view text) {
  std::string out(1, '"');
  out += clipped(text);
  out += '"';
  return out;
}

std::string_view kind_name(json_type t) noexcept {
  switch (t) {
    case json_type::array:
      return "array";
    case json_type::object:
      return "object";
    case json_type::number:
      return "number";
    case json_type::string:
      return "string";
    case json_type::boolean:
      return "boolean";
    case json_type::null:
      return "null";
  }
  return "value";
}

kinds kind_of(json_type t) noexcept {
  switch (t) {
    case json_type::array:
      return kinds::array;
    case json_type::object:
      return kinds::object;
    case json_type::number:
      return kinds::number;
    case json_type::string:
      return kinds::string;
    case json_type::boolean:
      return kinds::boolean;
    case json_type::null:
      return kinds::null;
  }
  return kinds::none;
}

std::string describe_kinds(kinds k) {
  static constexpr std::pair<kinds, std::string_view> names[] = {{kinds::object, "object"},   {kinds::array, "array"},
                                                                 {kinds::string, "string"},   {kinds::number, "number"},
                                                                 {kinds::boolean, "boolean"}, {kinds::null, "null"}};
  std::string text;
  for (auto [kind, name] : names) {
    if (!overlaps(k, kind)) continue;
    if (!text.empty()) text += " or ";
    text += name;
  }
  return text.empty() ? std::string("nothing") : text;
}

bool reader::fail(errc kind, std::string expected, std::string found) {
  if (failed_) return false;  // keep the innermost, first failure
  failed_ = true;
  kind_ = kind;
  expected_ = std::move(expected);
  found_ = std::move(found);
  return false;
}

bool reader::fail_kind(value& v, std::string_view expected) {
  json_type t;
  if (auto e = v.type().get(t)) return fail_simdjson(e, expected);
  // simdjson types a value by its first character: "nonsense" looks like null, "truth" like true.
  // Say it is not JSON rather than "got null".
  if (t == json_type::null || t == json_type::boolean) {
    std::string_view token = trim_trailing_whitespace(v.raw_json_token());
    if (token != "null" && token != "true" && token != "false")
      return fail(errc::syntax, std::string(expected), "invalid JSON " + excerpt(v));
  }
  std::string found(kind_name(t));
  if (t == json_type::number || t == json_type::string) {
    found += ' ';
    found += excerpt(v);
  }
  return fail(errc::wrong_type, std::string(expected), std::move(found));
}

bool reader::fail_simdjson(simdjson::error_code code, std::string_view expected) {
  if (code == simdjson::DEPTH_ERROR)
    return fail(errc::too_deep, "nesting depth at most " + std::to_string(max_depth_), "deeper nesting");
  return fail(errc_of(code), std::string(expected), std::string(describe(code)));
}

bool reader::consume_null(value& v, bool& is_null) {
  if (auto e = v.is_null().get(is_null)) return fail_simdjson(e, "null");
  return true;
}

bool reader::at_key(std::string_view key) {
  path_.push_back(segment{std::string(key), 0, false});
  return false;
}

bool reader::at_index(std::size_t index) {
  path_.push_back(segment{{}, index, true});
  return false;
}

bool reader::begin_object(value& v, object& out) {
  if (depth_ >= max_depth_) return fail_simdjson(simdjson::DEPTH_ERROR, "object");
  if (auto e = v.get_object().get(out))
    return e == simdjson::INCORRECT_TYPE ? fail_kind(v, "object") : fail_simdjson(e, "object");
  ++depth_;
  return true;
}

bool reader::begin_array(value& v, array& out) {
  if (depth_ >= max_depth_) return fail_simdjson(simdjson::DEPTH_ERROR, "array");
  if (auto e = v.get_array().get(out))
    return e == simdjson::INCORRECT_TYPE ? fail_kind(v, "array") : fail_simdjson(e, "array");
  ++depth_;
  return true;
}

bool reader::skip(value& v) {
  json_type t;
  if (auto e = v.type().get(t)) return fail_simdjson(e, "JSON value");
  switch (t) {
    case json_type::object: {
      object members;
      if (!begin_object(v, members)) return false;
      for (auto f : members) {
        std::string_view key;
        value item;
        if (!member(f, key, item)) return false;
        if (!skip(item)) return at_key(key);
      }
      end_nested();
      return true;
    }
    case json_type::array: {
      array items;
      if (!begin_array(v, items)) return false;
      std::size_t i = 0;
      for (auto item : items) {
        value element;
        if (auto e = get_value(item, element)) return fail_simdjson(e, "array element") || at_index(i);
        if (!skip(element)) return at_index(i);
        ++i;
      }
      end_nested();
      return true;
    }
    // The first character decided the kind, so any failure below is malformed text.
    case json_type::string: {
      std::string_view s;
      if (v.get_string().get(s)) return fail(errc::syntax, "string", excerpt(v));
      return true;
    }
    case json_type::number: {
      const std::string_view token = trim_trailing_whitespace(v.raw_json_token());
      simdjson::ondemand::number n;
      // simdjson 3.0 cannot convert integers beyond 64 bits and magnitudes beyond a double, yet
      // they are valid JSON, and skipped or kept-raw values may hold them.
      if (auto e = v.get_number().get(n); e && e != simdjson::NUMBER_OUT_OF_RANGE && !number_fault(token).empty())
        return fail(errc::syntax, "number", excerpt(v));
      return true;
    }
    case json_type::boolean: {
      bool b;
      if (v.get_bool().get(b)) return fail(errc::syntax, "boolean", excerpt(v));
      return true;
    }
    case json_type::null: {
      bool is_null = false;
      if (auto e = v.is_null().get(is_null)) return fail_simdjson(e, "null");
      return is_null || fail(errc::syntax, "null", excerpt(v));
    }
  }
  return fail(errc::syntax, "JSON value", excerpt(v));
}

bool read_escaped_string(reader& r, value& v, std::string_view& out) {
  if (auto e = v.get_string().get(out))
    return e == simdjson::INCORRECT_TYPE ? r.fail_kind(v, "string") : r.fail_simdjson(e, "string");
  return true;
}

bool reader::reject_unknown(std::string_view key) {
  return fail(errc::unknown_key, "a declared key", "unknown key \"" + std::string(key) + "\"");
}

bool find_tag(reader& r, object& members, std::string_view key, std::string_view& tag, bool& first) {
  first = true;
  simdjson::ondemand::object_iterator it, end;
  if (auto e = members.begin().get(it)) return r.fail_simdjson(e, "object");
  if (auto e = members.end().get(end)) return r.fail_simdjson(e, "object");
  for (; it != end; ++it) {
    simdjson::ondemand::field field;
    if (auto e = (*it).get(field)) return r.fail_simdjson(e, "object member");
    std::string_view spelled;
    // Keys are compared as spelled, not unescaped: reading the object again would unescape them twice.
    if (unescaped_span(field.key().raw(), spelled) && spelled == key) {
      value v = field.value();
      if (!read_string(r, v, tag)) return r.at_key(key);
      if (first) ++it;  // past the tag's value: the object's next member, or its end
      return true;
    }
    first = false;
  }
  return r.missing_key(key);
}

bool unknown_tag(reader& r, std::string_view key, std::string_view tag, const std::string_view* values,
                 std::size_t count) {
  std::string expected = "one of ";
  for (std::size_t i = 0; i < count; ++i) {
    if (i != 0) expected += ", ";
    expected.append("\"").append(values[i]).append("\"");
  }
  r.fail(errc::invalid_value, std::move(expected), quoted(tag));
  return r.at_key(key);
}

bool reader::repeated_tag(std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  fail(errc::invalid_value, quoted + " once (it names the alternative)", "a second " + quoted);
  return at_key(key);
}

bool reader::missing_key(std::string_view key) { return fail_required(key, "an object without it"); }

bool reader::null_required_key(std::string_view key) { return fail_required(key, "null for it"); }

bool reader::fail_required(std::string_view key, std::string found) {
  return fail(errc::missing_key, "required key \"" + std::string(key) + "\"", std::move(found));
}

bool reader::raw_text(value& v, std::string_view& out) {
  std::string_view token = v.raw_json_token();
  json_type t;
  if (auto e = v.type().get(t)) return fail_simdjson(e, "JSON value");
  if (!skip(v)) return false;
  if (t != json_type::object && t != json_type::array) {
    // A scalar is one token; its text runs to the next token, whitespace included.
    out = trim_trailing_whitespace(token);
    return true;
  }
  const char* begin = token.data();
  // A token follows the value, a closing one at least when the parser wrapped the document in
  // [ ]; the root of a document read in place ends with the text.
  const char* end = nullptr;
  if (auto e = doc_->current_location().get(end)) {
    if (e != simdjson::OUT_OF_BOUNDS || !text_end_) return fail_simdjson(e, "JSON value");
    end = text_end_;
  }
  out = trim_trailing_whitespace(std::string_view(begin, static_cast<std::size_t>(end - begin)));
  return true;
}

json::error reader::take_error() {
  std::string path = "$";
  for (auto it = path_.rbegin(); it != path_.rend(); ++it) {
    if (it->is_index)
      append_index(path, it->index);
    else
      append_key(path, it->key);
  }
  json::error e(kind_, std::move(path), std::move(expected_), std::move(found_));
  failed_ = false;
  path_.clear();
  return e;
}

bool fail_integer(reader& r, value& v, simdjson::error_code code, std::int64_t min, std::uint64_t max, bool is_signed) {
  std::string expected;
  if (is_signed && min == INT64_MIN)
    expected = "integer";
  else if (!is_signed && max == UINT64_MAX)
    expected = "unsigned integer";
  else
    expected = "integer in [" + std::to_string(min) + ", " + std::to_string(max) + "]";

  json_type t;
  if (auto e = v.type().get(t)) return r.fail_simdjson(e, expected);
  if (t != json_type::number) return r.fail_kind(v, expected);
  simdjson::ondemand::number_type nt;
  if (auto e = v.get_number_type().get(nt)) return r.fail_simdjson(e, expected);
  // simdjson 3.0 reports an integer beyond 64 bits like a malformed number: tell them apart.
  if (code == simdjson::NUMBER_ERROR && !number_fault(trim_trailing_whitespace(v.raw_json_token())).empty())
    return r.fail(errc::syntax, expected, "malformed number " + excerpt(v));
  if (nt == simdjson::ondemand::number_type::floating_point_number)
    return r.fail(errc::wrong_type, expected, "number " + excerpt(v));
  return r.fail(errc::out_of_range, expected, excerpt(v));
}

bool fail_floating(reader& r, value& v, simdjson::error_code code, std::string_view expected) {
  json_type t;
  if (auto e = v.type().get(t)) return r.fail_simdjson(e, expected);
  if (t != json_type::number) return r.fail_kind(v, expected);
  if (code == simdjson::NUMBER_OUT_OF_RANGE || code == simdjson::NUMBER_ERROR) {
    // simdjson reports a number too large for a double as a number error; tell the two apart.
    const bool well_formed = number_fault(trim_trailing_whitespace(v.raw_json_token())).empty();
    return r.fail(well_formed ? errc::out_of_range : errc::syntax, std::string(expected) + " in range", excerpt(v));
  }
  return r.fail_simdjson(code, expected);
}

}  // namespace lambda::json::detail
