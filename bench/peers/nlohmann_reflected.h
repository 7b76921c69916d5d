#pragma once
// The nlohmann::json peer for any struct with a field list: DOM parse, then generic mapping code
// (find per listed key, type checks); writing builds the DOM and dumps it, as nlohmann users do.

#include "field_list.h"
#include "type_traits.h"

#include <nlohmann/json.hpp>

#include <limits>
#include <stdexcept>
#include <string>

namespace bench::nlohmann_reflected {

// ordered_json, not json: the HTTP events keep headers in document order (lambda::json::flat_map),
// and only ordered_json's objects remember it.
using Json = nlohmann::ordered_json;

inline void require(bool ok, const char* what) {
  if (!ok) throw std::runtime_error(what);
}

template <class T>
void get(const Json& v, T& out) {
  namespace json = lambda::json;
  if constexpr (std::is_same_v<T, std::string>) {
    require(v.is_string(), "expected string");
    out = v.get_ref<const std::string&>();
  } else if constexpr (std::is_same_v<T, bool>) {
    require(v.is_boolean(), "expected bool");
    out = v.get<bool>();
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    require(v.is_number_integer(), "expected integer");
    auto x = v.get<std::int64_t>();
    require(x >= std::numeric_limits<T>::min() && x <= std::numeric_limits<T>::max(), "integer out of range");
    out = static_cast<T>(x);
  } else if constexpr (std::is_integral_v<T>) {
    require(v.is_number_unsigned(), "expected unsigned integer");
    auto x = v.get<std::uint64_t>();
    require(x <= std::numeric_limits<T>::max(), "integer out of range");
    out = static_cast<T>(x);
  } else if constexpr (std::is_floating_point_v<T>) {
    require(v.is_number(), "expected number");
    out = v.get<T>();
  } else if constexpr (is_optional<T>::value) {
    if (v.is_null())
      out.reset();
    else
      get(v, out.emplace());
  } else if constexpr (is_bytes<T>) {
    require(v.is_string(), "expected base64 string");
    require(!json::base64_decode(v.get_ref<const std::string&>(), out).has_value(), "invalid base64");
  } else if constexpr (is_vector<T>::value) {
    require(v.is_array(), "expected array");
    out.clear();
    for (const auto& item : v) get(item, out.emplace_back());
  } else if constexpr (is_map<T>::value) {
    require(v.is_object(), "expected object");
    out.clear();
    for (const auto& [key, value] : v.items()) get(value, map_entry(out, key));
  } else if constexpr (std::is_same_v<T, json::raw_json>) {
    out.text = v.is_null() ? std::string() : v.dump();
  } else if constexpr (is_sys_time<T>::value) {
    require(v.is_string(), "expected time string");
    auto t = json::parse_iso8601(v.get_ref<const std::string&>());
    require(t.has_value(), "invalid time");
    out = std::chrono::time_point_cast<typename T::duration>(*t);
  } else if constexpr (std::is_same_v<T, json::epoch_milliseconds> || std::is_same_v<T, json::epoch_seconds>) {
    require(v.is_number(), "expected number");
    constexpr long long scale = std::is_same_v<T, json::epoch_seconds> ? 1000000000 : 1000000;
    const long long ns = v.is_number_integer() ? v.get<std::int64_t>() * scale
                                               : static_cast<long long>(v.get<double>() * static_cast<double>(scale));
    out = T(json::nanotime(std::chrono::nanoseconds(ns)));
  } else if constexpr (is_variant<T>::value) {
    const value_kind kind{v.is_null(), v.is_boolean(), v.is_number(), v.is_string(), v.is_array(), v.is_object()};
    require(read_variant(out, kind, [&](auto& alternative) { get(v, alternative); }), "no variant alternative fits");
  } else {
    static_assert(has_fields<T>::value, "list the struct's fields with BENCH_FIELDS");
    require(v.is_object(), "expected object");
    for_each_field(out, [&](std::string_view key, auto& member) {
      auto it = v.find(key);
      if (it != v.end()) get(*it, member);
    });
  }
}

template <class T>
Json to_dom(const T& v) {
  namespace json = lambda::json;
  if constexpr (std::is_same_v<T, std::string> || std::is_arithmetic_v<T>) {
    return Json(v);
  } else if constexpr (is_optional<T>::value) {
    return v ? to_dom(*v) : Json(nullptr);
  } else if constexpr (is_bytes<T>) {
    return Json(json::base64_encode(v));
  } else if constexpr (is_vector<T>::value) {
    Json out = Json::array();
    for (const auto& item : v) out.push_back(to_dom(item));
    return out;
  } else if constexpr (is_map<T>::value) {
    Json out = Json::object();
    for (const auto& [key, value] : v) out[key] = to_dom(value);
    return out;
  } else if constexpr (std::is_same_v<T, json::raw_json>) {
    return v.empty() ? Json(nullptr) : Json::parse(v.text);
  } else if constexpr (is_sys_time<T>::value) {
    return Json(json::format_iso8601(v));
  } else if constexpr (std::is_same_v<T, json::epoch_milliseconds> || std::is_same_v<T, json::epoch_seconds>) {
    return Json::parse(json::format_epoch_number(v.time(), std::is_same_v<T, json::epoch_seconds> ? 1 : 1000));
  } else if constexpr (is_variant<T>::value) {
    return std::visit(
        [](const auto& alternative) -> Json {
          if constexpr (std::is_same_v<std::decay_t<decltype(alternative)>, std::monostate>)
            return Json(nullptr);
          else
            return to_dom(alternative);
        },
        v);
  } else {
    Json out = Json::object();
    for_each_field(v, [&](std::string_view key, const auto& member) {
      if constexpr (is_optional<std::decay_t<decltype(member)>>::value) {
        if (!member) return;
      }
      out[std::string(key)] = to_dom(member);
    });
    return out;
  }
}

/// DOM-parses `text` and maps it onto `out`; throws on a mismatch.
template <class T>
void parse(const std::string& text, T& out) {
  get(Json::parse(text), out);
}

/// Serializes `value` by building its DOM and dumping it.
template <class T>
std::string write(const T& value) {
  return to_dom(value).dump();
}

}  // namespace bench::nlohmann_reflected
