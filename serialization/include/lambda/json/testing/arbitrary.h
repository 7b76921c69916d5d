#pragma once
/// \file
/// `arbitrary<T>`: builds a value of T from a `source`, and compares two values member by member.
/// Specialized here for every member type the generator supports; the generator's
/// `<header>.testing.h` specializes it for annotated records and enums.
///
/// The values are chosen to find bugs, not to look realistic: empty and long containers, absent
/// and present optionals, strings with every class of UTF-8 sequence, control characters, quotes
/// and backslashes, integers at their limits, doubles at their extremes and -0.0, every enumerator
/// and every variant alternative. Only values JSON can carry are built (no NaN or infinities, no
/// invalid UTF-8), so every one must survive a round trip.

#include <lambda/json/base64.h>
#include <lambda/json/detail/container_shapes.h>
#include <lambda/json/detail/utf8.h>
#include <lambda/json/flat_map.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/testing/source.h>
#include <lambda/json/time.h>
#include <lambda/json/writer.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <variant>
#include <vector>

namespace lambda::json::testing {

/// Specialize with `static void build(source&, T&)` and `static bool equal(const T&, const T&)`.
template <class T>
struct arbitrary;

/// Whether `arbitrary<T>` is specialized (with its `build`).
template <class T>
concept has_arbitrary = requires { &arbitrary<T>::build; };

/// Replaces `out` with an arbitrary value drawn from `s`.
template <class T>
void build(source& s, T& out) {
  static_assert(has_arbitrary<T>,
                "lambda::json::testing: no arbitrary<T> for this type. A type with a codec of your own needs one "
                "(static void build(source&, T&) and static bool equal(const T&, const T&)), declared before the "
                "generated .testing.h is included: see the README, Codecs of your own");
  arbitrary<T>::build(s, out);
}

/// An arbitrary T drawn from `s`.
template <class T>
T make(source& s) {
  T value{};
  build(s, value);
  return value;
}

/// Member-wise equality, also for types without operator==; doubles compare bit-exactly except
/// that any two NaNs are equal.
template <class T>
bool equal(const T& a, const T& b) {
  return arbitrary<T>::equal(a, b);
}

namespace detail {

/// One code point from a class chosen at random: plain ASCII most often, then the characters
/// that need escaping, then each length of UTF-8 sequence and the JavaScript line separators.
inline char32_t code_point(source& s) {
  switch (s.below(10)) {
    case 0:
      return static_cast<char32_t>(s.below(0x20));  // control characters
    case 1:
      return U"\"\\/\x7F"[s.below(4)];  // escapes, DEL
    case 2:
      return static_cast<char32_t>(0x80 + s.below(0x800 - 0x80));  // two bytes
    case 3: {                                                      // three bytes, no surrogates
      auto c = static_cast<char32_t>(0x800 + s.below(0x10000 - 0x800 - 0x800));
      return c >= 0xD800 ? c + 0x800 : c;
    }
    case 4:
      return static_cast<char32_t>(0x10000 + s.below(0x110000 - 0x10000));  // four bytes
    case 5:
      return U"\u2028\u2029\uFEFF\uFFFD"[s.below(4)];
    default:
      return static_cast<char32_t>(0x20 + s.below(0x7F - 0x20));  // printable ASCII
  }
}

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

}  // namespace detail

template <>
struct arbitrary<bool> {
  static void build(source& s, bool& out) { out = s.byte() & 1; }
  static bool equal(bool a, bool b) { return a == b; }
};

/// Integers: the limits, 0 and ±1 a third of the time, any value otherwise.
template <class T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
struct arbitrary<T> {
  static void build(source& s, T& out) {
    switch (s.below(9)) {
      case 0:
        out = std::numeric_limits<T>::min();
        return;
      case 1:
        out = std::numeric_limits<T>::max();
        return;
      case 2:
        out = static_cast<T>(s.below(3)) - static_cast<T>(std::is_signed_v<T> ? 1 : 0);
        return;
      default:
        out = static_cast<T>(s.bits());
        return;
    }
  }
  static bool equal(T a, T b) { return a == b; }
};

/// Floating point: extremes, -0.0, subnormals, integral values, and any finite bit pattern.
template <class T>
  requires std::is_floating_point_v<T>
struct arbitrary<T> {
  static void build(source& s, T& out) {
    using limits = std::numeric_limits<T>;
    switch (s.below(12)) {
      case 0:
        out = limits::max();
        break;
      case 1:
        out = -limits::max();
        break;
      case 2:
        out = limits::denorm_min();
        break;
      case 3:
        out = limits::min();
        break;
      case 4:
        out = T(-0.0);
        break;
      case 5:
        out = T(0.0);
        break;
      case 6:
        out = static_cast<T>(static_cast<std::int32_t>(s.bits()));
        break;
      case 7:
        out = static_cast<T>(0.1);
        break;
      default: {
        using bits_t = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
        bits_t b = static_cast<bits_t>(s.bits());
        std::memcpy(&out, &b, sizeof out);
        if (!std::isfinite(out)) out = static_cast<T>(b % 1000);  // JSON has no NaN or infinity
      }
    }
  }
  static bool equal(T a, T b) {
    if (std::isnan(a) && std::isnan(b)) return true;
    return a == b && std::signbit(a) == std::signbit(b);
  }
};

template <>
struct arbitrary<std::string> {
  static void build(source& s, std::string& out) {
    out.clear();
    const std::size_t n = s.length(s.chance(1, 16) ? 200 : 24);
    for (std::size_t i = 0; i < n; ++i) json::detail::append_utf8(out, detail::code_point(s));
  }
  static bool equal(const std::string& a, const std::string& b) { return a == b; }
};

/// Views point into text the source keeps alive.
template <>
struct arbitrary<std::string_view> {
  static void build(source& s, std::string_view& out) { out = s.keep(make<std::string>(s)); }
  static bool equal(std::string_view a, std::string_view b) { return a == b; }
};

template <class T>
struct arbitrary<std::optional<T>> {
  static void build(source& s, std::optional<T>& out) {
    if (s.depth() >= source::max_depth || s.chance(1, 4)) {
      out.reset();
      return;
    }
    source::nested level(s);
    testing::build(s, out.emplace());
  }
  static bool equal(const std::optional<T>& a, const std::optional<T>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || testing::equal(*a, *b);
  }
};

template <class T, class A>
  requires(!std::is_same_v<T, std::byte>)
struct arbitrary<std::vector<T, A>> {
  static void build(source& s, std::vector<T, A>& out) {
    out.clear();
    const std::size_t n = s.length();
    source::nested level(s);
    for (std::size_t i = 0; i < n; ++i) testing::build(s, out.emplace_back());
  }
  static bool equal(const std::vector<T, A>& a, const std::vector<T, A>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!testing::equal(a[i], b[i])) return false;
    return true;
  }
};

