#pragma once
// The definitions behind glaze_peer.h (C++23: include only from the glaze translation units, which
// instantiate them with BENCH_GLAZE_INSTANTIATE).

#include "glaze_adapters.h"
#include "glaze_peer.h"

namespace bench::glaze_peer {

inline constexpr glz::opts options{};

template <class T>
bool read(std::string& json, T& out) {
  return !glz::read<options>(out, json);
}

template <class T>
std::string read_error(std::string& json, T& out) {
  const auto ec = glz::read<options>(out, json);
  return ec ? glz::format_error(ec, json) : std::string();
}

template <class T>
void write(const T& value, std::string& out) {
  (void)glz::write<options>(value, out);
}

template <class T>
std::string write(const T& value) {
  std::string out;
  (void)glz::write<options>(value, out);
  return out;
}

}  // namespace bench::glaze_peer

#define BENCH_GLAZE_INSTANTIATE(T)                                         \
  template bool bench::glaze_peer::read<T>(std::string&, T&);              \
  template std::string bench::glaze_peer::read_error<T>(std::string&, T&); \
  template void bench::glaze_peer::write<T>(const T&, std::string&);       \
  template std::string bench::glaze_peer::write<T>(const T&)
