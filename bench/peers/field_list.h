#pragma once
// What a RapidJSON or nlohmann user writes so generic mapping code can fill their structs: a list
// of (key, member pointer) per type. The peers in this folder walk these lists; Lambdagen needs
// none of it (its codecs are generated).

#include <string_view>
#include <tuple>
#include <type_traits>

namespace bench {

template <class C, class M>
struct field {
  std::string_view key;
  M C::*member;
};

/// Specialized per struct with BENCH_FIELDS; `list` is a tuple of field<T, M>.
template <class T>
struct fields_of;

template <class T, class = void>
struct has_fields : std::false_type {};
template <class T>
struct has_fields<T, std::void_t<decltype(fields_of<T>::list)>> : std::true_type {};

/// Calls f(key, member) for each listed member of `object`.
template <class T, class F>
void for_each_field(T& object, F&& f) {
  std::apply([&](const auto&... fl) { (f(fl.key, object.*(fl.member)), ...); },
             fields_of<std::remove_const_t<T>>::list);
}

}  // namespace bench

/// BENCH_FIELDS(ns::Type, BENCH_F(a), BENCH_K(b, "B-key"), ...) — at global scope.
#define BENCH_FIELDS(T, ...)                                   \
  template <>                                                  \
  struct bench::fields_of<T> {                                 \
    using type = T;                                            \
    static constexpr auto list = std::make_tuple(__VA_ARGS__); \
  }
/// BENCH_TEMPLATE_FIELDS(ns::basic_Type, BENCH_F(a), ...) — the list of every specialization of a
/// class template over its string type (the owned event types and their borrowed variants).
#define BENCH_TEMPLATE_FIELDS(TEMPLATE, ...)                   \
  template <class String>                                      \
  struct bench::fields_of<TEMPLATE<String>> {                  \
    using type = TEMPLATE<String>;                             \
    static constexpr auto list = std::make_tuple(__VA_ARGS__); \
  }
#define BENCH_F(m) \
  ::bench::field<type, decltype(type::m)> { #m, &type::m }
#define BENCH_K(m, key) \
  ::bench::field<type, decltype(type::m)> { key, &type::m }
