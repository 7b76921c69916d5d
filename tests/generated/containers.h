#pragma once
// Containers the library knows by what they can do, not by name: sequences that grow at the end,
// a fixed-length array, ordered sets, a multimap and a vector-backed map of this project's own.
// Their codecs come from <lambda/json/codecs/containers.h>, which the generator must see.
#include <lambda/json/annotate.h>
#include <lambda/json/codecs/containers.h>

#include <algorithm>
#include <array>
#include <deque>
#include <list>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace shelf {

/// A map kept as a vector sorted by key, as boost::container::flat_map is: one entry per key.
template <class K, class V>
class sorted_vector_map {
 public:
  using key_type = K;
  using mapped_type = V;
  using value_type = std::pair<K, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  std::pair<iterator, bool> try_emplace(K key) {
    auto at = std::lower_bound(entries_.begin(), entries_.end(), key,
                               [](const value_type& e, const K& k) { return e.first < k; });
    if (at != entries_.end() && at->first == key) return {at, false};
    return {entries_.insert(at, value_type(std::move(key), V{})), true};
  }
  std::pair<iterator, bool> try_emplace(K key, V value) {
    auto [at, inserted] = try_emplace(std::move(key));
    if (inserted) at->second = std::move(value);
    return {at, inserted};
  }
  void clear() noexcept { entries_.clear(); }
  std::size_t size() const noexcept { return entries_.size(); }
  iterator begin() noexcept { return entries_.begin(); }
  iterator end() noexcept { return entries_.end(); }
  const_iterator begin() const noexcept { return entries_.begin(); }
  const_iterator end() const noexcept { return entries_.end(); }
  friend bool operator==(const sorted_vector_map&, const sorted_vector_map&) = default;

 private:
  std::vector<value_type> entries_;
};

struct LAMBDA_JSON Item {
  std::string name;
  int count = 0;
  friend bool operator==(const Item&, const Item&) = default;
};

struct LAMBDA_JSON Shelf {
  std::deque<Item> items;
  std::list<std::string> notes;
  std::set<int> sizes;
  std::multiset<std::string> labels;
  std::array<double, 3> position{};
  std::multimap<std::string, int> counts;
  sorted_vector_map<std::string, Item> by_code;
  std::deque<std::array<int, 2>> ranges;
};

}  // namespace shelf
