#pragma once
/// \file
/// `lambda::json::fixed_string`: a string literal as a template argument, for the codecs whose
/// words are part of their type (`string_codec`'s expected text, a tagged union's tags).

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace lambda::json {

/// A string literal usable as a template argument: `string_codec<T, parse, format, "a SKU">`.
template <std::size_t N>
struct fixed_string {
  char text[N]{};

  constexpr fixed_string(const char (&literal)[N]) noexcept { std::copy_n(literal, N, text); }  // NOLINT: implicit
  constexpr std::string_view view() const noexcept { return {text, N - 1}; }
};

}  // namespace lambda::json
