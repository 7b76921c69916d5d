// The writer's out-of-line parts: growing the buffer, string escaping, floating-point formatting.
#include <lambda/json/writer.h>

#include <simdjson.h>

#if defined(__AVX2__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace lambda::json {
namespace {

constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t highs = 0x8080808080808080ULL;

constexpr std::uint64_t has_zero_byte(std::uint64_t x) noexcept { return (x - ones) & ~x & highs; }

// Marks (with the high bit of each byte) the bytes that cannot be copied verbatim: control
// characters, '"', '\\', and non-ASCII bytes (which need UTF-8 validation). Exact, no false hits.
constexpr std::uint64_t special_bytes(std::uint64_t x) noexcept {
  std::uint64_t control = (x - ones * 0x20) & ~x & highs;
  std::uint64_t quote = has_zero_byte(x ^ (ones * '"'));
  std::uint64_t backslash = has_zero_byte(x ^ (ones * '\\'));
  return control | quote | backslash | (x & highs);
}

// The offset of the first byte from `i` on that cannot be copied verbatim: a control character,
// '"' or '\\', and also any non-ASCII byte when `stop_at_non_ascii` (text not yet known to be
// valid UTF-8). `n` when there is none. Strings in events are long runs of plain text broken by
// few escapes, so the scan is what writing strings costs: 32 bytes a step with AVX2, 8 without.
#if defined(__AVX2__)
// The special bytes of the 32 at `p`, as a bit mask. (May read past the string: see next_special.)
__attribute__((no_sanitize("address"))) inline std::uint32_t special_mask(const unsigned char* p, bool stop_at_non_ascii) noexcept {
  const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i control = _mm256_cmpeq_epi8(_mm256_min_epu8(v, _mm256_set1_epi8(0x1F)), v);  // v <= 0x1F
  const __m256i quote = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('"'));
  const __m256i backslash = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'));
  auto mask = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(control, _mm256_or_si256(quote, backslash))));
  if (stop_at_non_ascii) mask |= static_cast<std::uint32_t>(_mm256_movemask_epi8(v));
  return mask;
}
#endif

// Reads up to 31 bytes past the string when that stays within its memory page (so it cannot
// fault) and masks them out: most strings are shorter than one step. ASan would count those
// bytes as an overflow, hence the attribute.
__attribute__((no_sanitize("address")))
std::size_t next_special(const unsigned char* in, std::size_t i, std::size_t n, bool stop_at_non_ascii) noexcept {
#if defined(__AVX2__)
  for (; i + 32 <= n; i += 32) {
    if (std::uint32_t mask = special_mask(in + i, stop_at_non_ascii)) return i + static_cast<std::size_t>(std::countr_zero(mask));
  }
  constexpr std::uintptr_t page = 4096;
  if (i < n && (reinterpret_cast<std::uintptr_t>(in + i) & (page - 1)) <= page - 32) {
    std::uint32_t mask = special_mask(in + i, stop_at_non_ascii) & ((std::uint32_t{1} << (n - i)) - 1);
    return mask ? i + static_cast<std::size_t>(std::countr_zero(mask)) : n;
  }
#endif
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, in + i, 8);
    std::uint64_t special = special_bytes(word);
    if (!stop_at_non_ascii) special &= ~(word & highs);
    if (special) return i + static_cast<std::size_t>(std::countr_zero(special)) / 8;
  }
  for (; i < n; ++i) {
    unsigned char c = in[i];
    if (c < 0x20 || c == '"' || c == '\\' || (stop_at_non_ascii && c >= 0x80)) return i;
  }
  return n;
}

// The two-character escapes JSON defines; other control characters use \u00XX.
constexpr char short_escape(unsigned char c) noexcept {
  switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return 0;
  }
}

constexpr char hex_digits[] = "0123456789abcdef";

// Length of the valid UTF-8 sequence starting at s[0], or 0 when it is not one (overlong forms,
// surrogates and code points past U+10FFFF are invalid, as RFC 3629 says).
std::size_t utf8_sequence_length(const unsigned char* s, std::size_t n) noexcept {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && s[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && s[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && s[1] >= 0x90) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

void writer::grow(std::size_t n) {
  std::size_t wanted = std::max({buf_.size() * 2, pos_ + n, std::size_t{256}});
  buf_.resize(wanted);
  buf_.resize(buf_.capacity());
}

void writer::string(std::string_view s) {
  const auto* in = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  reserve(n + 2);
  char* out = buf_.data() + pos_;
  *out++ = '"';
  // Most strings in events are plain ASCII: one scan, one copy.
  const std::size_t plain = next_special(in, 0, n, true);
  std::memcpy(out, in, plain);
  pos_ = static_cast<std::size_t>(out + plain - buf_.data());
  if (plain < n) string_slow(s.substr(plain));
  raw('"');
}

// Everything after the first byte the fast path could not copy. Validates UTF-8 once (invalid
// sequences become U+FFFD), then copies clean runs and escapes the rest.
void writer::string_slow(std::string_view s) {
  const bool valid_utf8 = simdjson::validate_utf8(s.data(), s.size());
  const auto* in = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  while (i < n) {
    // In valid UTF-8, non-ASCII bytes are copied like any others.
    const std::size_t run = next_special(in, i, n, !valid_utf8);
    if (run > i) {
      raw(std::string_view(s.data() + i, run - i));
      i = run;
      continue;
    }
    unsigned char c = in[i];
    if (c >= 0x80) {  // only reached when the string is not valid UTF-8
      std::size_t len = utf8_sequence_length(in + i, n - i);
      if (len == 0) {
        raw(std::string_view("\xEF\xBF\xBD"));
        ++i;
      } else {
        raw(std::string_view(s.data() + i, len));
        i += len;
      }
      continue;
    }
    reserve(6);
    char* out = buf_.data() + pos_;
    out[0] = '\\';
    if (char e = short_escape(c)) {
      out[1] = e;
      pos_ += 2;
    } else {
      out[1] = 'u';
      out[2] = '0';
      out[3] = '0';
      out[4] = hex_digits[c >> 4];
      out[5] = hex_digits[c & 0xF];
      pos_ += 6;
    }
    ++i;
  }
}

// A floating-point value always reads back as one: `60.0`, not `60`, so a std::variant with an
// integer and a floating-point alternative picks the same one again (serde_json does the same).
void writer::append_fraction_if_integral(char* begin, char* end) {
  bool looks_integral = true;
  for (char* p = begin; p != end; ++p)
    if (*p == '.' || *p == 'e') looks_integral = false;
  if (looks_integral) {
    *end++ = '.';
    *end++ = '0';
  }
  pos_ = static_cast<std::size_t>(end - buf_.data());
}

void writer::number(double value) {
  if (!std::isfinite(value)) {
    null();
    return;
  }
  reserve(34);
  auto r = std::to_chars(buf_.data() + pos_, buf_.data() + buf_.size(), value);
  append_fraction_if_integral(buf_.data() + pos_, r.ptr);
}

void writer::number(float value) {
  if (!std::isfinite(value)) {
    null();
    return;
  }
  reserve(34);
  auto r = std::to_chars(buf_.data() + pos_, buf_.data() + buf_.size(), value);
  append_fraction_if_integral(buf_.data() + pos_, r.ptr);
}

}  // namespace lambda::json
