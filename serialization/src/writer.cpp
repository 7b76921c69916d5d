// The writer's out-of-line parts: growing the buffer, string escaping, floating-point formatting.
#include <lambda/json/base.h>
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
constexpr std::uint64_t lows = ~highs;

// Marks (with the high bit of each byte) the bytes of `x` below 0x20. Exact: the sum cannot carry
// from one byte into the next, unlike the shorter borrow-based tests.
constexpr std::uint64_t control_bytes(std::uint64_t x) noexcept {
  return ~(((x & lows) + ones * (0x80 - 0x20)) | x) & highs;
}

// Marks the bytes of `x` equal to `c` (an ASCII character), exactly.
constexpr std::uint64_t bytes_equal(std::uint64_t x, char c) noexcept {
  const std::uint64_t y = x ^ (ones * static_cast<unsigned char>(c));
  return ~(((y & lows) + lows) | y) & highs;
}

// Gathers the high bit of each of a word's 8 bytes into one bit per byte (byte 0 to bit 0).
constexpr std::uint32_t byte_bits(std::uint64_t marked) noexcept {
  return static_cast<std::uint32_t>(((marked >> 7) * 0x0102040810204080ULL) >> 56);
}

// Strings are written a block at a time: a block is copied verbatim before it is looked at, and
// only a block holding something to escape is written again, from its first mark on.
constexpr std::size_t block = 32;

// What a block holds that cannot stay as copied, one bit per byte.
struct block_marks {
  std::uint32_t quoted;   // '"' and '\\', which take a backslash before them
  std::uint32_t control;  // control characters, which take \b, \f, \n, \r, \t or \u00XX
  std::uint32_t high;     // bytes of 0x80 and up, which need UTF-8 validation
};

// Copies the `m` (1 to 32) bytes at `in` to `out`, which must have room for a whole block, and
// marks them. With AVX2 this is one load, one store and a few compares. It reads up to 31 bytes
// past the end of the string only when that stays within its memory page (so it cannot fault) and
// ignores them; ASan would count those bytes as an overflow, hence the attribute.
__attribute__((no_sanitize("address"))) block_marks copy_block(const unsigned char* in, std::size_t m,
                                                               char* out) noexcept {
#if defined(__AVX2__)
  if (m == block || detail::vector_read_stays_in_page(in)) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(in));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), v);
    const std::uint32_t in_string = detail::first_bytes(m);
    return {static_cast<std::uint32_t>(_mm256_movemask_epi8(detail::quoted_lanes(v))) & in_string,
            static_cast<std::uint32_t>(_mm256_movemask_epi8(detail::control_lanes(v))) & in_string,
            static_cast<std::uint32_t>(_mm256_movemask_epi8(v)) & in_string};
  }
#endif
  block_marks marks{0, 0, 0};
  std::size_t j = 0;
  if constexpr (std::endian::native == std::endian::little) {
    for (; j + 8 <= m; j += 8) {
      std::uint64_t word;
      std::memcpy(&word, in + j, 8);
      std::memcpy(out + j, &word, 8);
      marks.quoted |= byte_bits(bytes_equal(word, '"') | bytes_equal(word, '\\')) << j;
      marks.control |= byte_bits(control_bytes(word)) << j;
      marks.high |= byte_bits(word & highs) << j;
    }
  }
  for (; j < m; ++j) {
    const unsigned char c = in[j];
    out[j] = static_cast<char>(c);
    marks.quoted |= static_cast<std::uint32_t>(c == '"' || c == '\\') << j;
    marks.control |= static_cast<std::uint32_t>(c < 0x20) << j;
    marks.high |= static_cast<std::uint32_t>(c >= 0x80) << j;
  }
  return marks;
}

// How each byte is written inside a JSON string: itself, a two-letter escape, or \u00XX. Bytes of
// 0x80 and up stand for themselves; they reach this table only once the text is known to be valid
// UTF-8. A block with control characters goes through it byte by byte, with no branch on what
// each byte is.
struct escaped_byte {
  char text[8];  // only the first `size` bytes count; all 8 are stored at once
  std::uint8_t size;
};

constexpr auto escaped = [] {
  constexpr char hex_digits[] = "0123456789abcdef";
  std::array<escaped_byte, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = {{static_cast<char>(c)}, 1};
  for (int c = 0; c < 0x20; ++c) table[c] = {{'\\', 'u', '0', '0', hex_digits[c >> 4], hex_digits[c & 0xF]}, 6};
  table['"'] = {{'\\', '"'}, 2};
  table['\\'] = {{'\\', '\\'}, 2};
  table['\b'] = {{'\\', 'b'}, 2};
  table['\f'] = {{'\\', 'f'}, 2};
  table['\n'] = {{'\\', 'n'}, 2};
  table['\r'] = {{'\\', 'r'}, 2};
  table['\t'] = {{'\\', 't'}, 2};
  return table;
}();

