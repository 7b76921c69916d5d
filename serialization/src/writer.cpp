// The writer's out-of-line parts: growing the buffer, string escaping, floating-point formatting.
#include <lambda/json/writer.h>

#include <simdjson.h>

#if defined(__AVX2__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <array>
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

// How many bytes from `in` on (at most `n`, and at most one step) can be copied verbatim, having
// copied at least those to `out`; fewer than a step means the byte after them needs attention.
// Bytes that need it: control characters, '"', '\\', and also non-ASCII bytes when
// `stop_at_non_ascii` (text not yet known to be valid UTF-8). Copying before looking is what makes
// one pass do both: a step is one load, one store and one compare, 32 bytes at a time with AVX2.
// `out` must have room for a whole step. Reads up to 31 bytes past the end of the string only when
// that stays within its memory page (so it cannot fault) and masks them out; ASan would count those
// bytes as an overflow, hence the attribute.
__attribute__((no_sanitize("address")))
std::size_t copy_plain_run(const unsigned char* in, std::size_t n, char* out, bool stop_at_non_ascii) noexcept {
#if defined(__AVX2__)
  constexpr std::uintptr_t page = 4096;
  if (n >= 32 || (reinterpret_cast<std::uintptr_t>(in) & (page - 1)) <= page - 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(in));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), v);
    const __m256i control = _mm256_cmpeq_epi8(_mm256_min_epu8(v, _mm256_set1_epi8(0x1F)), v);  // v <= 0x1F
    const __m256i quote = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('"'));
    const __m256i backslash = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'));
    auto mask = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(control, _mm256_or_si256(quote, backslash))));
    if (stop_at_non_ascii) mask |= static_cast<std::uint32_t>(_mm256_movemask_epi8(v));
    if (n < 32) mask |= ~std::uint32_t{0} << n;  // the bytes past the end stop the run
    return mask ? static_cast<std::size_t>(std::countr_zero(mask)) : 32;
  }
#endif
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, in + i, 8);
    std::memcpy(out + i, &word, 8);
    std::uint64_t special = special_bytes(word);
    if (!stop_at_non_ascii) special &= ~(word & highs);
    if (special) return i + static_cast<std::size_t>(std::countr_zero(special)) / 8;
  }
  for (; i < n; ++i) {
    unsigned char c = in[i];
    if (c < 0x20 || c == '"' || c == '\\' || (stop_at_non_ascii && c >= 0x80)) return i;
    out[i] = static_cast<char>(c);
  }
  return n;
}

// Room `copy_plain_run` may write into with AVX2: one vector step. (Without AVX2 it copies up
// to the whole rest of the string, so string_general reserves that instead.)
constexpr std::size_t step_room = 32;

// The letter after the backslash for each ASCII byte that needs escaping ('u' for \u00XX), else 0.
// A table rather than a switch: a body holding JSON has dozens of quotes, and a jump per escape
// mispredicted often enough to show in profiles.
constexpr auto escape_letters = [] {
  std::array<char, 128> letters{};
  for (int c = 0; c < 0x20; ++c) letters[c] = 'u';
  letters['"'] = '"';
  letters['\\'] = '\\';
  letters['\b'] = 'b';
  letters['\f'] = 'f';
  letters['\n'] = 'n';
  letters['\r'] = 'r';
  letters['\t'] = 't';
  return letters;
}();

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

// Strings the inline fast path did not take: long ones, and those with bytes to escape or check.
// One loop copies plain runs and escapes what breaks them. UTF-8 is validated once, at the first
// non-ASCII byte; in valid text such bytes are then copied like any others, and in invalid text
// each bad sequence becomes U+FFFD so that the output is still valid JSON.
void writer::string_general(std::string_view s) {
  const auto* in = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  bool stop_at_non_ascii = true;
  bool utf8_checked = false;
  raw('"');
  std::size_t i = 0;
  while (i < n) {
#if defined(__AVX2__)
    reserve(step_room);
#else
    reserve(std::max(step_room, n - i));
#endif
    const std::size_t run = copy_plain_run(in + i, n - i, buf_.data() + pos_, stop_at_non_ascii);
    pos_ += run;
    i += run;
    if (i == n) break;
    if (run == step_room) continue;
    const unsigned char c = in[i];
    if (c >= 0x80) {
      if (!utf8_checked) {
        utf8_checked = true;
        stop_at_non_ascii = !simdjson::validate_utf8(s.data() + i, n - i);
        if (!stop_at_non_ascii) continue;
      }
      const std::size_t len = utf8_sequence_length(in + i, n - i);
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
    out[1] = escape_letters[c];
    if (out[1] != 'u') {
      pos_ += 2;
    } else {
      out[2] = '0';
      out[3] = '0';
      out[4] = hex_digits[c >> 4];
      out[5] = hex_digits[c & 0xF];
      pos_ += 6;
    }
    ++i;
  }
  raw('"');
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
