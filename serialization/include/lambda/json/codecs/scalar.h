#pragma once
/// \file
/// Codecs for bool, every integer width (range-checked) and the floating-point types.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>

#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace lambda::json {
namespace detail {
/// Records why `v` could not be read as an integer in [min, max].
bool fail_integer(reader& r, value& v, simdjson::error_code code, std::int64_t min, std::uint64_t max, bool is_signed);
/// Records why `v` could not be read as a floating-point number.
bool fail_floating(reader& r, value& v, simdjson::error_code code, std::string_view expected);
}  // namespace detail

template <>
struct codec<bool> {
  static constexpr kinds accepts = kinds::boolean;
  static bool read(detail::reader& r, detail::value& v, bool& out) {
    if (auto e = v.get_bool().get(out))
      return e == simdjson::INCORRECT_TYPE ? r.fail_kind(v, "boolean") : r.fail_simdjson(e, "boolean");
    return true;
  }
  static void write(writer& w, bool v) { w.boolean(v); }
};

template <std::integral I>
  requires(!std::same_as<I, bool> && !std::same_as<I, char>)
struct codec<I> {
  static constexpr kinds accepts = kinds::number;
  static constexpr auto min = std::numeric_limits<I>::min();
  static constexpr auto max = std::numeric_limits<I>::max();

  static bool read(detail::reader& r, detail::value& v, I& out) {
    if constexpr (std::is_signed_v<I>) {
      std::int64_t x;
      if (auto e = v.get_int64().get(x))
        return detail::fail_integer(r, v, e, min, static_cast<std::uint64_t>(max), true);
      if constexpr (sizeof(I) < sizeof(std::int64_t)) {
        if (x < min || x > max)
          return detail::fail_integer(r, v, simdjson::NUMBER_OUT_OF_RANGE, min, static_cast<std::uint64_t>(max), true);
      }
      out = static_cast<I>(x);
    } else {
      std::uint64_t x;
      if (auto e = v.get_uint64().get(x)) return detail::fail_integer(r, v, e, 0, max, false);
      if constexpr (sizeof(I) < sizeof(std::uint64_t)) {
        if (x > max) return detail::fail_integer(r, v, simdjson::NUMBER_OUT_OF_RANGE, 0, max, false);
      }
      out = static_cast<I>(x);
    }
    return true;
  }
  static void write(writer& w, I v) { w.number(v); }
};

template <std::floating_point F>
  requires(std::same_as<F, float> || std::same_as<F, double>)
struct codec<F> {
  static constexpr kinds accepts = kinds::number;
  static bool read(detail::reader& r, detail::value& v, F& out) {
    double x;
    if (auto e = v.get_double().get(x))
      return detail::fail_floating(r, v, e, std::same_as<F, float> ? "float" : "double");
    if constexpr (std::same_as<F, float>) {
      // Below 2^128 - 2^103 a double rounds to a finite float (the shortest text of FLT_MAX,
      // 3.4028235e+38, is itself a little above FLT_MAX); at or past it, it would be infinite.
      constexpr double float_limit = 0x1.ffffffp127;
      if (!(x < float_limit && x > -float_limit))
        return detail::fail_floating(r, v, simdjson::NUMBER_OUT_OF_RANGE, "float");
      constexpr double float_max = std::numeric_limits<float>::max();
      out = static_cast<float>(x > float_max ? float_max : x < -float_max ? -float_max : x);
    } else {
      out = x;
    }
    return true;
  }
  static void write(writer& w, F v) { w.number(v); }
};

}  // namespace lambda::json
