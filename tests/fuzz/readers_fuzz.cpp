// libFuzzer target for the library's readers: arbitrary bytes are parsed as a spread of types; on
// success the value is written, read back, and must equal itself, and writing must be a fixed point.
// A rejection must be told in our words, and malformed text at a byte inside the input
// (testing::check_error); the parser must accept exactly the texts its fault scan finds nothing in.
#include <lambda/json.h>
#include <lambda/json/testing.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace {

void require(const std::optional<std::string>& failure) {
  if (!failure) return;
  std::fprintf(stderr, "%s\n", failure->c_str());
  std::abort();
}

template <class T>
void round_trip(std::string_view input) {
  auto first = lambda::json::parse<T>(input);
  if (!first) {
    require(lambda::json::testing::check_error(first.error(), input));
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
  require(lambda::json::testing::check_json_verdict(input));
  round_trip<std::map<std::string, lambda::json::raw_json>>(input);
  round_trip<lambda::json::flat_map<std::string, std::string, lambda::json::case_insensitive_equal>>(input);
  round_trip<std::vector<Scalars>>(input);
  round_trip<std::map<std::string, std::optional<std::vector<std::int32_t>>>>(input);
  round_trip<std::vector<std::uint8_t>>(input);
  round_trip<std::vector<float>>(input);
  round_trip<std::vector<lambda::json::bytes>>(input);
  round_trip<std::vector<lambda::json::epoch_seconds>>(input);
  round_trip<std::vector<lambda::json::epoch_milliseconds>>(input);
  round_trip<std::vector<std::chrono::sys_time<std::chrono::microseconds>>>(input);
  round_trip<std::vector<lambda::json::timestamp>>(input);
  round_trip<lambda::json::raw_json>(input);
  return 0;
}
