#pragma once
// Types with codecs of their own, as the README shows them: a decimal written out in full (it
// reads a string or a number and keeps every digit), a SKU through string_codec, and a family
// of typed ids through a partial specialization; used as members, in containers, an optional,
// a map and a variant. Their `arbitrary` builders sit beside the codecs, for the round-trip kit.
#include <lambda/json/annotate.h>
#include <lambda/json/custom_codec.h>
#include <lambda/json/testing/arbitrary.h>

#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace billing {

/// units × 10^-scale, e.g. {1250, 2} is 12.50; written as a string so no digit is lost.
struct Decimal {
  long long units = 0;
  int scale = 0;
  friend bool operator==(const Decimal&, const Decimal&) = default;
};

/// "12.50", "-3", "0.001": at most 18 digits, no exponent.
inline std::optional<Decimal> parse_decimal(std::string_view text) {
  Decimal d;
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  int digits = 0;
  bool point = false;
  for (char c : text) {
    if (c == '.' && !point && digits > 0) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9' || ++digits > 18) return std::nullopt;
    d.units = d.units * 10 + (c - '0');
    if (point) ++d.scale;
  }
  if (digits == 0 || text.back() == '.') return std::nullopt;
  if (negative) d.units = -d.units;
  return d;
}

inline std::string format_decimal(const Decimal& d) {
  std::string digits = std::to_string(d.units < 0 ? -static_cast<unsigned long long>(d.units)
                                                  : static_cast<unsigned long long>(d.units));
  if (d.scale > 0) {
    if (digits.size() <= static_cast<std::size_t>(d.scale)) digits.insert(0, d.scale + 1 - digits.size(), '0');
    digits.insert(digits.size() - d.scale, ".");
  }
  return d.units < 0 ? "-" + digits : digits;
}

/// Two capital letters, a dash, four digits: "AB-1234".
struct Sku {
  std::string text = "AA-0000";  // a default the codec reads back: a new Invoice must round-trip
  friend bool operator==(const Sku&, const Sku&) = default;
};

inline std::optional<Sku> parse_sku(std::string_view text) {
  if (text.size() != 7 || !std::isupper(static_cast<unsigned char>(text[0])) ||
      !std::isupper(static_cast<unsigned char>(text[1])) || text[2] != '-')
    return std::nullopt;
  for (char c : text.substr(3))
    if (c < '0' || c > '9') return std::nullopt;
  return Sku{std::string(text)};
}
inline const std::string& format_sku(const Sku& sku) { return sku.text; }

/// A number that names one kind of thing: Id<Invoice> and Id<Customer> do not mix.
template <class Tag>
struct Id {
  long long value = 0;
  friend bool operator==(const Id&, const Id&) = default;
};
struct InvoiceTag {};

}  // namespace billing

// A codec written out: a string or a number, every digit kept, and an error in our words.
template <>
struct lambda::json::codec<billing::Decimal> {
  static constexpr kinds accepts = kinds::string | kinds::number;
  static bool read(reader& r, value& v, billing::Decimal& out) {
    std::string_view text;
    bool is_string = v.raw_json_token().starts_with('"');
    if (!(is_string ? codec<std::string_view>::read(r, v, text) : read_number_token(r, v, text))) return false;
    std::optional<billing::Decimal> d = billing::parse_decimal(text);
    if (!d) {
      constexpr std::string_view expected = "a decimal of at most 18 digits without an exponent";
      return is_string ? invalid_string(r, expected, text) : invalid_value(r, expected, text);
    }
    out = *d;
    return true;
  }
  static void write(writer& w, const billing::Decimal& d) { w.string(billing::format_decimal(d)); }
};

// The common case, in one line.
template <>
struct lambda::json::codec<billing::Sku>
    : lambda::json::string_codec<billing::Sku, billing::parse_sku, billing::format_sku, "a SKU like AB-1234"> {};

// One codec for a family of types.
template <class Tag>
struct lambda::json::codec<billing::Id<Tag>> {
  static constexpr kinds accepts = kinds::number;
  static bool read(reader& r, value& v, billing::Id<Tag>& out) { return codec<long long>::read(r, v, out.value); }
  static void write(writer& w, const billing::Id<Tag>& id) { w.number(id.value); }
};

template <>
struct lambda::json::testing::arbitrary<billing::Decimal> {
  static void build(source& s, billing::Decimal& out) {
    out.scale = static_cast<int>(s.below(6));
    out.units = static_cast<long long>(s.bits() % 1'000'000'000'000'000ULL) * (s.chance(1, 4) ? -1 : 1);
  }
  static bool equal(const billing::Decimal& a, const billing::Decimal& b) { return a == b; }
};

template <>
struct lambda::json::testing::arbitrary<billing::Sku> {
  static void build(source& s, billing::Sku& out) {
    out.text = {static_cast<char>('A' + s.below(26)), static_cast<char>('A' + s.below(26)), '-'};
    for (int i = 0; i < 4; ++i) out.text += static_cast<char>('0' + s.below(10));
  }
  static bool equal(const billing::Sku& a, const billing::Sku& b) { return a == b; }
};

template <class Tag>
struct lambda::json::testing::arbitrary<billing::Id<Tag>> {
  static void build(source& s, billing::Id<Tag>& out) { lambda::json::testing::build(s, out.value); }
  static bool equal(const billing::Id<Tag>& a, const billing::Id<Tag>& b) { return a == b; }
};

namespace billing {

struct LAMBDA_JSON Line {
  Sku sku;
  Decimal price;
  int quantity = 1;
};

struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") Invoice {
  Id<InvoiceTag> id;
  std::vector<Line> lines;
  std::optional<Decimal> discount;
  std::map<std::string, Decimal> tax_by_region;
  std::variant<Sku, long long> reference;  // a string or an integer
};

}  // namespace billing
