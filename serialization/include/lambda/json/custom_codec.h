#pragma once
/// \file
/// Writing a codec for a type of your own (a decimal, a UUID, a third-party type): specialize
/// `lambda::json::codec<T>`, in a header your annotated header includes, and members of type T
/// (or std::optional<T>, std::vector<T>, …) are supported like any other.
///
/// The common case — a type read and written as a JSON string through two functions — is one line:
///
///     template <>
///     struct lambda::json::codec<shop::Sku> : lambda::json::string_codec<shop::Sku, shop::parse_sku,
///                                                                         shop::format_sku, "a SKU like AB-1234"> {};
///
/// Any other shape is a struct with three members:
///
///     template <>
///     struct lambda::json::codec<shop::Decimal> {
///       static constexpr kinds accepts = kinds::string | kinds::number;  // what it reads
///       static bool read(reader& r, value& v, shop::Decimal& out);       // false: r holds the error
///       static void write(writer& w, const shop::Decimal& d);
///     };
///
/// `read` reads through the library's codecs (`codec<std::string_view>::read(r, v, text)`,
/// `codec<long long>::read`, …) or read_number_token, and reports content it cannot take with
/// invalid_value or invalid_string; `write` writes through `w.string`, `w.number`, `w.raw` or
/// another codec's write. A failed read leaves the JSON path to the reader.

#include <lambda/json/codec.h>
#include <lambda/json/codecs/scalar.h>
#include <lambda/json/codecs/string.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/error.h>
#include <lambda/json/fixed_string.h>
#include <lambda/json/writer.h>

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace lambda::json {

/// The read in progress that a codec's `read` is handed: it records the first failure, and the
/// JSON path is added on the way up, so a codec reports only what it expected and what it found.
using reader = detail::reader;
/// One JSON value of the document being read (a simdjson On-Demand value): read it once.
using value = detail::value;

/// Reads `v` as a number and gives its token as written (`12.50`, `-1e3`), for types that keep
/// every digit, such as decimals; the view lives until the calling thread parses again.
bool read_number_token(reader& r, value& v, std::string_view& out);

/// Reports that a value's content is not acceptable and returns false: `expected` says what is,
/// `token` is the value as the JSON spells it (`1.234`), quoted at most 40 bytes of it:
/// `$.price: expected a decimal with at most 2 places, got 1.234`.
bool invalid_value(reader& r, std::string_view expected, std::string_view token);
/// invalid_value for a string's content, which the message quotes: `got "AB_12"`.
bool invalid_string(reader& r, std::string_view expected, std::string_view text);

namespace detail {
/// Calls a string_codec's parse function, in either of its two shapes.
template <class T, auto Parse>
bool parse_text(std::string_view text, T& out) {
  if constexpr (std::is_invocable_r_v<bool, decltype(Parse), std::string_view, T&>) {
    return Parse(text, out);
  } else {
    static_assert(std::is_convertible_v<std::invoke_result_t<decltype(Parse), std::string_view>, std::optional<T>>,
                  "lambda::json::string_codec: Parse must be `std::optional<T>(std::string_view)` or "
                  "`bool(std::string_view, T&)`");
    std::optional<T> parsed = Parse(text);
    if (!parsed) return false;
    out = std::move(*parsed);
    return true;
  }
}
}  // namespace detail

/// The codec of a type read and written as a JSON string: `Parse` is `std::optional<T>(std::string_view)`
/// or `bool(std::string_view, T&)`, `Format` returns anything a std::string_view can be made
/// from, and `Expected` says what a valid string looks like, for the error a bad one gets.
template <class T, auto Parse, auto Format, fixed_string Expected>
struct string_codec {
  static constexpr kinds accepts = kinds::string;
  static bool read(reader& r, value& v, T& out) {
    std::string_view text;
    if (!codec<std::string_view>::read(r, v, text)) return false;
    return detail::parse_text<T, Parse>(text, out) || invalid_string(r, Expected.view(), text);
  }
  static void write(writer& w, const T& v) {
    const auto& text = Format(v);
    w.string(std::string_view(text));
  }
};

}  // namespace lambda::json
