#pragma once
/// \file
/// Codecs for containers known by what they can do rather than by name (detail/container_shapes.h):
/// sequences that grow at the end (std::deque, std::list) and fixed-length ones (std::array, whose
/// length is checked) as arrays; ordered sets as arrays in their order, a repeated element an
/// error; maps with string keys as objects — multimaps keep every entry of a repeated key, other
/// maps (flat, B-tree) its last value.
///
/// Each codec names what it holds (`element_type`, or `key_type` and `mapped_type`): the generator
/// checks those types and includes their codecs, as for a codec of your own that names them.

#include <lambda/json/codec.h>
#include <lambda/json/codecs/map.h>
#include <lambda/json/codecs/string.h>
#include <lambda/json/detail/container_shapes.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace lambda::json {
namespace detail {

/// Writes the elements of `c` as a JSON array, in its order.
template <class C>
void write_array(writer& w, const C& c) {
  w.raw('[');
  bool first = true;
  for (const auto& item : c) {
    if (!first) w.raw(',');
    first = false;
    codec<typename C::value_type>::write(w, item);
  }
  w.raw(']');
}

/// Reads each element of the array `v`: `read_element(element, index)`, false when it failed.
template <class ReadElement>
bool read_array(reader& r, value& v, ReadElement&& read_element) {
  array items;
  if (!r.begin_array(v, items)) return false;
  std::size_t i = 0;
  for (auto item : items) {
    value element;
    if (auto e = detail::get_value(item, element)) return r.fail_simdjson(e, "array element") || r.at_index(i);
    if (!read_element(element, i)) return r.at_index(i);
    ++i;
  }
  r.end_nested();
  return true;
}

/// Reads each member of the object `v`: `read_entry(key, value)`, false when it failed.
template <class ReadEntry>
bool read_entries(reader& r, value& v, ReadEntry&& read_entry) {
  object members;
  if (!r.begin_object(v, members)) return false;
  for (auto field : members) {
    std::string_view key;
    value element;
    if (!r.member(field, key, element)) return false;
    if (!read_entry(key, element)) return r.at_key(key);
  }
  r.end_nested();
  return true;
}

/// A fixed-length sequence's complaint about a JSON array of another length: `found` elements, or
/// (`more`) more than `expected`.
bool wrong_length(reader& r, std::size_t expected, std::size_t found, bool more);
/// An ordered set's complaint about an element it already holds.
bool repeated_element(reader& r);

}  // namespace detail

template <detail::growable_sequence C>
struct codec<C> {
  using element_type = typename C::value_type;
  static constexpr kinds accepts = kinds::array;
  static bool read(detail::reader& r, detail::value& v, C& out) {
    out.clear();
    return detail::read_array(r, v, [&](detail::value& element, std::size_t) {
      return codec<element_type>::read(r, element, out.emplace_back());
    });
  }
  static void write(writer& w, const C& c) { detail::write_array(w, c); }
};

template <detail::fixed_size_sequence C>
struct codec<C> {
  using element_type = typename C::value_type;
  static constexpr std::size_t length = std::tuple_size<C>::value;
  static constexpr kinds accepts = kinds::array;
  static bool read(detail::reader& r, detail::value& v, C& out) {
    std::size_t count = 0;
    return detail::read_array(r, v,
                              [&](detail::value& element, std::size_t i) {
                                if (i >= length) return detail::wrong_length(r, length, i, true);  // at the first extra
                                count = i + 1;
                                return codec<element_type>::read(r, element, out[i]);
                              }) &&
           (count == length || detail::wrong_length(r, length, count, false));
  }
  static void write(writer& w, const C& c) { detail::write_array(w, c); }
};

template <detail::ordered_set C>
struct codec<C> {
  using element_type = typename C::value_type;
  static constexpr kinds accepts = kinds::array;
  static bool read(detail::reader& r, detail::value& v, C& out) {
    out.clear();
    return detail::read_array(r, v, [&](detail::value& element, std::size_t) {
      element_type item{};
      if (!codec<element_type>::read(r, element, item)) return false;
      auto inserted = out.insert(std::move(item));
      if constexpr (requires { inserted.second; }) {
        if (!inserted.second) return detail::repeated_element(r);
      }
      return true;
    });
  }
  static void write(writer& w, const C& c) { detail::write_array(w, c); }
};

template <detail::multi_map C>
struct codec<C> {
  using key_type = typename C::key_type;
  using mapped_type = typename C::mapped_type;
  static constexpr kinds accepts = kinds::object;
  static bool read(detail::reader& r, detail::value& v, C& out) {
    out.clear();
    return detail::read_entries(r, v, [&](std::string_view key, detail::value& element) {
      auto slot = out.emplace(key_type(key), mapped_type{});
      return codec<mapped_type>::read(r, element, slot->second);
    });
  }
  static void write(writer& w, const C& c) { detail::write_object(w, c); }
};

template <detail::unique_map C>
  requires(!detail::multi_map<C>)
struct codec<C> {
  using key_type = typename C::key_type;
  using mapped_type = typename C::mapped_type;
  static constexpr kinds accepts = kinds::object;
  static bool read(detail::reader& r, detail::value& v, C& out) {
    out.clear();
    return detail::read_entries(r, v, [&](std::string_view key, detail::value& element) {
      auto [slot, inserted] = out.try_emplace(key_type(key));
      if (!inserted) slot->second = mapped_type{};  // a repeated key: the last value wins
      return codec<mapped_type>::read(r, element, slot->second);
    });
  }
  static void write(writer& w, const C& c) { detail::write_object(w, c); }
};

}  // namespace lambda::json
