#pragma once
/// \file
/// Base64 (RFC 4648, standard alphabet, padded) and the byte-buffer member type it serializes;
/// its codec is in <lambda/json/codecs/base64.h>.

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

}  // namespace lambda::json
