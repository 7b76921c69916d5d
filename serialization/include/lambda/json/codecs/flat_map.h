#pragma once
/// \file
/// Codec for lambda::json::flat_map as a JSON object. Every member is kept, in document order: a
/// repeated key reads as two entries and writes back as two (std::map keeps the last value).

#include <lambda/json/codec.h>
#include <lambda/json/codecs/map.h>
#include <lambda/json/codecs/string.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>
#include <lambda/json/flat_map.h>

#include <cstddef>
#include <string_view>
#include <tuple>
#include <utility>

namespace lambda::json {

template <class K, class T, class E>
struct codec<flat_map<K, T, E>> {
  using map = flat_map<K, T, E>;
  static constexpr kinds accepts = kinds::object;
  static constexpr std::size_t first_capacity = 4;

  static bool read(detail::reader& r, detail::value& v, map& out) {
    detail::object members;
    if (!r.begin_object(v, members)) return false;
    // parse_into hands over the previous value: its i-th entry takes the i-th member, the key
    // copied into the entry's string and the value read over the old one (under parse_into every
    // codec leaves exactly what the document says), so strings and vectors keep their capacity
    // whatever the keys are. Entries past the document's last member are erased at the end.
    if (!r.into_existing()) out.clear();
    std::size_t i = 0;
    for (auto field : members) {
      std::string_view key;
      detail::value element;
      if (!r.member(field, key, element)) return false;
      // Room for four entries at once: most maps in events hold one to a few dozen, and growing
      // one at a time would allocate at 1, 2 and 4.
      if (out.capacity() == 0) out.reserve(first_capacity);
      auto& entry = i < out.size()
                        ? out.begin()[static_cast<typename map::difference_type>(i)]
                        : out.emplace_back(std::piecewise_construct, std::forward_as_tuple(), std::forward_as_tuple());
      detail::assign(entry.first, key);
      if (!codec<T>::read(r, element, entry.second)) return r.at_key(key);
      ++i;
    }
    out.erase(out.begin() + static_cast<typename map::difference_type>(i), out.end());
    r.end_nested();
    return true;
  }

  static void write(writer& w, const map& m) { detail::write_object(w, m); }
};

namespace detail {
/// For generated readers: the value of `key`, which no member of the record takes, appended to the
/// record's LAMBDA_JSON_EXTRA flat_map (in document order; a repeated key keeps both entries).
template <class K, class T, class E>
bool read_extra(reader& r, std::string_view key, value& v, flat_map<K, T, E>& extra) {
  auto& entry = extra.emplace_back(std::piecewise_construct, std::forward_as_tuple(key), std::forward_as_tuple());
  return codec<T>::read(r, v, entry.second);
}
}  // namespace detail

}  // namespace lambda::json
