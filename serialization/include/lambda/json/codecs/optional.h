#pragma once
/// \file
/// Codec for std::optional: `null` (or, in an object, a missing key) is the empty optional.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>

#include <optional>

namespace lambda::json {

template <class T>
struct codec<std::optional<T>> {
  static constexpr kinds accepts = codec<T>::accepts | kinds::null;
  static bool read(detail::reader& r, detail::value& v, std::optional<T>& out) {
    bool is_null = false;
    if (!r.null_as_default(v, is_null)) return false;
    if (is_null) {
      out.reset();
      return true;
    }
    if (!out) out.emplace();
    return codec<T>::read(r, v, *out);
  }
  static void write(writer& w, const std::optional<T>& v) {
    if (v)
      codec<T>::write(w, *v);
    else
      w.null();
  }
};

}  // namespace lambda::json
