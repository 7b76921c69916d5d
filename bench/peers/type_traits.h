#pragma once
// Type categories the generic peers switch on.

#include <lambda/json/base64.h>
#include <lambda/json/flat_map.h>
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

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T>
struct is_map : std::false_type {};
template <class V>
struct is_map<std::map<std::string, V>> : std::true_type {};
template <class V>
struct is_map<std::unordered_map<std::string, V>> : std::true_type {};
template <class V, class KeyEqual>
struct is_map<lambda::json::flat_map<std::string, V, KeyEqual>> : std::true_type {};

/// The value to fill for member `key` of a JSON object read into `out`: a new entry at the end of
/// a flat_map (which keeps every entry in document order, as Lambdagen's reader does), or the
/// std::map entry of that key.
template <class Map>
typename Map::mapped_type& map_entry(Map& out, std::string key) {
  if constexpr (requires { out.emplace_back(std::move(key), typename Map::mapped_type{}); })
    return out.emplace_back(std::move(key), typename Map::mapped_type{}).second;
  else
    return out[std::move(key)];
}
template <class T>
struct is_variant : std::false_type {};
template <class... Ts>
struct is_variant<std::variant<Ts...>> : std::true_type {};
template <class T>
struct is_sys_time : std::false_type {};
template <class D>
struct is_sys_time<std::chrono::sys_time<D>> : std::true_type {};

template <class T>
constexpr bool is_bytes = std::is_same_v<T, lambda::json::bytes>;

/// The JSON kind of a peer's DOM value, as flags (one is set).
struct value_kind {
  bool null, boolean, number, string, array, object;
};

/// Whether a value of kind `k` can be read as T — how a variant picks its alternative.
template <class T>
bool kind_fits(const value_kind& k) {
  if constexpr (std::is_same_v<T, std::monostate>)
    return k.null;
  else if constexpr (std::is_same_v<T, bool>)
    return k.boolean;
  else if constexpr (std::is_arithmetic_v<T>)
    return k.number;
  else if constexpr (std::is_same_v<T, std::string> || is_bytes<T> || is_sys_time<T>::value)
    return k.string;
  else if constexpr (is_vector<T>::value)
    return k.array;
  else
    return k.object;
}

/// Sets `out` to its first alternative that fits kind `k`, filled by `read(alternative)`;
/// false when none fits.
template <class... Ts, class Read>
bool read_variant(std::variant<Ts...>& out, const value_kind& k, Read&& read) {
  bool done = false;
  auto attempt = [&]<class A>(A*) {
    if (done || !kind_fits<A>(k)) return;
    A alternative{};
    if constexpr (!std::is_same_v<A, std::monostate>) read(alternative);
    out = std::move(alternative);
    done = true;
  };
  (attempt(static_cast<Ts*>(nullptr)), ...);
  return done;
}

}  // namespace bench
