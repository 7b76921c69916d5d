#pragma once
// The RapidJSON peer for any struct with a field list: DOM parse, then generic mapping code that
// looks each listed key up with FindMember and checks its type (what a careful RapidJSON user
// writes once and reuses), and a Writer-based serializer. Base64 and time text go through the same
// helpers Lambdagen uses, so only the JSON work differs.

#include "field_list.h"
#include "type_traits.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

namespace bench::rapidjson_reflected {

using Value = rapidjson::Value;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

inline void require(bool ok, const char* what) {
  if (!ok) throw std::runtime_error(what);
}

template <class T>
void get(const Value& v, T& out) {
  namespace json = lambda::json;
  if constexpr (std::is_same_v<T, std::string>) {
    require(v.IsString(), "expected string");
    out.assign(v.GetString(), v.GetStringLength());
  } else if constexpr (std::is_same_v<T, bool>) {
    require(v.IsBool(), "expected bool");
    out = v.GetBool();
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    require(v.IsInt64(), "expected integer");
    auto x = v.GetInt64();
    require(x >= std::numeric_limits<T>::min() && x <= std::numeric_limits<T>::max(), "integer out of range");
    out = static_cast<T>(x);
  } else if constexpr (std::is_integral_v<T>) {
    require(v.IsUint64(), "expected unsigned integer");
    auto x = v.GetUint64();
    require(x <= std::numeric_limits<T>::max(), "integer out of range");
    out = static_cast<T>(x);
  } else if constexpr (std::is_floating_point_v<T>) {
    require(v.IsNumber(), "expected number");
    out = static_cast<T>(v.GetDouble());
  } else if constexpr (is_optional<T>::value) {
    if (v.IsNull())
      out.reset();
    else
      get(v, out.emplace());
  } else if constexpr (is_bytes<T>) {
    require(v.IsString(), "expected base64 string");
    require(json::base64_decode({v.GetString(), v.GetStringLength()}, out).has_value() == false, "invalid base64");
  } else if constexpr (is_vector<T>::value) {
    require(v.IsArray(), "expected array");
    out.clear();
    for (const auto& item : v.GetArray()) get(item, out.emplace_back());
  } else if constexpr (is_map<T>::value) {
    require(v.IsObject(), "expected object");
    out.clear();
    for (const auto& m : v.GetObject())
      get(m.value, map_entry(out, std::string(m.name.GetString(), m.name.GetStringLength())));
  } else if constexpr (std::is_same_v<T, json::raw_json>) {
    rapidjson::StringBuffer b;
    Writer w(b);
    v.Accept(w);
    out.text.assign(b.GetString(), b.GetSize());
    if (out.text == "null") out.text.clear();
  } else if constexpr (is_sys_time<T>::value) {
    require(v.IsString(), "expected time string");
    auto t = json::parse_iso8601({v.GetString(), v.GetStringLength()});
    require(t.has_value(), "invalid time");
    out = std::chrono::time_point_cast<typename T::duration>(*t);
  } else if constexpr (std::is_same_v<T, json::epoch_milliseconds> || std::is_same_v<T, json::epoch_seconds>) {
    require(v.IsNumber(), "expected number");
    constexpr long long scale = std::is_same_v<T, json::epoch_seconds> ? 1000000000 : 1000000;
    const long long ns =
        v.IsInt64() ? v.GetInt64() * scale : static_cast<long long>(v.GetDouble() * static_cast<double>(scale));
    out = T(json::nanotime(std::chrono::nanoseconds(ns)));
  } else if constexpr (is_variant<T>::value) {
    const value_kind kind{v.IsNull(), v.IsBool(), v.IsNumber(), v.IsString(), v.IsArray(), v.IsObject()};
    require(read_variant(out, kind, [&](auto& alternative) { get(v, alternative); }), "no variant alternative fits");
  } else {
    static_assert(has_fields<T>::value, "list the struct's fields with BENCH_FIELDS");
    require(v.IsObject(), "expected object");
    for_each_field(out, [&](std::string_view key, auto& member) {
      auto it = v.FindMember(Value(rapidjson::StringRef(key.data(), key.size())));
      if (it != v.MemberEnd()) get(it->value, member);
    });
  }
}

template <class T>
void put(Writer& w, const T& v) {
  namespace json = lambda::json;
  if constexpr (std::is_same_v<T, std::string>) {
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  } else if constexpr (std::is_same_v<T, bool>) {
    w.Bool(v);
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    w.Int64(v);
  } else if constexpr (std::is_integral_v<T>) {
    w.Uint64(v);
  } else if constexpr (std::is_floating_point_v<T>) {
    w.Double(v);
  } else if constexpr (is_optional<T>::value) {
    if (v)
      put(w, *v);
    else
      w.Null();
  } else if constexpr (is_bytes<T>) {
    std::string text = json::base64_encode(v);
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  } else if constexpr (is_vector<T>::value) {
    w.StartArray();
    for (const auto& item : v) put(w, item);
    w.EndArray();
  } else if constexpr (is_map<T>::value) {
    w.StartObject();
    for (const auto& [key, value] : v) {
      w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
      put(w, value);
    }
    w.EndObject();
  } else if constexpr (std::is_same_v<T, json::raw_json>) {
    if (v.empty())
      w.Null();
    else
      w.RawValue(v.text.data(), v.text.size(), rapidjson::kObjectType);
  } else if constexpr (is_sys_time<T>::value) {
    std::string text = json::format_iso8601(v);
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  } else if constexpr (std::is_same_v<T, json::epoch_milliseconds> || std::is_same_v<T, json::epoch_seconds>) {
    std::string text = json::format_epoch_number(v.time(), std::is_same_v<T, json::epoch_seconds> ? 1 : 1000);
    w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
  } else if constexpr (is_variant<T>::value) {
    std::visit(
        [&](const auto& alternative) {
          if constexpr (std::is_same_v<std::decay_t<decltype(alternative)>, std::monostate>)
            w.Null();
          else
            put(w, alternative);
        },
        v);
  } else {
    w.StartObject();
    for_each_field(v, [&](std::string_view key, const auto& member) {
      if constexpr (is_optional<std::decay_t<decltype(member)>>::value) {
        if (!member) return;
      }
      w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
      put(w, member);
    });
    w.EndObject();
  }
}

/// DOM-parses `json` into `doc`, then maps it onto `out`; throws on a mismatch.
template <class T>
void parse(const std::string& json, rapidjson::Document& doc, T& out) {
  doc.Parse(json.data(), json.size());
  require(!doc.HasParseError(), "parse error");
  get(doc, out);
}

/// Serializes `value` into `buffer`.
template <class T>
void write(const T& value, rapidjson::StringBuffer& buffer) {
  Writer w(buffer);
  put(w, value);
}

}  // namespace bench::rapidjson_reflected
