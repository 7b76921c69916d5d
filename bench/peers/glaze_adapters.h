#pragma once
// What glaze needs to read and write Lambdagen's types, beyond its own reflection (C++23: include
// only from the glaze translation units):
// - a glz::meta for every struct with a BENCH_FIELDS list, built from that list: it names the keys
//   (`NULL` for DynamoDB's `Null`), reaches members of base classes (glaze's pure reflection sees
//   none) and leaves out the `other` catch-all, as the RapidJSON and nlohmann peers do;
// - readers and writers for the value types glaze does not know: raw JSON, RFC 3339 times, epoch
//   numbers and base64 bytes, through the same helpers Lambdagen and the other peers use.

#include "field_list.h"

#include <lambda/json/base64.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <glaze/glaze.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <tuple>

template <class T>
  requires bench::has_fields<T>::value
struct glz::meta<T> {
  static constexpr auto value = std::apply(
      [](const auto&... f) {
        return std::apply([](const auto&... key_member) { return glz::object(key_member...); },
                          std::tuple_cat(std::make_tuple(f.key, f.member)...));
      },
      bench::fields_of<T>::list);
};

namespace bench::glaze_adapters {

/// Reads a JSON string's raw text (escapes left as they are: times and base64 have none).
template <auto Opts>
bool read_string_text(std::string_view& text, auto& ctx, auto& it, auto& end) {
  glz::from<glz::JSON, std::string_view>::op<Opts>(text, ctx, it, end);
  return !bool(ctx.error);
}

template <class B>
void dump_quoted(std::string_view text, B& b, auto& ix) {
  glz::dump<'"'>(b, ix);
  glz::dump(text, b, ix);
  glz::dump<'"'>(b, ix);
}

}  // namespace bench::glaze_adapters

/// Any JSON value, kept as its text; `null` reads as (and an empty text writes) null, as Lambdagen does.
template <>
struct glz::from<glz::JSON, lambda::json::raw_json> {
  template <auto Opts>
  static void op(auto& value, is_context auto&& ctx, auto&& it, auto&& end) {
    glz::raw_json_view raw;
    glz::from<glz::JSON, glz::raw_json_view>::op<Opts>(raw, ctx, it, end);
    if (bool(ctx.error)) return;
    if (raw.str == "null")
      value.text.clear();
    else
      value.text.assign(raw.str);
  }
};
template <>
struct glz::to<glz::JSON, lambda::json::raw_json> {
  template <auto Opts, class B>
  static void op(const auto& value, is_context auto&&, B&& b, auto&& ix) {
    glz::dump(value.empty() ? std::string_view("null") : std::string_view(value.text), b, ix);
  }
};

/// RFC 3339 text, as S3's eventTime.
template <>
struct glz::from<glz::JSON, std::chrono::sys_time<std::chrono::milliseconds>> {
  template <auto Opts>
  static void op(auto& value, is_context auto&& ctx, auto&& it, auto&& end) {
    std::string_view text;
    if (!bench::glaze_adapters::read_string_text<Opts>(text, ctx, it, end)) return;
    auto t = lambda::json::parse_iso8601(text);
    if (!t) {
      ctx.error = glz::error_code::parse_error;
      return;
    }
    value = std::chrono::time_point_cast<std::chrono::milliseconds>(*t);
  }
};
template <>
struct glz::to<glz::JSON, std::chrono::sys_time<std::chrono::milliseconds>> {
  template <auto Opts, class B>
  static void op(const auto& value, is_context auto&&, B&& b, auto&& ix) {
    bench::glaze_adapters::dump_quoted(lambda::json::format_iso8601(value), b, ix);
  }
};

/// Epoch numbers (API Gateway's epoch milliseconds, DynamoDB's epoch seconds): the data has integers.
template <class E, long long UnitsPerSecond>
struct bench_glaze_epoch_from {
  template <auto Opts>
  static void op(auto& value, glz::is_context auto&& ctx, auto&& it, auto&& end) {
    long long count = 0;
    glz::from<glz::JSON, long long>::op<Opts>(count, ctx, it, end);
    if (bool(ctx.error)) return;
    using ticks = std::chrono::duration<long long, std::ratio<1, UnitsPerSecond>>;
    value = E(std::chrono::sys_time<ticks>(ticks(count)));
  }
};
template <class E, long long UnitsPerSecond>
struct bench_glaze_epoch_to {
  template <auto Opts, class B>
  static void op(const auto& value, glz::is_context auto&&, B&& b, auto&& ix) {
    glz::dump(lambda::json::format_epoch_number(value.time(), UnitsPerSecond), b, ix);
  }
};
template <>
struct glz::from<glz::JSON, lambda::json::epoch_milliseconds>
    : bench_glaze_epoch_from<lambda::json::epoch_milliseconds, 1000> {};
template <>
struct glz::to<glz::JSON, lambda::json::epoch_milliseconds>
    : bench_glaze_epoch_to<lambda::json::epoch_milliseconds, 1000> {};
template <>
struct glz::from<glz::JSON, lambda::json::epoch_seconds> : bench_glaze_epoch_from<lambda::json::epoch_seconds, 1> {};
template <>
struct glz::to<glz::JSON, lambda::json::epoch_seconds> : bench_glaze_epoch_to<lambda::json::epoch_seconds, 1> {};

/// Base64 text (SQS binary attributes, DynamoDB B and BS).
template <>
struct glz::from<glz::JSON, lambda::json::bytes> {
  template <auto Opts>
  static void op(auto& value, is_context auto&& ctx, auto&& it, auto&& end) {
    std::string_view text;
    if (!bench::glaze_adapters::read_string_text<Opts>(text, ctx, it, end)) return;
    // base64_decode returns the offset of the first invalid character, or nothing when all is valid.
    if (lambda::json::base64_decode(text, value).has_value()) ctx.error = glz::error_code::parse_error;
  }
};
template <>
struct glz::to<glz::JSON, lambda::json::bytes> {
  template <auto Opts, class B>
  static void op(const auto& value, is_context auto&&, B&& b, auto&& ix) {
    bench::glaze_adapters::dump_quoted(lambda::json::base64_encode(value), b, ix);
  }
};
