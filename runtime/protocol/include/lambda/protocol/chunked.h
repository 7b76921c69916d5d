#pragma once
// Chunked transfer coding (RFC 9112 §7.1): what a sender writes around each chunk and after the
// last one, and the reading of a chunk-size line.

#include <lambda/protocol/http_fields.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace lambda::protocol {

/// The longest chunk-size line a reader accepts: 16 hex digits and room for extensions.
inline constexpr std::size_t max_chunk_size_line = 4096;

/// `size` in hex and CRLF: what precedes a chunk of `size` bytes (which is followed by CRLF).
/// Writes into `out`, which must hold 18 bytes; returns the length written.
std::size_t write_chunk_header(char* out, std::size_t size);

/// The last chunk, `trailers` and the empty line that end a chunked body, appended to `out`.
void append_last_chunk(std::string& out, const http_fields& trailers);

/// The size of a chunk-size line (without CRLF): hex digits, optionally followed by extensions
/// (`;name=value`, ignored). The error names what is wrong.
std::variant<std::uint64_t, std::string> parse_chunk_size(std::string_view line);

}  // namespace lambda::protocol
