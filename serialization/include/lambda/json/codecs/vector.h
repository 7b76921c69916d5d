#pragma once
/// \file
/// Codec for std::vector as a JSON array. Reading into a vector that already holds elements reads
/// over them in place, so `parse_into` keeps their allocations (strings, nested vectors).

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>

#include <cstddef>
#include <memory>
#include <vector>

namespace lambda::json {

/// The codec of std::vector<T, A> whose elements `Element` reads and writes (codec<T>, or a tagged
/// variant's codec, which generated code names).
template <class T, class Element = codec<T>, class A = std::allocator<T>>
struct vector_codec {
  static constexpr kinds accepts = kinds::array;
  static bool read(detail::reader& r, detail::value& v, std::vector<T, A>& out) {
    detail::array items;
    if (!r.begin_array(v, items)) return false;
    std::size_t i = 0;
    for (auto item : items) {
      detail::value element;
      if (auto e = detail::get_value(item, element)) return r.fail_simdjson(e, "array element") || r.at_index(i);
      if constexpr (std::is_same_v<T, bool>) {
        bool b = false;
        if (!Element::read(r, element, b)) return r.at_index(i);
        if (i < out.size())
          out[i] = b;
        else
          out.push_back(b);
      } else {
        if (i == out.size()) out.emplace_back();
        if (!Element::read(r, element, out[i])) return r.at_index(i);
      }
      ++i;
    }
    r.end_nested();
    if (i < out.size()) out.erase(out.begin() + static_cast<std::ptrdiff_t>(i), out.end());
    return true;
  }
  static void write(writer& w, const std::vector<T, A>& v) {
    w.raw('[');
    bool first = true;
    for (const auto& item : v) {
      if (!first) w.raw(',');
      first = false;
      Element::write(w, item);
    }
    w.raw(']');
  }
};

template <class T, class A>
struct codec<std::vector<T, A>> : vector_codec<T, codec<T>, A> {};

}  // namespace lambda::json
