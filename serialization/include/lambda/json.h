#pragma once
/// \file
/// Lambdagen's JSON entry points. Include the generated `<header>.json.h` of your types, which
/// includes this, then:
///
///     auto order = lambda::json::parse<Order>(text);      // result<Order>
///     if (!order) log(order.error().message());           // "$.items[2].price: expected double, got string"
///     std::string out = lambda::json::to_string(*order);  // compact JSON

#include <lambda/json/annotate.h>
#include <lambda/json/base64.h>
#include <lambda/json/codec.h>
#include <lambda/json/codecs/containers.h>
#include <lambda/json/codecs/flat_map.h>
#include <lambda/json/codecs/map.h>
#include <lambda/json/codecs/optional.h>
#include <lambda/json/codecs/scalar.h>
#include <lambda/json/codecs/string.h>
#include <lambda/json/codecs/tagged.h>
#include <lambda/json/codecs/variant.h>
#include <lambda/json/codecs/vector.h>
#include <lambda/json/error.h>
#include <lambda/json/parser.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/result.h>
#include <lambda/json/time.h>
#include <lambda/json/writer.h>

#include <string>
#include <string_view>

namespace lambda::json {

/// Parses `json` into a new `T` with the calling thread's parser; a simdjson::padded_string_view
/// is read where it lies, without a copy (see json_text).
/// Borrowed `std::string_view` members stay valid until this thread parses again.
template <serializable T, json_text Text = std::string_view>
result<T> parse(const Text& json) {
  return detail::thread_parser().parse<T>(json);
}

/// Parses `json` into an existing `value`, reusing its allocations (a warm Lambda sees the same
/// shape again and again); members the document leaves out get their defaults back.
template <serializable T, json_text Text = std::string_view>
result<void> parse_into(const Text& json, T& value) {
  return detail::thread_parser().parse_into(json, value);
}

/// Appends the compact JSON of `value` to `w`.
template <serializable T>
void write(writer& w, const T& value) {
  codec<T>::write(w, value);
}

/// Writes `value` as compact JSON into `out`, replacing its content and reusing its capacity.
template <serializable T>
void to_string(const T& value, std::string& out) {
  writer w(std::move(out));
  codec<T>::write(w, value);
  out = w.release();
}

/// The compact JSON of `value`.
template <serializable T>
std::string to_string(const T& value) {
  writer w;
  w.reserve(detail::size_hint());
  codec<T>::write(w, value);
  detail::remember_size(w.size());
  return w.release();
}

/// Re-formats compact (or any valid) JSON with newlines and `spaces` of indentation per level.
std::string indent(std::string_view json, int spaces = 2);

/// The name of the simdjson kernel that reading runs on in this build ("haswell", "arm64", …;
/// "fallback" means the build flags did not enable SIMD — see LAMBDAGEN_TARGET_ARCH_FLAGS).
/// It is inline because the kernel is chosen by the flags of the code that includes simdjson.
inline std::string_view active_kernel() noexcept { return SIMDJSON_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION); }

}  // namespace lambda::json
