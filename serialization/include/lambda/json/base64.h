#pragma once
/// \file
/// Base64 (RFC 4648, standard alphabet, padded) and the byte-buffer member type it serializes.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::json {

/// A byte buffer; as a member it is written and read as a base64 string.
using bytes = std::vector<std::byte>;

/// Encodes `data` as padded standard base64.
std::string base64_encode(std::span<const std::byte> data);
/// Encodes the bytes of `text` as padded standard base64.
std::string base64_encode(std::string_view text);
/// Appends the base64 encoding of `data` to `out`.
void base64_encode_to(std::span<const std::byte> data, std::string& out);

/// Decodes padded standard base64 into `out`. On failure returns the offset of the first bad
/// character (or the text's length when it is truncated) and leaves `out` unspecified.
std::optional<std::size_t> base64_decode(std::string_view text, bytes& out);
/// Decodes base64 into a string of bytes; std::nullopt when `text` is not valid base64.
std::optional<std::string> base64_decode_to_string(std::string_view text);

template <class A>
struct codec<std::vector<std::byte, A>> {
  static constexpr kinds accepts = kinds::string;
  static bool read(detail::reader& r, detail::value& v, std::vector<std::byte, A>& out);
  static void write(writer& w, const std::vector<std::byte, A>& v) {
    std::string encoded;
    base64_encode_to(v, encoded);
    w.raw('"');
    w.raw(encoded);
    w.raw('"');
  }
};

namespace detail {
/// Reads a base64 string member into `out`.
bool read_base64(reader& r, value& v, bytes& out);
}  // namespace detail

template <class A>
bool codec<std::vector<std::byte, A>>::read(detail::reader& r, detail::value& v, std::vector<std::byte, A>& out) {
  static_assert(std::is_same_v<A, std::allocator<std::byte>>, "lambda::json: base64 members use the default allocator");
  return detail::read_base64(r, v, out);
}

}  // namespace lambda::json
