// Base64 per RFC 4648 §4 (standard alphabet, '=' padding), table-driven in both directions.
#include <lambda/json/base64.h>
#include <lambda/json/codecs/string.h>

#include <array>
#include <cstdint>

namespace lambda::json {
namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::uint8_t invalid = 0xFF;

constexpr std::array<std::uint8_t, 256> decode_table = [] {
  std::array<std::uint8_t, 256> t{};
  t.fill(invalid);
  for (std::uint8_t i = 0; i < 64; ++i) t[static_cast<unsigned char>(alphabet[i])] = i;
  return t;
}();

template <class Out>
std::optional<std::size_t> decode(std::string_view text, Out& out) {
  using byte_type = typename Out::value_type;
  if (text.size() % 4 != 0) return text.size();
  out.clear();
  out.reserve(text.size() / 4 * 3);
  const auto* in = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size(); i += 4) {
    const bool last = i + 4 == text.size();
    std::uint8_t a = decode_table[in[i]], b = decode_table[in[i + 1]];
    std::uint8_t c = decode_table[in[i + 2]], d = decode_table[in[i + 3]];
    if (a == invalid) return i;
    if (b == invalid) return i + 1;
    if (last && in[i + 2] == '=' && in[i + 3] == '=') {
      if (b & 0x0F) return i + 1;  // bits that padding says are unused must be zero
      out.push_back(static_cast<byte_type>((a << 2) | (b >> 4)));
      return std::nullopt;
    }
    if (c == invalid) return i + 2;
    if (last && in[i + 3] == '=') {
      if (c & 0x03) return i + 2;
      out.push_back(static_cast<byte_type>((a << 2) | (b >> 4)));
      out.push_back(static_cast<byte_type>(((b & 0x0F) << 4) | (c >> 2)));
      return std::nullopt;
    }
    if (d == invalid) return i + 3;
    out.push_back(static_cast<byte_type>((a << 2) | (b >> 4)));
    out.push_back(static_cast<byte_type>(((b & 0x0F) << 4) | (c >> 2)));
    out.push_back(static_cast<byte_type>(((c & 0x03) << 6) | d));
  }
  return std::nullopt;
}

}  // namespace

void base64_encode_to(std::span<const std::byte> data, std::string& out) {
  const auto* in = reinterpret_cast<const unsigned char*>(data.data());
  std::size_t n = data.size();
  std::size_t start = out.size();
  out.resize(start + (n + 2) / 3 * 4);
  char* o = out.data() + start;
  std::size_t i = 0;
  for (; i + 3 <= n; i += 3) {
    std::uint32_t v = (std::uint32_t{in[i]} << 16) | (std::uint32_t{in[i + 1]} << 8) | in[i + 2];
    *o++ = alphabet[(v >> 18) & 63];
    *o++ = alphabet[(v >> 12) & 63];
    *o++ = alphabet[(v >> 6) & 63];
    *o++ = alphabet[v & 63];
  }
  if (n - i == 1) {
    std::uint32_t v = std::uint32_t{in[i]} << 16;
    *o++ = alphabet[(v >> 18) & 63];
    *o++ = alphabet[(v >> 12) & 63];
    *o++ = '=';
    *o++ = '=';
  } else if (n - i == 2) {
    std::uint32_t v = (std::uint32_t{in[i]} << 16) | (std::uint32_t{in[i + 1]} << 8);
    *o++ = alphabet[(v >> 18) & 63];
    *o++ = alphabet[(v >> 12) & 63];
    *o++ = alphabet[(v >> 6) & 63];
    *o++ = '=';
  }
}

std::string base64_encode(std::span<const std::byte> data) {
  std::string out;
  base64_encode_to(data, out);
  return out;
}

std::string base64_encode(std::string_view text) {
  return base64_encode(std::as_bytes(std::span<const char>(text.data(), text.size())));
}

std::optional<std::size_t> base64_decode(std::string_view text, bytes& out) { return decode(text, out); }

std::optional<std::string> base64_decode_to_string(std::string_view text) {
  std::string out;
  if (decode(text, out)) return std::nullopt;
  return out;
}

namespace detail {
bool read_base64(reader& r, value& v, bytes& out) {
  std::string_view text;
  if (!read_string(r, v, text)) return false;
  if (auto bad = base64_decode(text, out)) {
    std::string found = *bad >= text.size() ? "truncated base64 (length " + std::to_string(text.size()) + ")"
                                            : "invalid base64 at offset " + std::to_string(*bad);
    return r.fail(errc::invalid_value, "base64 string", std::move(found));
  }
  return true;
}
}  // namespace detail

}  // namespace lambda::json
