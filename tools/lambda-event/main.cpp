// lambda-event: checks captured Lambda events against the types of lambdagen::events.
//
//   lambda-event types                     every type name, one a line
//   lambda-event check TYPE [FILE]         exit 0 if FILE (or stdin) parses as TYPE, else 1 and the error
//   lambda-event roundtrip TYPE [FILE]     parse, then write compact JSON to stdout
//   lambda-event diff TYPE [FILE]          round-trip, then list what differs from the input
//
// Exit codes: 0 fits, 1 does not fit (or loses data, for diff), 2 usage or unknown TYPE, 3 unreadable FILE.

#include "close_names.h"
#include "semantic_diff.h"

#include <lambda/events/catalog.h>

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace events = lambda::events;
namespace tools = lambda::events::tools;

constexpr int fits = 0;
constexpr int does_not_fit = 1;
constexpr int usage_error = 2;
constexpr int unreadable = 3;

int usage() {
  fmt::print(stderr,
             "usage: lambda-event types\n"
             "       lambda-event check TYPE [FILE]\n"
             "       lambda-event roundtrip TYPE [FILE]\n"
             "       lambda-event diff TYPE [FILE]\n"
             "FILE defaults to standard input.\n");
  return usage_error;
}

std::optional<std::string> read_input(const char* path) {
  std::ostringstream text;
  if (path == nullptr) {
    text << std::cin.rdbuf();
    return std::move(text).str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  text << in.rdbuf();
  return std::move(text).str();
}

const events::event_type* find_or_suggest(std::string_view name) {
  if (const auto* type = events::find_event_type(name)) return type;
  std::vector<std::string_view> names;
  for (const auto& t : events::catalog()) names.push_back(t.name);
  auto suggestions = tools::close_names(name, names);
  fmt::print(stderr, "lambda-event: no event type is named {}\n", name);
  if (!suggestions.empty())
    fmt::print(stderr, "did you mean: {}\n", fmt::join(suggestions, ", "));
  else
    fmt::print(stderr, "`lambda-event types` lists them all\n");
  return nullptr;
}

int run(std::string_view command, const events::event_type& type, const std::string& text) {
  if (command == "check") {
    auto parsed = type.check(text);
    if (!parsed) {
      fmt::print(stderr, "{}\n", parsed.error().message());
      return does_not_fit;
    }
    return fits;
  }
  auto written = type.roundtrip(text);
  if (!written) {
    fmt::print(stderr, "{}\n", written.error().message());
    return does_not_fit;
  }
  if (command == "roundtrip") {
    fmt::print("{}\n", *written);
    return fits;
  }
  // diff
  auto result = tools::compare_json(text, *written);
  if (!result.error.empty()) {
    fmt::print(stderr, "{}\n", result.error);
    return does_not_fit;
  }
  for (const auto& d : result.differences) fmt::print("{}\n", tools::describe(d));
  return result.lossless() ? fits : does_not_fit;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usage();
  if (args[0] == "types" && args.size() == 1) {
    for (const auto& type : events::catalog()) fmt::print("{}\n", type.name);
    return fits;
  }
  bool known = args[0] == "check" || args[0] == "roundtrip" || args[0] == "diff";
  if (!known || args.size() < 2 || args.size() > 3) return usage();
  const auto* type = find_or_suggest(args[1]);
  if (type == nullptr) return usage_error;
  const char* path = args.size() == 3 ? argv[3] : nullptr;
  auto text = read_input(path);
  if (!text) {
    fmt::print(stderr, "lambda-event: cannot read {}\n", path);
    return unreadable;
  }
  return run(args[0], *type, *text);
}
