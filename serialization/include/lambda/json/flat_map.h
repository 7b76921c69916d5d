#pragma once
/// \file
/// `lambda::json::flat_map`: string-keyed entries in one vector, in insertion order, for the small
/// maps events carry (HTTP headers, query parameters). Reading one from JSON allocates no node per
/// entry, and reading into a used one (`parse_into`) reuses its entries' strings; finding a key is
/// a linear scan, which for a few dozen short keys beats walking a tree (there is no tree to build).
///
/// It speaks enough of std::map's API that code written against `std::map<std::string, T>`
/// headers keeps compiling: iteration with structured bindings, `find`, `count`, `contains`, `at`,
/// `operator[]`, `insert`, `emplace`, `try_emplace`, `insert_or_assign`, `erase`. It differs where
/// a vector must:
///
/// - Entries stay in the order they were added, not sorted. `operator==` compares entries in order.
/// - Adding an entry may move all of them: like a vector's, iterators and references into a
///   flat_map are invalidated by any insertion, and by erasing an entry before them.
/// - `value_type` is `std::pair<Key, T>`, whose key is not const (changing it is allowed; the map
///   does not rely on key order or uniqueness).
/// - A key may appear more than once. The std::map-style inserting members (`operator[]`,
///   `insert`, `emplace`, `try_emplace`, `insert_or_assign`) add a key only when it is absent, but
///   the JSON codec (codecs/flat_map.h), the initializer-list constructor and `emplace_back` keep
///   every entry they are given: a JSON object with a repeated key reads as written, in document
///   order, and writes back the same, where std::map keeps the last value. `find`, `at` and
///   `operator[]` see the first entry of a key; `count` counts all, `erase(key)` erases all.
///
/// Keys are compared with `KeyEqual`: exact by default, or case_insensitive_equal for HTTP field
/// names. Key is std::string, or std::string_view for borrowed use (its views point where the
/// parser's std::string_view members do, see codecs/string.h).
///
///     lambda::json::flat_map<std::string, std::string, lambda::json::case_insensitive_equal> headers;
///     headers["Content-Type"] = "application/json";
///     headers.contains("content-type");  // true

#include <algorithm>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lambda::json {

/// ASCII case-insensitive equality of two keys, as HTTP compares field names (RFC 9110 §5.1).
/// Bytes outside A-Z and a-z must be equal. Transparent: it compares anything that converts to
/// std::string_view.
struct case_insensitive_equal {
  using is_transparent = void;
  constexpr bool operator()(std::string_view a, std::string_view b) const noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i] == b[i]) continue;
      // Two different bytes are equal but for case only when both are letters 0x20 apart.
      const char lower = static_cast<char>(a[i] | 0x20);
      if (lower != static_cast<char>(b[i] | 0x20) || lower < 'a' || lower > 'z') return false;
    }
    return true;
  }
};

/// Entries of `Key` (std::string or std::string_view) and `T` in insertion order, found by a
/// linear scan with `KeyEqual`. See the file comment for how it differs from std::map.
template <class Key, class T, class KeyEqual = std::equal_to<>>
class flat_map {
 public:
  using key_type = Key;
  using mapped_type = T;
  using value_type = std::pair<Key, T>;
  using key_equal = KeyEqual;
  using container_type = std::vector<value_type>;
  using size_type = typename container_type::size_type;
  using difference_type = typename container_type::difference_type;
  using reference = value_type&;
  using const_reference = const value_type&;
  using iterator = typename container_type::iterator;
  using const_iterator = typename container_type::const_iterator;

  flat_map() = default;
  /// Every entry as given, repeated keys included.
  flat_map(std::initializer_list<value_type> entries) : entries_(entries) {}
  /// Every entry of [first, last) as given, repeated keys included.
  template <class InputIt>
  flat_map(InputIt first, InputIt last) : entries_(first, last) {}

  iterator begin() noexcept { return entries_.begin(); }
  iterator end() noexcept { return entries_.end(); }
  const_iterator begin() const noexcept { return entries_.begin(); }
  const_iterator end() const noexcept { return entries_.end(); }
  const_iterator cbegin() const noexcept { return entries_.cbegin(); }
  const_iterator cend() const noexcept { return entries_.cend(); }

  size_type size() const noexcept { return entries_.size(); }
  bool empty() const noexcept { return entries_.empty(); }
  /// Removes every entry, keeping the vector's capacity.
  void clear() noexcept { entries_.clear(); }
  void reserve(size_type n) { entries_.reserve(n); }
  size_type capacity() const noexcept { return entries_.capacity(); }
  key_equal key_eq() const { return equal_; }

