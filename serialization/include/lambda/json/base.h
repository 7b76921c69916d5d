#pragma once
/// \file
/// Lambdagen's JSON entry points, declared without simdjson: what a generated `<header>.json.h`
/// includes, so that code which only parses and writes its types compiles light.
///
///     auto order = lambda::json::parse<Order>(text);      // result<Order>
///     if (!order) log(order.error().message());           // "$.items[2].price: expected double, got string"
///     std::string out = lambda::json::to_string(*order);  // compact JSON
///
/// They take any type whose codec is declared where they are called: every annotated type, through
/// its generated header; any other stops the build, saying which header to include. The library's
/// own codecs (strings, numbers, containers, …) are defined in <lambda/json.h>, which includes this
/// and simdjson: include it to parse or write those directly (`parse<std::vector<Order>>`), or to
/// write a codec of your own.

#include <lambda/json/codec.h>
#include <lambda/json/error.h>
#include <lambda/json/parser.h>
#include <lambda/json/result.h>

#include <string>
#include <string_view>

namespace lambda::json {

namespace detail {
/// How the entry points call the codec of the type they write, whose body they do not see.
using write_function = void (*)(writer&, const void*);
template <class T>
void write_as(writer& w, const void* value) {
  codec<T>::write(w, *static_cast<const T*>(value));
}
/// Writes with `write` into a new string, reserving what this thread wrote last time.
std::string write_text(write_function write, const void* value);
/// Writes with `write` into `out`, replacing its content and reusing its capacity.
void write_text(write_function write, const void* value, std::string& out);
}  // namespace detail

/// Parses `json` into a new `T` with the calling thread's parser; a padded text (json_text) is
/// read where it lies, without a copy. Borrowed `std::string_view` members stay valid until this
/// thread parses again.
template <class T, json_text Text = std::string_view>
result<T> parse(const Text& json) {
  static_assert(detail::require_codec<T>());
  return detail::thread_parser().parse<T>(json);
}

/// Parses `json` into an existing `value`, reusing its allocations (a warm Lambda sees the same
/// shape again and again); members the document leaves out get their defaults back.
template <class T, json_text Text = std::string_view>
result<void> parse_into(const Text& json, T& value) {
  static_assert(detail::require_codec<T>());
  return detail::thread_parser().parse_into(json, value);
}

/// Appends the compact JSON of `value` to `w`.
template <class T>
void write(writer& w, const T& value) {
  static_assert(detail::require_codec<T>());
  codec<T>::write(w, value);
}

/// Writes `value` as compact JSON into `out`, replacing its content and reusing its capacity.
template <class T>
void to_string(const T& value, std::string& out) {
  static_assert(detail::require_codec<T>());
  detail::write_text(&detail::write_as<T>, &value, out);
}

/// The compact JSON of `value`.
template <class T>
std::string to_string(const T& value) {
  static_assert(detail::require_codec<T>());
  return detail::write_text(&detail::write_as<T>, &value);
}

}  // namespace lambda::json
