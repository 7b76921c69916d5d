#pragma once
// Type categories the generic peers switch on.

#include <lambda/json/base64.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <variant>
#include <vector>

namespace bench {

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> struct is_map : std::false_type {};
template <class V> struct is_map<std::map<std::string, V>> : std::true_type {};
template <class V> struct is_map<std::unordered_map<std::string, V>> : std::true_type {};
template <class T> struct is_variant : std::false_type {};
template <class... Ts> struct is_variant<std::variant<Ts...>> : std::true_type {};
template <class T> struct is_sys_time : std::false_type {};
template <class D> struct is_sys_time<std::chrono::sys_time<D>> : std::true_type {};

template <class T>
constexpr bool is_bytes = std::is_same_v<T, lambda::json::bytes>;

/// Whether a value of JSON kind (as the peer's predicates say) can be read as T — for variants.
template <class T, class IsNull, class IsBool, class IsNumber, class IsString, class IsArray, class IsObject>
bool kind_fits(IsNull n, IsBool b, IsNumber num, IsString s, IsArray a, IsObject o) {
  if constexpr (std::is_same_v<T, std::monostate>) return n();
  else if constexpr (std::is_same_v<T, bool>) return b();
  else if constexpr (std::is_arithmetic_v<T>) return num();
  else if constexpr (std::is_same_v<T, std::string> || is_bytes<T> || is_sys_time<T>::value) return s();
  else if constexpr (is_vector<T>::value) return a();
  else return o();
}

}  // namespace bench
