// libFuzzer target for the library's readers: arbitrary bytes are parsed as a spread of types; on
// success the value is written, read back, and must equal itself, and writing must be a fixed point.
#include <lambda/json.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace {

template <class T>
void round_trip(std::string_view input) {
  auto first = lambda::json::parse<T>(input);
  if (!first) {
    (void)first.error().message();  // building the message must be safe for every failure
    return;
  }
  std::string written = lambda::json::to_string(*first);
  auto second = lambda::json::parse<T>(written);
  if (!second) std::abort();  // what we write, we must read
  if (lambda::json::to_string(*second) != written) std::abort();
}

using Scalars = std::variant<std::monostate, bool, std::int64_t, double, std::string, std::vector<std::string>>;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  round_trip<std::map<std::string, lambda::json::raw_json>>(input);
  round_trip<std::vector<Scalars>>(input);
  round_trip<std::map<std::string, std::optional<std::vector<std::int32_t>>>>(input);
  round_trip<std::vector<std::uint8_t>>(input);
  round_trip<std::vector<float>>(input);
  round_trip<std::vector<lambda::json::bytes>>(input);
  round_trip<std::vector<lambda::json::epoch_seconds>>(input);
  round_trip<std::vector<lambda::json::epoch_milliseconds>>(input);
  round_trip<std::vector<std::chrono::sys_time<std::chrono::microseconds>>>(input);
  round_trip<lambda::json::raw_json>(input);
  return 0;
}
