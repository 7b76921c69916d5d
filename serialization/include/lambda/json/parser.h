#pragma once
/// \file
/// `lambda::json::parser`: reads JSON text into serializable types, reusing its buffers between
/// calls. The free functions in <lambda/json.h> use one parser per thread.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/result.h>

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace lambda::json {

/// What the entry points read: text that converts to std::string_view, which is copied before it
/// is read, or a simdjson::padded_string_view, a text its owner padded (SIMDJSON_PADDING readable
/// bytes past its end, as a std::string whose capacity exceeds its size by that much has:
/// `parse<T>(simdjson::padded_string_view(s))`), which is read where it lies when its document is
/// an object or an array and T reads only objects and arrays (a record, a container, not
/// std::optional or raw_json). The result is the same either way.
template <class Text>
concept json_text = std::convertible_to<const Text&, std::string_view>;

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
  explicit parser(parse_options options = {}) : options_(options) {}
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
    detail::value root;
    if constexpr (std::is_same_v<Text, simdjson::padded_string_view>) {
      if (auto e = open(json, root, codec<T>::accepts); !e) return e;
    } else {
      if (auto e = open(json, root); !e) return e;
    }
    detail::reader r(doc_, options_.max_depth, into_existing, in_place_ ? text_.data() + text_.size() : nullptr);
    if (!codec<T>::read(r, root, value)) return failure(r);
    return close();
  }
  /// Copies `json` into buffer_, wrapped in [ ] (see parser.cpp), and opens it.
  result<void> open(std::string_view json, detail::value& root);
  /// Opens a padded object or array where it lies when T (whose codec reads `accepted`) reads
  /// that kind and no scalar kind; anything else goes to the copying open.
  result<void> open(simdjson::padded_string_view json, detail::value& root, kinds accepted);
  result<void> close();
  // The error paths, out of line so that the success path carries none of their temporaries.
  /// The error `r` recorded, explained.
  [[gnu::cold, gnu::noinline]] json::error failure(detail::reader& r) const;
  /// The error simdjson met while opening the document, explained.
  [[gnu::cold, gnu::noinline]] json::error failure(simdjson::error_code code, std::string_view expected);
  /// An error about the whole text, explained.
  [[gnu::cold, gnu::noinline]] json::error failure(errc kind, std::string_view expected, std::string_view found) const;
  /// `e`, or when the text is not well-formed JSON, where and how it is not.
  json::error explain(json::error e) const;

  parse_options options_;
  simdjson::ondemand::parser parser_;
  simdjson::ondemand::document doc_;
  simdjson::ondemand::array top_;
  simdjson::ondemand::array_iterator next_;
  std::string buffer_;       // '[' + the text (without a byte-order mark) + ']'
  std::string_view text_;    // the document's text (without a byte-order mark), in buffer_ or in place
  bool in_place_ = false;    // text_ is the caller's, not wrapped in [ ]
  std::size_t skipped_ = 0;  // bytes of a byte-order mark before the text
};

namespace detail {
/// The calling thread's parser, used by the free functions.
parser& thread_parser();
}  // namespace detail

}  // namespace lambda::json