namespace detail {
template <class Map>
struct arbitrary_map {
  static void build(source& s, Map& out) {
    out.clear();
    const std::size_t n = s.length();
    source::nested level(s);
    for (std::size_t i = 0; i < n; ++i) {
      typename Map::key_type key;
      testing::build(s, key);
      testing::build(s, out[key]);
    }
  }
  static bool equal(const Map& a, const Map& b) {
    if (a.size() != b.size()) return false;
    for (const auto& [key, value] : a) {
      auto it = b.find(key);
      if (it == b.end() || !testing::equal(value, it->second)) return false;
    }
    return true;
  }
};
}  // namespace detail

/// Containers known by what they can do (see detail/container_shapes.h), compared in their order.
namespace detail {
template <class C>
bool equal_in_order(const C& a, const C& b) {
  if (a.size() != b.size()) return false;
  auto j = b.begin();
  for (auto i = a.begin(); i != a.end(); ++i, ++j)
    if (!testing::equal(*i, *j)) return false;
  return true;
}
}  // namespace detail

template <json::detail::growable_sequence C>
struct arbitrary<C> {
  static void build(source& s, C& out) {
    out.clear();
    const std::size_t n = s.length();
    source::nested level(s);
    for (std::size_t i = 0; i < n; ++i) testing::build(s, out.emplace_back());
  }
  static bool equal(const C& a, const C& b) { return detail::equal_in_order(a, b); }
};

