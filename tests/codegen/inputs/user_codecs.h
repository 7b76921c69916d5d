#pragma once
// Members whose types have codecs of the user's own: one written out, one through string_codec,
// one a partial specialization for a family of types, in containers and an optional; and
// containers the library knows by what they can do.
#include <lambda/json/annotate.h>
#include <lambda/json/codecs/containers.h>
#include <lambda/json/custom_codec.h>
#include <lambda/json/testing/arbitrary.h>

#include <array>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace golden::codecs {

/// A third-party type: no annotation, its own codec below.
struct Decimal {
  long long units = 0;
  int scale = 0;
};

struct Sku {
  std::string text;
};
std::optional<Sku> parse_sku(std::string_view text);
std::string format_sku(const Sku& sku);

template <class Tag>
struct Id {
  long long value = 0;
};
struct OrderTag {};

}  // namespace golden::codecs

template <>
struct lambda::json::codec<golden::codecs::Decimal> {
  static constexpr kinds accepts = kinds::string | kinds::number;
  static bool read(reader& r, value& v, golden::codecs::Decimal& out);
  static void write(writer& w, const golden::codecs::Decimal& d);
};

template <>
struct lambda::json::codec<golden::codecs::Sku>
    : lambda::json::string_codec<golden::codecs::Sku, golden::codecs::parse_sku, golden::codecs::format_sku,
                                 "a SKU like AB-1234"> {};

template <class Tag>
struct lambda::json::codec<golden::codecs::Id<Tag>> {
  static constexpr kinds accepts = kinds::number;
  static bool read(reader& r, value& v, golden::codecs::Id<Tag>& out) {
    return codec<long long>::read(r, v, out.value);
  }
  static void write(writer& w, const golden::codecs::Id<Tag>& id) { w.number(id.value); }
};

// The round-trip kit's builders for them (the generated testing header uses them).
template <>
struct lambda::json::testing::arbitrary<golden::codecs::Decimal> {
  static void build(source& s, golden::codecs::Decimal& out) { out = {static_cast<long long>(s.below(1000)), 2}; }
  static bool equal(const golden::codecs::Decimal& a, const golden::codecs::Decimal& b) {
    return a.units == b.units && a.scale == b.scale;
  }
};
template <>
struct lambda::json::testing::arbitrary<golden::codecs::Sku> {
  static void build(source&, golden::codecs::Sku& out) { out.text = "AB-1234"; }
  static bool equal(const golden::codecs::Sku& a, const golden::codecs::Sku& b) { return a.text == b.text; }
};
template <class Tag>
struct lambda::json::testing::arbitrary<golden::codecs::Id<Tag>> {
  static void build(source& s, golden::codecs::Id<Tag>& out) { lambda::json::testing::build(s, out.value); }
  static bool equal(const golden::codecs::Id<Tag>& a, const golden::codecs::Id<Tag>& b) { return a.value == b.value; }
};

namespace golden::codecs {

struct LAMBDA_JSON Line {
  Id<OrderTag> order;
  Sku sku;
  Decimal price;
  std::optional<Decimal> discount;
  std::vector<Sku> alternatives;
  std::deque<Sku> history;                      // containers known by what they can do
  std::array<int, 2> box;
  std::multimap<std::string, Decimal> charges;
};

}  // namespace golden::codecs
