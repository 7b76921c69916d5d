#pragma once
/// \file
/// `lambda::json::parser`: reads JSON text into serializable types, reusing its buffers between
/// calls. The free functions in <lambda/json/base.h> use one parser per thread. Light: simdjson's
/// parser lives behind it, in parser.cpp.

#include <lambda/json/codec.h>
#include <lambda/json/result.h>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace lambda::json {

/// The readable bytes past a text's end that let the parser read it where it lies: simdjson's
/// SIMDJSON_PADDING (parser.cpp checks that they agree).
inline constexpr std::size_t text_padding = 64;

/// What the entry points read: text that converts to std::string_view, which is copied before it
/// is read, or a padded text, one that says how many bytes past its end are readable with
/// `padding()` (a json::padded_text, or a simdjson::padded_string_view). A padded text with
/// text_padding such bytes is read where it lies when its document is an object or an
/// array and T reads only objects and arrays (a record, a container, not std::optional or
/// raw_json). The result is the same either way.
template <class Text>
concept json_text = std::convertible_to<const Text&, std::string_view>;

/// A text whose owner keeps `padding` readable bytes past its end, as a std::string whose capacity
/// exceeds its size does: `parse<T>(json::padded_text(s))` reads `s` where it lies when its
/// capacity leaves text_padding bytes (the runtime reads events so), and copies it if not.
class padded_text {
 public:
  /// `s`, with the bytes its capacity holds past its size (and its terminating null).
  explicit padded_text(const std::string& s) noexcept : text_(s), padding_(s.capacity() - s.size()) {}
  padded_text(std::string_view text, std::size_t padding) noexcept : text_(text), padding_(padding) {}
  operator std::string_view() const noexcept { return text_; }
  std::size_t padding() const noexcept { return padding_; }

 private:
  std::string_view text_;
  std::size_t padding_;
};

namespace detail {
/// How a parser calls the codec of the type it reads, whose body it does not see.
using read_function = bool (*)(reader&, value&, void*);
template <class T>
bool read_as(reader& r, value& v, void* out) {
  return codec<T>::read(r, v, *static_cast<T*>(out));
}
/// The readable bytes past a text's end: none for a text that does not say.
template <class Text>
std::size_t padding_of(const Text& text) noexcept {
  if constexpr (requires {
                  { text.padding() } -> std::convertible_to<std::size_t>;
                })
    return text.padding();
  else
    return 0;
}
}  // namespace detail

/// Limits a parser enforces.
struct parse_options {
  /// Objects and arrays nested deeper than this are an error (`errc::too_deep`).
  std::uint32_t max_depth = 128;
};

/// Parses JSON documents one at a time, keeping its buffers warm for the next one.
///
/// `std::string_view` members read by a parser point into that parser's buffers (and, for a text
/// read in place, into that text): they stay valid until the parser parses again or is destroyed
/// (and while the text lives). A parser is not thread-safe; use one per thread.
class parser {
 public:
  explicit parser(parse_options options = {});
  ~parser();
  parser(const parser&) = delete;
  parser& operator=(const parser&) = delete;

  /// Parses `json` (a leading UTF-8 byte-order mark is skipped) into a new `T`.
  template <serializable T, json_text Text = std::string_view>
  result<T> parse(const Text& json) {
    T value{};
    if (auto r = read(json, value, false); !r) return r.error();
    return value;
  }

  /// Parses `json` into `value`, reusing the capacity of its strings, vectors and map nodes. The
  /// result equals what `parse` gives: members the document leaves out are reset to their
  /// defaults (only LAMBDA_JSON_SKIP members, which JSON never sets, keep their values). On error
  /// `value` is left valid but partly overwritten.
  template <serializable T, json_text Text = std::string_view>
  result<void> parse_into(const Text& json, T& value) {
    return read(json, value, true);
  }

 private:
  template <class Text, serializable T>
  result<void> read(const Text& json, T& value, bool into_existing) {
    return read(std::string_view(json), detail::padding_of(json), codec<T>::accepts, &detail::read_as<T>, &value,
                into_existing);
  }
  /// Reads `text` with `read` into `out`: opens the document (in place when `padding` allows and
  /// the type, which reads `accepted`, takes only objects and arrays), reads, and checks the end.
  result<void> read(std::string_view text, std::size_t padding, kinds accepted, detail::read_function read, void* out,
                    bool into_existing);

  class state;  // simdjson's parser and document, and this parser's buffers (parser.cpp)
  std::unique_ptr<state> state_;
};

namespace detail {
/// The calling thread's parser, used by the free functions.
parser& thread_parser();
}  // namespace detail

}  // namespace lambda::json