template <json::detail::fixed_size_sequence C>
struct arbitrary<C> {
  static void build(source& s, C& out) {
    source::nested level(s);
    for (auto& item : out) testing::build(s, item);
  }
  static bool equal(const C& a, const C& b) { return detail::equal_in_order(a, b); }
};

template <json::detail::ordered_set C>
struct arbitrary<C> {
  static void build(source& s, C& out) {
    out.clear();
    const std::size_t n = s.length();
    source::nested level(s);
    for (std::size_t i = 0; i < n; ++i) out.insert(testing::make<typename C::value_type>(s));
  }
  static bool equal(const C& a, const C& b) { return detail::equal_in_order(a, b); }
};

template <class C>
  requires json::detail::multi_map<C> || json::detail::unique_map<C>
struct arbitrary<C> {
  static void build(source& s, C& out) {
    out.clear();
    const std::size_t n = s.length();
    source::nested level(s);
    for (std::size_t i = 0; i < n; ++i) {
      auto key = testing::make<typename C::key_type>(s);
      auto value = testing::make<typename C::mapped_type>(s);
      if constexpr (json::detail::multi_map<C>)
        out.emplace(std::move(key), std::move(value));
      else
        out.try_emplace(std::move(key), std::move(value));
    }
  }
  static bool equal(const C& a, const C& b) {
    if (a.size() != b.size()) return false;
    auto j = b.begin();
    for (auto i = a.begin(); i != a.end(); ++i, ++j)
      if (!testing::equal(i->first, j->first) || !testing::equal(i->second, j->second)) return false;
    return true;
  }
};

/// Removes the entries under `keys` from `map`: for a LAMBDA_JSON_EXTRA member, whose entries under
/// the keys of the record's members are not written.
template <class Map>
void erase_keys(Map& map, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    auto it = map.find(typename Map::key_type(key));
    if (it != map.end()) map.erase(it);
  }
}

template <class K, class V, class C, class A>
struct arbitrary<std::map<K, V, C, A>> : detail::arbitrary_map<std::map<K, V, C, A>> {};
template <class K, class V, class H, class E, class A>
struct arbitrary<std::unordered_map<K, V, H, E, A>> : detail::arbitrary_map<std::unordered_map<K, V, H, E, A>> {};
template <class K, class V, class E>
struct arbitrary<json::flat_map<K, V, E>> : detail::arbitrary_map<json::flat_map<K, V, E>> {};

template <>
struct arbitrary<std::monostate> {
  static void build(source&, std::monostate&) {}
  static bool equal(std::monostate, std::monostate) { return true; }
};

/// Every alternative in turn, chosen by the source.
template <class... Ts>
struct arbitrary<std::variant<Ts...>> {
  static void build(source& s, std::variant<Ts...>& out) {
    const std::size_t index = s.below(sizeof...(Ts));
    std::size_t i = 0;
    ((i++ == index ? (out.template emplace<Ts>(), testing::build(s, std::get<Ts>(out)), 0) : 0), ...);
  }
  static bool equal(const std::variant<Ts...>& a, const std::variant<Ts...>& b) {
    if (a.index() != b.index()) return false;
    return std::visit([&](const auto& x) { return testing::equal(x, std::get<std::decay_t<decltype(x)>>(b)); }, a);
  }
};

template <class A>
struct arbitrary<std::vector<std::byte, A>> {
  static void build(source& s, std::vector<std::byte, A>& out) {
    out.resize(s.length(s.chance(1, 8) ? 300 : 16));
    for (auto& b : out) b = static_cast<std::byte>(s.byte());
  }
  static bool equal(const std::vector<std::byte, A>& a, const std::vector<std::byte, A>& b) { return a == b; }
};

/// Small JSON documents in the compact form the reader keeps: scalars, strings with escapes,
/// arrays and objects, nested a few levels; empty means null.
template <>
struct arbitrary<raw_json> {
  static void build(source& s, raw_json& out) {
    writer w;
    write_value(s, w);
    out.text = std::string(w.view());
    if (out.text == "null") out.text.clear();
  }
  static bool equal(const raw_json& a, const raw_json& b) { return a.text == b.text; }

