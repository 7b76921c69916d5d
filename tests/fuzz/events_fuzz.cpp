// Every event type of lambdagen::events under libFuzzer. An input is a type name, a newline, then
// JSON (scripts/sanitize.sh seeds the corpus from our samples that way). A text that parses must write
// back to JSON that parses again and writes identically: reading and writing agree on every value
// the reader accepts. Anything else the reader must reject with an error, never a crash.
#include <lambda/events/catalog.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  if (newline == std::string_view::npos) return 0;
  const auto* type = lambda::events::find_event_type(input.substr(0, newline));
  if (type == nullptr) return -1;  // keep mutated names out of the corpus
  const std::string_view json = input.substr(newline + 1);

  auto first = type->roundtrip(json);
  if (!first) {
    if (first.error().message().empty()) __builtin_trap();
    return 0;
  }
  auto second = type->roundtrip(*first);
  if (!second) {
    std::fprintf(stderr, "%.*s: our own output does not parse: %s\n%s\n", static_cast<int>(type->name.size()),
                 type->name.data(), second.error().message().c_str(), first->c_str());
    __builtin_trap();
  }
  if (*second != *first) {
    std::fprintf(stderr, "%.*s: writing is not a fixed point\n%s\n%s\n", static_cast<int>(type->name.size()),
                 type->name.data(), first->c_str(), second->c_str());
    __builtin_trap();
  }
  return 0;
}
