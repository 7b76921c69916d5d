#pragma once
/// \file
/// Where JSON text goes wrong, for error messages. simdjson says only that a document is malformed
/// (and rejects invalid UTF-8 before reading any of it), so after a read fails the parser scans the
/// text again to say what was expected, what was found, at which byte and under which JSON path.

#include <lambda/json/error.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lambda::json::detail {

/// The first fault of `text` as JSON (RFC 8259; a `\u` escape of half a surrogate pair is one too,
/// as for simdjson): an error of kind `syntax`, `invalid_utf8` or `trailing_content` whose position
/// counts `skipped` bytes before `text` (a byte-order mark). Nesting deeper than `max_depth` before
/// any fault ends the scan with a `too_deep` error; well-formed text gives nothing.
std::optional<json::error> first_fault(std::string_view text, std::size_t skipped, std::uint32_t max_depth);

/// What a number token lacks to be a JSON number ("a digit after '-'", …), or empty when it is one.
std::string_view number_fault(std::string_view token) noexcept;

}  // namespace lambda::json::detail