// Writes `c` as it appears in a JSON string at `out`, which must have room for 8 bytes.
inline char* write_escaped(unsigned char c, char* out) noexcept {
  std::memcpy(out, escaped[c].text, 8);
  return out + escaped[c].size;
}

#if defined(__AVX2__)
// For each pattern of marked bytes among 8, the shuffle that spreads those 8 bytes over 16 with a
// backslash (kept in lane 15) before each marked one. A block of quotes and backslashes, the
// common case of a body that holds JSON, is then escaped 8 bytes per shuffle.
constexpr auto backslash_before = [] {
  std::array<std::array<std::uint8_t, 16>, 256> table{};
  for (int marked = 0; marked < 256; ++marked) {
    std::size_t p = 0;
    for (std::uint8_t k = 0; k < 8; ++k) {
      if (marked >> k & 1) table[marked][p++] = 15;
      table[marked][p++] = k;
    }
    while (p < 16) table[marked][p++] = 0x80;  // zero: stored, but not counted
  }
  return table;
}();

// Writes the 8 bytes at `in` with a backslash before each byte marked in `marked`; `out` must have
// room for 16 bytes.
inline char* write_backslashed(const unsigned char* in, std::uint32_t marked, char* out) noexcept {
  const __m128i bytes = _mm_or_si128(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(in)),
                                     _mm_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\'));
  const __m128i shuffle = _mm_loadu_si128(reinterpret_cast<const __m128i*>(backslash_before[marked].data()));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_shuffle_epi8(bytes, shuffle));
  return out + 8 + std::popcount(marked);
}
#else
// Without a byte shuffle the table does the same, a byte at a time.
inline char* write_backslashed(const unsigned char* in, std::uint32_t, char* out) noexcept {
  for (std::size_t k = 0; k < 8; ++k) out = write_escaped(in[k], out);
  return out;
}
#endif

// Room one block can need: every byte a \u00XX escape, and the last escape's 8-byte store.
constexpr std::size_t block_room = block * 6 + 2;

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
// The loop keeps its output position in locals: a member would have to be reloaded after every
// byte stored, since a char store may alias it. UTF-8 is validated once, at the first non-ASCII
// byte; valid text is then copied like ASCII, and in invalid text each bad sequence becomes U+FFFD
// so that the output is still valid JSON.
void writer::string_general(std::string_view s) {
  const auto* in = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  char* out = buf_.data() + pos_;
  char* end = buf_.data() + buf_.size();
  auto make_room = [&](std::size_t k) {
    if (static_cast<std::size_t>(end - out) >= k) return;
    pos_ = static_cast<std::size_t>(out - buf_.data());
    grow(k);
    out = buf_.data() + pos_;
    end = buf_.data() + buf_.size();
  };
  bool utf8_checked = false;
  bool utf8_valid = false;
  make_room(1);
  *out++ = '"';
  std::size_t i = 0;
  while (i < n) {
    make_room(block_room);
    const std::size_t m = std::min(block, n - i);
    const block_marks marks = copy_block(in + i, m, out);
    if (marks.high && !utf8_valid) {
      if (!utf8_checked) {
        utf8_checked = true;
        utf8_valid = simdjson::validate_utf8(s.data() + i, n - i);
      }
      if (!utf8_valid) break;
    }
    const std::uint32_t escape = marks.quoted | marks.control;
    if (!escape) {
      out += m;
      i += m;
      continue;
    }
    // The bytes before the first mark were copied as they must be.
    std::size_t j = static_cast<std::size_t>(std::countr_zero(escape));
    if (!marks.control) {
      // Only quotes and backslashes: whole groups of 8, from the one holding the first mark.
      j &= ~std::size_t{7};
      out += j;
      for (; j + 8 <= m; j += 8) out = write_backslashed(in + i + j, marks.quoted >> j & 0xFF, out);
    } else {
      out += j;
    }
    for (; j < m; ++j) out = write_escaped(in[i + j], out);
    i += m;
  }
  // Text that is not UTF-8 (rare) goes on byte by byte from the block that showed it.
  while (i < n) {
    make_room(8);
    if (in[i] < 0x80) {
      out = write_escaped(in[i++], out);
      continue;
    }
    const std::size_t len = utf8_sequence_length(in + i, n - i);
    if (len == 0) {
      std::memcpy(out, "\xEF\xBF\xBD", 3);
      out += 3;
      ++i;
    } else {
      std::memcpy(out, in + i, len);
      out += len;
      i += len;
    }
  }
  make_room(1);
  *out++ = '"';
  pos_ = static_cast<std::size_t>(out - buf_.data());
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

namespace detail {
std::string write_text(write_function write, const void* value) {
  writer w;
  w.reserve(size_hint());
  write(w, value);
  remember_size(w.size());
  return w.release();
}

void write_text(write_function write, const void* value, std::string& out) {
  writer w(std::move(out));
  write(w, value);
  out = w.release();
}
}  // namespace detail

}  // namespace lambda::json
