#pragma once
/// \file
/// `lambda::json::codec<T>`: how a type is read from and written to JSON.
///
/// The library specializes it for the standard types it supports (see `codecs/`); the generator
/// specializes it for every annotated struct and enum. A codec provides
///
///     static constexpr kinds accepts;   // the JSON kinds it reads (std::variant chooses by them)
///     static bool read(detail::reader&, detail::value&, T&);   // false: the reader holds the error
///     static void write(writer&, const T&);
///
/// This header is light: it names the reader's types without simdjson, so that a generated
/// `<header>.json.h` can declare its codecs anywhere. Defining a codec's body takes
/// <lambda/json/detail/reader.h> and <lambda/json/writer.h>.

#include <cstdint>

namespace lambda::json {

class writer;  // <lambda/json/writer.h>

namespace detail {
// <lambda/json/detail/reader.h>, which includes simdjson: declaring a codec needs only the names.
class reader;
class value;
class object;
struct tag_key;
}  // namespace detail

/// The kinds of JSON value, as a bit set.
enum class kinds : std::uint8_t {
  none = 0,
  null = 1,
  boolean = 2,
  number = 4,
  string = 8,
  array = 16,
  object = 32,
};
constexpr kinds operator|(kinds a, kinds b) noexcept {
  return static_cast<kinds>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
constexpr kinds operator&(kinds a, kinds b) noexcept {
  return static_cast<kinds>(static_cast<std::uint8_t>(a) & static_cast<std::uint8_t>(b));
}
/// True when the set `a` contains any kind of `b`.
constexpr bool overlaps(kinds a, kinds b) noexcept { return (a & b) != kinds::none; }

/// Specialized for every serializable type; the primary template is deliberately undefined.
template <class T, class Enable = void>
struct codec;

/// A type with a codec: one `parse`, `parse_into` and `to_string` accept.
template <class T>
concept serializable = requires { codec<T>::accepts; };

namespace detail {
/// For the entry points, in place of a `serializable` constraint: `static_assert(require_codec<T>())`
/// stops the build, before any other error, with a message that says where the codec comes from.
template <class T>
constexpr bool require_codec() noexcept {
  static_assert(serializable<T>,
                "lambda::json: this type has no codec here: include its generated .json.h header (an annotated "
                "type) or <lambda/json.h> (a standard type or container)");
  return true;
}
}  // namespace detail

}  // namespace lambda::json
