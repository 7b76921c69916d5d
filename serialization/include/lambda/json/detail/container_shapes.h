#pragma once
/// \file
/// The shapes of container the library reads and writes without knowing them by name: what a type
/// can do decides its codec (codecs/containers.h) and its arbitrary values (testing/arbitrary.h).
/// std::vector, std::map, std::unordered_map and flat_map have codecs of their own, which win.

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace lambda::json::detail {

/// A string or string_view: the keys a JSON object can fill.
template <class K>
concept string_like_key = std::same_as<K, std::string> || std::same_as<K, std::string_view>;

/// A sequence that grows at its end: std::deque, std::list, a small or static vector.
template <class C>
concept growable_sequence = requires(C& c, const C& cc) {
  typename C::value_type;
  c.clear();
  c.emplace_back();
  c.back();
  cc.begin();
  cc.end();
} && !requires { typename C::key_type; } && !std::same_as<typename C::value_type, char>;

/// A sequence of a fixed length: std::array<T, N>.
template <class C>
concept fixed_size_sequence = requires(C& c) {
  typename C::value_type;
  std::tuple_size<C>::value;
  c.data();
  c[std::size_t{}];
};

/// An ordered set: std::set, std::multiset, flat sets; written in its order.
template <class C>
concept ordered_set = requires(C& c, typename C::value_type v) {
  typename C::key_compare;
  c.clear();
  c.insert(std::move(v));
  c.begin();
  c.end();
} && std::same_as<typename C::key_type, typename C::value_type>;

/// A map with string keys that keeps every entry of a repeated key: std::multimap,
/// std::unordered_multimap (emplace always adds).
template <class C>
concept multi_map = requires(C& c, typename C::key_type k, typename C::mapped_type m) {
  c.clear();
  { c.emplace(std::move(k), std::move(m)) } -> std::same_as<typename C::iterator>;
} && string_like_key<typename C::key_type>;

/// A map with string keys, one entry per key, that is not one of the library's own: a
/// vector-backed flat map (sorted or in insertion order), a B-tree map; a repeated key keeps its
/// last value.
template <class C>
concept unique_map = requires(C& c, typename C::key_type k, typename C::mapped_type m) {
  c.clear();
  c.try_emplace(std::move(k));
  c.begin();
  c.end();
} && string_like_key<typename C::key_type>;

}  // namespace lambda::json::detail
