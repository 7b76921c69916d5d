#pragma once
/// \file
/// Codec for std::variant: the JSON kind of the value chooses the alternative (a string reads into
/// the alternative that takes strings, an array into the one that takes arrays, …). When both an
/// integer and a floating-point alternative take numbers, an integral token picks the integer.
/// std::monostate takes `null`.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>

#include <array>
#include <concepts>
#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace lambda::json {

template <>
struct codec<std::monostate> {
  static constexpr kinds accepts = kinds::null;
  static bool read(detail::reader& r, detail::value& v, std::monostate&) {
    bool is_null = false;
    if (auto e = v.is_null().get(is_null)) return r.fail_simdjson(e, "null");
    return is_null || r.fail_kind(v, "null");
  }
  static void write(writer& w, std::monostate) { w.null(); }
};

namespace detail {
/// Names the kinds in `k` for error messages: "string or array".
std::string describe_kinds(kinds k);
/// The kind bit of a simdjson type.
kinds kind_of(simdjson::ondemand::json_type t) noexcept;
}  // namespace detail

template <class... Ts>
struct codec<std::variant<Ts...>> {
  static constexpr kinds accepts = (codec<Ts>::accepts | ...);

 private:
  static constexpr std::size_t count = sizeof...(Ts);
  static constexpr std::array<kinds, count> alternative_kinds{codec<Ts>::accepts...};
  static constexpr std::array<bool, count> integral{(std::integral<Ts> && !std::same_as<Ts, bool>)...};

  static constexpr bool kinds_disjoint() {
    for (std::size_t i = 0; i < count; ++i)
      for (std::size_t j = i + 1; j < count; ++j) {
        kinds shared = alternative_kinds[i] & alternative_kinds[j];
        if (shared == kinds::number && integral[i] != integral[j]) continue;  // told apart by the token
        if (shared != kinds::none) return false;
      }
    return true;
  }
  static_assert(kinds_disjoint(),
                "lambda::json: two std::variant alternatives accept the same JSON kind, "
                "so the JSON cannot choose between them");

  template <std::size_t I>
  static bool read_as(detail::reader& r, detail::value& v, std::variant<Ts...>& out) {
    if (out.index() != I) out.template emplace<I>();
    return codec<std::variant_alternative_t<I, std::variant<Ts...>>>::read(r, v, std::get<I>(out));
  }

  template <std::size_t... I>
  static bool dispatch(detail::reader& r, detail::value& v, std::variant<Ts...>& out, std::size_t chosen,
                       std::index_sequence<I...>) {
    bool ok = false;
    (void)((I == chosen ? (ok = read_as<I>(r, v, out), true) : false) || ...);
    return ok;
  }

 public:
  static bool read(detail::reader& r, detail::value& v, std::variant<Ts...>& out) {
    simdjson::ondemand::json_type type;
    if (auto e = v.type().get(type)) return r.fail_simdjson(e, detail::describe_kinds(accepts));
    kinds kind = detail::kind_of(type);
    bool want_integral = false;
    if (kind == kinds::number) {
      simdjson::ondemand::number_type nt;
      if (auto e = v.get_number_type().get(nt)) return r.fail_simdjson(e, "number");
      want_integral = nt != simdjson::ondemand::number_type::floating_point_number;
    }
    std::size_t chosen = count, fallback = count;
    for (std::size_t i = 0; i < count; ++i) {
      if (!overlaps(alternative_kinds[i], kind)) continue;
      if (kind == kinds::number && integral[i] != want_integral) {
        if (fallback == count) fallback = i;
        continue;
      }
      chosen = i;
      break;
    }
    if (chosen == count) chosen = fallback;
    if (chosen == count) return r.fail_kind(v, detail::describe_kinds(accepts));
    return dispatch(r, v, out, chosen, std::index_sequence_for<Ts...>{});
  }

  static void write(writer& w, const std::variant<Ts...>& v) {
    std::visit([&w](const auto& alt) { codec<std::decay_t<decltype(alt)>>::write(w, alt); }, v);
  }
};

}  // namespace lambda::json
