#pragma once
/// \file
/// The maps HTTP events carry: headers, query string, path and stage parameters. They are
/// lambda::json::flat_map — entries in one vector, in the order they were sent — because a flat
/// map reads about 1.2× faster than a std::map from JSON (no node per entry) and finds one of a few
/// dozen keys faster too (bench/README.md, "Header maps"). Code written against the std::map these
/// members used to be keeps compiling: `find`, `at`, `contains`, `operator[]`, `emplace`,
/// iteration with structured bindings.
///
/// Header names are found in any case, as HTTP compares them (RFC 9110 §5.1):
///
///     if (auto it = request.headers.find("Content-Type"); it != request.headers.end()) ...
///
/// Parameters are found by their exact name. Entries are written back in their order, which for a
/// response is the order you added them.

#include <lambda/json/flat_map.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::events {

/// Header fields, one value each; names compared ASCII case-insensitively. `String` is
/// std::string, or std::string_view in the borrowed event types.
template <class String>
using basic_http_headers = json::flat_map<String, String, json::case_insensitive_equal>;
/// Header fields with every value of a repeated header; names compared ASCII case-insensitively.
template <class String>
using basic_http_multi_value_headers = json::flat_map<String, std::vector<String>, json::case_insensitive_equal>;
/// Query string, path or stage parameters, one value each; names compared exactly.
template <class String>
using basic_http_parameters = json::flat_map<String, String>;
/// Query string parameters with every value of a repeated one; names compared exactly.
template <class String>
using basic_http_multi_value_parameters = json::flat_map<String, std::vector<String>>;

using http_headers = basic_http_headers<std::string>;
using http_multi_value_headers = basic_http_multi_value_headers<std::string>;
using http_parameters = basic_http_parameters<std::string>;
using http_multi_value_parameters = basic_http_multi_value_parameters<std::string>;

namespace detail {
/// The value of the first entry named `name` in `map` (compared as the map compares names);
/// nullptr when there is none.
template <class Map>
const typename Map::mapped_type* find_value(const Map& map, std::string_view name) {
  auto it = map.find(name);
  return it == map.end() ? nullptr : &it->second;
}
/// As above, for the maps API Gateway sends as `null` when empty.
template <class Map>
const typename Map::mapped_type* find_value(const std::optional<Map>& map, std::string_view name) {
  return map ? find_value(*map, name) : nullptr;
}
}  // namespace detail

}  // namespace lambda::events