  /// The first entry whose key equals `key`, or end().
  iterator find(std::string_view key) { return begin() + static_cast<difference_type>(index_of(key)); }
  const_iterator find(std::string_view key) const { return begin() + static_cast<difference_type>(index_of(key)); }
  /// How many entries have `key` (more than one only when repeated keys were read or given).
  size_type count(std::string_view key) const {
    return static_cast<size_type>(
        std::count_if(entries_.begin(), entries_.end(), [&](const value_type& e) { return matches(e, key); }));
  }
  bool contains(std::string_view key) const { return index_of(key) != entries_.size(); }

  /// The value of the first entry with `key`; throws std::out_of_range when there is none.
  T& at(std::string_view key) { return entries_[checked_index_of(key)].second; }
  const T& at(std::string_view key) const { return entries_[checked_index_of(key)].second; }

  /// The value of the first entry with `key`, appending an entry with a value-initialized T when
  /// there is none.
  template <class K>
  T& operator[](K&& key) {
    return try_emplace(std::forward<K>(key)).first->second;
  }

  /// Appends `entry` unless its key is present; the iterator is to the entry with that key.
  std::pair<iterator, bool> insert(const value_type& entry) { return insert_absent(entry); }
  std::pair<iterator, bool> insert(value_type&& entry) { return insert_absent(std::move(entry)); }
  /// Inserts each entry in turn (a key repeated in the range keeps its first value).
  template <class InputIt>
  void insert(InputIt first, InputIt last) {
    for (; first != last; ++first) insert(value_type(*first));
  }
  void insert(std::initializer_list<value_type> entries) { insert(entries.begin(), entries.end()); }
  /// Builds an entry from `args` and appends it unless its key is present.
  template <class... Args>
  std::pair<iterator, bool> emplace(Args&&... args) {
    return insert_absent(value_type(std::forward<Args>(args)...));
  }
  /// Appends an entry of `key` and T(args...) unless `key` is present; then `args` are not used.
  template <class K, class... Args>
  std::pair<iterator, bool> try_emplace(K&& key, Args&&... args) {
    if (const auto i = index_of(key); i != entries_.size()) return {begin() + static_cast<difference_type>(i), false};
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(std::forward<K>(key)),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    return {std::prev(entries_.end()), true};
  }
  /// Assigns `value` to the first entry with `key`, or appends one.
  template <class K, class M>
  std::pair<iterator, bool> insert_or_assign(K&& key, M&& value) {
    if (const auto i = index_of(key); i != entries_.size()) {
      entries_[i].second = std::forward<M>(value);
      return {begin() + static_cast<difference_type>(i), false};
    }
    entries_.emplace_back(std::forward<K>(key), std::forward<M>(value));
    return {std::prev(entries_.end()), true};
  }
  /// Appends an entry without looking for its key: a repeated key is kept, as the JSON reader does.
  template <class... Args>
  value_type& emplace_back(Args&&... args) {
    return entries_.emplace_back(std::forward<Args>(args)...);
  }

  /// Erases one entry; returns the iterator to the entry after it.
  iterator erase(const_iterator at) { return entries_.erase(at); }
  iterator erase(iterator at) { return entries_.erase(at); }
  iterator erase(const_iterator first, const_iterator last) { return entries_.erase(first, last); }
  /// Erases every entry with `key`; returns how many there were.
  size_type erase(std::string_view key) {
    const auto before = entries_.size();
    std::erase_if(entries_, [&](const value_type& e) { return matches(e, key); });
    return before - entries_.size();
  }

  void swap(flat_map& other) noexcept { entries_.swap(other.entries_); }
  friend void swap(flat_map& a, flat_map& b) noexcept { a.swap(b); }

  /// The same entries in the same order, keys compared exactly (not with KeyEqual).
  friend bool operator==(const flat_map& a, const flat_map& b) { return a.entries_ == b.entries_; }

 private:
  bool matches(const value_type& e, std::string_view key) const { return equal_(std::string_view(e.first), key); }
  size_type index_of(std::string_view key) const {
    size_type i = 0;
    while (i < entries_.size() && !matches(entries_[i], key)) ++i;
    return i;
  }
  size_type checked_index_of(std::string_view key) const {
    const auto i = index_of(key);
    if (i == entries_.size()) throw std::out_of_range("lambda::json::flat_map::at: no such key");
    return i;
  }
  template <class V>
  std::pair<iterator, bool> insert_absent(V&& entry) {
    if (const auto i = index_of(entry.first); i != entries_.size())
      return {begin() + static_cast<difference_type>(i), false};
    entries_.push_back(std::forward<V>(entry));
    return {std::prev(entries_.end()), true};
  }

  container_type entries_;
  [[no_unique_address]] KeyEqual equal_;
};

}  // namespace lambda::json
