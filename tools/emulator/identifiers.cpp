#include "identifiers.h"

#include <fmt/format.h>

#include <cstdint>
#include <ctime>
#include <random>

namespace lambda::emulator {

std::string random_hex(std::size_t digits) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < digits; ++i) out.push_back(hex[rng() & 0xF]);
  return out;
}

std::string uuid_v4() {
  std::string h = random_hex(32);
  h[12] = '4';
  h[16] = "89ab"[h[16] % 4];
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20);
}

std::string xray_trace_id() {
  return fmt::format("Root=1-{:08x}-{};Parent={};Sampled=0", static_cast<std::uint32_t>(std::time(nullptr)),
                     random_hex(24), random_hex(16));
}

}  // namespace lambda::emulator
