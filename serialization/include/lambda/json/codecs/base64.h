#pragma once
/// \file
/// The codec of <lambda/json/base64.h>'s byte buffers: a base64 string.

#include <lambda/json/base64.h>
#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>

#include <memory>
#include <type_traits>

namespace lambda::json {

template <class A>
struct codec<std::vector<std::byte, A>> {
  static constexpr kinds accepts = kinds::string;
  static bool read(detail::reader& r, detail::value& v, std::vector<std::byte, A>& out);
  static void write(writer& w, const std::vector<std::byte, A>& v) {
    std::string encoded;
    base64_encode_to(v, encoded);
    w.raw('"');
    w.raw(encoded);
    w.raw('"');
  }
};

namespace detail {
/// Reads a base64 string member into `out`.
bool read_base64(reader& r, value& v, bytes& out);
}  // namespace detail

template <class A>
bool codec<std::vector<std::byte, A>>::read(detail::reader& r, detail::value& v, std::vector<std::byte, A>& out) {
  static_assert(std::is_same_v<A, std::allocator<std::byte>>, "lambda::json: base64 members use the default allocator");
  return detail::read_base64(r, v, out);
}

}  // namespace lambda::json