 private:
  static void write_value(source& s, writer& w) {
    const bool deep = s.depth() >= source::max_depth;
    switch (s.below(deep ? 5 : 7)) {
      case 0:
        w.null();
        return;
      case 1:
        w.boolean(s.byte() & 1);
        return;
      case 2:
        w.number(static_cast<std::int64_t>(s.bits()));
        return;
      case 3:
        w.number(make<double>(s));
        return;
      case 4:
        w.string(make<std::string>(s));
        return;
      case 5: {
        source::nested level(s);
        w.raw('[');
        for (std::size_t i = 0, n = s.length(); i < n; ++i) {
          if (i) w.raw(',');
          write_value(s, w);
        }
        w.raw(']');
        return;
      }
      default: {
        source::nested level(s);
        w.raw('{');
        for (std::size_t i = 0, n = s.length(); i < n; ++i) {
          if (i) w.raw(',');
          w.string(make<std::string>(s));
          w.raw(':');
          write_value(s, w);
        }
        w.raw('}');
      }
    }
  }
};

namespace detail {
/// Instants within what the time codecs carry: nanoseconds since the epoch in 64 bits, so from
/// 1677-09-21 to 2262-04-11 (RFC 3339 text could spell more; lambda::json reads it into that range).
inline nanotime arbitrary_instant(source& s, std::int64_t nanos_per_tick) {
  constexpr std::int64_t first = -9223372035;  // whole seconds safely inside the range
  constexpr std::int64_t last = 9223372035;
  std::int64_t seconds = s.chance(1, 4) ? static_cast<std::int64_t>(s.below(2000000000))
                                        : first + static_cast<std::int64_t>(s.below(last - first + 1));
  std::int64_t fraction = static_cast<std::int64_t>(s.below(1000000000)) / nanos_per_tick * nanos_per_tick;
  return nanotime(std::chrono::seconds(seconds)) + std::chrono::nanoseconds(s.chance(1, 3) ? 0 : fraction);
}
}  // namespace detail

template <class D>
struct arbitrary<std::chrono::sys_time<D>> {
  static void build(source& s, std::chrono::sys_time<D>& out) {
    constexpr auto tick = std::chrono::duration_cast<std::chrono::nanoseconds>(D(1)).count();
    out = std::chrono::time_point_cast<D>(detail::arbitrary_instant(s, tick > 0 ? tick : 1));
  }
  static bool equal(const std::chrono::sys_time<D>& a, const std::chrono::sys_time<D>& b) { return a == b; }
};

/// A spelled time: any digits from 0 to 9 (the instant a whole number of their ticks), at UTC
/// mostly, else at an offset within ±23:59.
template <>
struct arbitrary<timestamp> {
  static void build(source& s, timestamp& out) {
    const int digits = static_cast<int>(s.below(10));
    std::int64_t tick = 1;
    for (int i = digits; i < 9; ++i) tick *= 10;
    const auto offset =
        s.chance(1, 2) ? std::chrono::minutes{0} : std::chrono::minutes{static_cast<int>(s.below(2 * 1439 + 1)) - 1439};
    out = timestamp(detail::arbitrary_instant(s, tick), digits, offset);
  }
  static bool equal(const timestamp& a, const timestamp& b) { return a == b; }
};

/// Epoch stamps: whole units mostly, nanosecond fractions sometimes, from 1970 to 2255.
template <class Epoch>
  requires(std::is_same_v<Epoch, epoch_milliseconds> || std::is_same_v<Epoch, epoch_seconds>)
struct arbitrary<Epoch> {
  static void build(source& s, Epoch& out) {
    constexpr std::int64_t unit = std::is_same_v<Epoch, epoch_seconds> ? 1000000000 : 1000000;
    // Below 9e18 ns (year 2255), so the nanosecond count cannot overflow.
    std::int64_t units = static_cast<std::int64_t>(s.below(9'000'000'000'000'000'000ull / unit));
    std::int64_t fraction = s.chance(1, 4) ? static_cast<std::int64_t>(s.below(unit)) : 0;
    out = Epoch(nanotime(std::chrono::nanoseconds(units * unit + fraction)));
  }
  static bool equal(const Epoch& a, const Epoch& b) { return a == b; }
};

}  // namespace lambda::json::testing
