#pragma once
/// \file
/// Codecs for std::map and std::unordered_map with string keys, as JSON objects. A repeated key
/// keeps its last value, as in most JSON readers.

#include <lambda/json/codec.h>
#include <lambda/json/codecs/string.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>

#include <algorithm>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lambda::json {
namespace detail {

template <class K>
concept string_key = std::same_as<K, std::string> || std::same_as<K, std::string_view>;

/// Writes a range of (string key, value) entries as a JSON object, in the range's order.
template <class Entries>
void write_object(writer& w, const Entries& entries) {
  w.raw('{');
  bool first = true;
  for (const auto& [key, item] : entries) {
    if (!first) w.raw(',');
    first = false;
    w.string(key);
    w.raw(':');
    codec<std::remove_cvref_t<decltype(item)>>::write(w, item);
  }
  w.raw('}');
}

template <class Map>
struct map_codec {
  using mapped = typename Map::mapped_type;
  static constexpr kinds accepts = kinds::object;

  static bool read(reader& r, value& v, Map& out) {
    object members;
    if (!r.begin_object(v, members)) return false;
    // parse_into hands over the previous value. A warm Lambda's next event mostly has the same
    // keys in the same order, so each key is first tried against the entry at `cursor`, which is
    // then reused where it stands. From the first key that differs, the remaining entries become
    // spare nodes (keeping the capacity of their strings) for the keys still to come. A reused
    // value is read over as it stands: under parse_into every codec leaves exactly what the
    // document says (records reset the members it leaves out), as a new value would.
    auto cursor = out.begin();
    bool in_step = !out.empty();
    std::vector<typename Map::node_type> spare;
    for (auto field : members) {
      std::string_view key;
      value element;
      if (!r.member(field, key, element)) return false;
      typename Map::iterator slot;
      if (in_step && cursor != out.end() && cursor->first == key) {
        slot = cursor++;
        if (!r.into_existing()) reset(slot->second);  // a default the type's initializer gave
      } else {
        if (in_step) {
          in_step = false;
          while (cursor != out.end()) spare.push_back(out.extract(cursor++));
        }
        slot = insert(out, key, spare, r.into_existing());
      }
      if (!codec<mapped>::read(r, element, slot->second)) return r.at_key(key);
    }
    if (in_step) out.erase(cursor, out.end());
    r.end_nested();
    return true;
  }
  // The entry for `key`, new (from a spare node when there is one) or, for a repeated key,
  // the existing one emptied: the last value wins. A spare node's value is emptied unless it will
  // be read over `into_existing`.
  static typename Map::iterator insert(Map& out, std::string_view key, std::vector<typename Map::node_type>& spare,
                                       bool into_existing = false) {
    // Senders often write keys in order (API Gateway sorts headers): hinting at the end makes
    // such an insertion one comparison instead of a walk down the tree, and costs one comparison
    // when the keys come unordered.
    const auto size_before = out.size();
    typename Map::iterator slot;
    if (spare.empty()) {
      // emplace_hint compares the key twice; try_emplace with a hint, three times (libstdc++).
      slot = out.emplace_hint(out.end(), std::piecewise_construct, std::forward_as_tuple(key), std::forward_as_tuple());
    } else {
      auto node = std::move(spare.back());
      spare.pop_back();
      assign(node.key(), key);
      if (!into_existing) reset(node.mapped());
      slot = out.insert(out.end(), std::move(node));
    }
    if (out.size() == size_before) reset(slot->second);
    return slot;
  }
  // Back to the value of an absent key, keeping what capacity the type can keep.
  static void reset(mapped& m) { reset_to_default(m); }

  static void write(writer& w, const Map& m) { write_object(w, m); }
};

/// For generated readers: the value of `key`, which no member of the record takes, read into the
/// record's LAMBDA_JSON_EXTRA map (a repeated key keeps its last value).
template <class Map>
bool read_extra(reader& r, std::string_view key, value& v, Map& extra) {
  std::vector<typename Map::node_type> no_spare;
  auto slot = map_codec<Map>::insert(extra, key, no_spare);
  return codec<typename Map::mapped_type>::read(r, v, slot->second);
}

/// For generated writers: the entries of a LAMBDA_JSON_EXTRA map, after the record's members, each
/// preceded by a comma unless `first`. Entries whose key a member reads (`taken`, sorted) are left
/// out: the member's value is the one written, so no key appears twice.
template <class Map>
void write_extra(writer& w, const Map& extra, std::span<const std::string_view> taken, bool first) {
  if (w.omits_extra()) return;
  for (const auto& [key, item] : extra) {
    if (!taken.empty() && std::binary_search(taken.begin(), taken.end(), std::string_view(key))) continue;
    if (!first) w.raw(',');
    first = false;
    w.string(key);
    w.raw(':');
    codec<typename Map::mapped_type>::write(w, item);
  }
}

}  // namespace detail

template <detail::string_key K, class V, class C, class A>
struct codec<std::map<K, V, C, A>> : detail::map_codec<std::map<K, V, C, A>> {};

template <detail::string_key K, class V, class H, class E, class A>
struct codec<std::unordered_map<K, V, H, E, A>> : detail::map_codec<std::unordered_map<K, V, H, E, A>> {};

}  // namespace lambda::json
