#pragma once
/// \file
/// `lambda::json::parser`: reads JSON text into serializable types, reusing its buffers between
/// calls. The free functions in <lambda/json.h> use one parser per thread.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/result.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace lambda::json {

/// Limits a parser enforces.
struct parse_options {
  /// Objects and arrays nested deeper than this are an error (`errc::too_deep`).
  std::uint32_t max_depth = 128;
};

/// Parses JSON documents one at a time, keeping its buffers warm for the next one.
///
/// `std::string_view` members read by a parser point into that parser's buffers: they stay valid
/// until the parser parses again or is destroyed. A parser is not thread-safe; use one per thread.
class parser {
 public:
  explicit parser(parse_options options = {}) : options_(options) {}
  parser(const parser&) = delete;
  parser& operator=(const parser&) = delete;

  /// Parses `json` (a leading UTF-8 byte-order mark is skipped) into a new `T`.
  template <serializable T>
  result<T> parse(std::string_view json) {
    T value{};
    if (auto r = read(json, value, false); !r) return r.error();
    return value;
  }

  /// Parses `json` into `value`, reusing the capacity of its strings, vectors and map nodes. The
  /// result equals what `parse` gives: members the document leaves out are reset to their
  /// defaults (only LAMBDA_JSON_SKIP members, which JSON never sets, keep their values). On error
  /// `value` is left valid but partly overwritten.
  template <serializable T>
  result<void> parse_into(std::string_view json, T& value) {
    return read(json, value, true);
  }

 private:
  template <serializable T>
  result<void> read(std::string_view json, T& value, bool into_existing) {
    detail::value root;
    if (auto e = open(json, root); !e) return e;
    detail::reader r(doc_, options_.max_depth, into_existing);
    if (!codec<T>::read(r, root, value)) return failure(r);
    return close();
  }
  result<void> open(std::string_view json, detail::value& root);
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
  std::size_t skipped_ = 0;  // bytes of a byte-order mark before the text
};

namespace detail {
/// The calling thread's parser, used by the free functions.
parser& thread_parser();
}  // namespace detail

}  // namespace lambda::json
