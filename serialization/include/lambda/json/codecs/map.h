#pragma once
/// \file
/// Codecs for std::map and std::unordered_map with string keys, as JSON objects. A repeated key
/// keeps its last value, as in most JSON readers.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lambda::json {
namespace detail {

template <class K>
concept string_key = std::same_as<K, std::string> || std::same_as<K, std::string_view>;

template <class Map>
struct map_codec {
  using mapped = typename Map::mapped_type;
  static constexpr kinds accepts = kinds::object;

  static bool read(reader& r, value& v, Map& out) {
    object members;
    if (!r.begin_object(v, members)) return false;
    out.clear();
    for (auto field : members) {
      std::string_view key;
      value element;
      if (!r.member(field, key, element)) return false;
      auto [slot, inserted] = out.try_emplace(typename Map::key_type(key));
      if (!inserted) slot->second = mapped{};
      if (!codec<mapped>::read(r, element, slot->second)) return r.at_key(key);
    }
    r.end_nested();
    return true;
  }
  static void write(writer& w, const Map& m) {
    w.raw('{');
    bool first = true;
    for (const auto& [key, item] : m) {
      if (!first) w.raw(',');
      first = false;
      w.string(key);
      w.raw(':');
      codec<mapped>::write(w, item);
    }
    w.raw('}');
  }
};

}  // namespace detail

template <detail::string_key K, class V, class C, class A>
struct codec<std::map<K, V, C, A>> : detail::map_codec<std::map<K, V, C, A>> {};

template <detail::string_key K, class V, class H, class E, class A>
struct codec<std::unordered_map<K, V, H, E, A>> : detail::map_codec<std::unordered_map<K, V, H, E, A>> {};

}  // namespace lambda::json
