#pragma once
/// \file
/// Codec for std::optional: `null` (or, in an object, a missing key) is the empty optional.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>

#include <optional>

namespace lambda::json {

/// The codec of std::optional<T> whose value `Value` reads and writes (codec<T>, or a tagged
/// variant's codec, which generated code names).
template <class T, class Value = codec<T>>
struct optional_codec {
  static constexpr kinds accepts = Value::accepts | kinds::null;
  static bool read(detail::reader& r, detail::value& v, std::optional<T>& out) {
    bool is_null = false;
    if (!r.null_as_default(v, is_null)) return false;
    if (is_null) {
      out.reset();
      return true;
    }
    if (!out) out.emplace();
    return Value::read(r, v, *out);
  }
  static void write(writer& w, const std::optional<T>& v) {
    if (v)
      Value::write(w, *v);
    else
      w.null();
  }
};

template <class T>
struct codec<std::optional<T>> : optional_codec<T> {};

}  // namespace lambda::json
