#pragma once
/// \file
/// The writer's fast path for short strings: one vector load decides whether a string can be
/// copied verbatim, and the same register is stored as the copy.
///
/// Most strings in events (header names and values, ids, ARNs) are short and plain ASCII, so the
/// cost of writing them is the call and the set-up of a scan, not the scan itself. Keeping this
/// inline in the caller, with no loop, is what lets the writer run at memory speed on them.
/// The lane tests here are also what the writer's general loop marks its 32-byte blocks with.

#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__AVX2__)
#include <immintrin.h>
#endif

namespace lambda::json::detail {

#if defined(__AVX2__)
/// Longest string the fast path takes; longer ones go through the writer's general loop.
inline constexpr std::size_t plain_string_limit = 32;

/// True when the 32 bytes from `p` on lie in one memory page: reading them cannot fault even
/// where the string at `p` is shorter.
inline bool vector_read_stays_in_page(const void* p) noexcept {
  constexpr std::uintptr_t page = 4096;
  return (reinterpret_cast<std::uintptr_t>(p) & (page - 1)) <= page - 32;
}

/// Marks (all ones) the lanes of `v` holding control characters, which a JSON string escapes.
inline __m256i control_lanes(__m256i v) noexcept {
  return _mm256_cmpeq_epi8(_mm256_min_epu8(v, _mm256_set1_epi8(0x1F)), v);  // v <= 0x1F
}

/// Marks the lanes of `v` holding '"' or '\\', which a JSON string puts a backslash before.
inline __m256i quoted_lanes(__m256i v) noexcept {
  return _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\')));
}

/// One bit per byte, for the first `n` (up to 32) bytes.
inline std::uint32_t first_bytes(std::size_t n) noexcept {
  return n >= 32 ? ~std::uint32_t{0} : (std::uint32_t{1} << n) - 1;
}

/// Writes `"s"` at `out` and returns true when `s` (1 to 32 bytes) holds no control character,
/// quote, backslash or non-ASCII byte; otherwise returns false having written nothing that
/// counts. `out` must have room for 34 bytes. Reads up to 31 bytes past the end of `s`, but
/// only within its memory page, so it cannot fault; ASan would call those bytes an overflow.
__attribute__((no_sanitize("address"))) inline bool copy_plain_string(std::string_view s, char* out) noexcept {
  if (!vector_read_stays_in_page(s.data())) return false;
  const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data()));
  // The sign bit marks non-ASCII bytes, which need UTF-8 validation on the general path.
  const __m256i special = _mm256_or_si256(v, _mm256_or_si256(control_lanes(v), quoted_lanes(v)));
  const auto mask = static_cast<std::uint32_t>(_mm256_movemask_epi8(special));
  const std::size_t n = s.size();
  if (mask & first_bytes(n)) return false;
  out[0] = '"';
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + 1), v);
  out[n + 1] = '"';
  return true;
}
#else
inline constexpr std::size_t plain_string_limit = 0;
inline bool copy_plain_string(std::string_view, char*) noexcept { return false; }
#endif

}  // namespace lambda::json::detail
