// lambda-event: checks captured Lambda events against the types of lambdagen::events.
//
//   lambda-event types                     every type name, one a line
//   lambda-event check TYPE [FILE]         exit 0 if FILE (or stdin) parses as TYPE, else 1 and the error
//   lambda-event check --all DIR           every *.json under DIR against the type it most likely is (by
//                                          shape): a line per file, then a summary; exit 0 if all fit losslessly
//   lambda-event roundtrip TYPE [FILE]     parse, then write compact JSON to stdout
//   lambda-event diff TYPE [FILE]          round-trip, then list what differs from the input
//
// Exit codes: 0 fits, 1 does not fit (or loses data, for diff), 2 usage or unknown TYPE, 3 unreadable FILE.

#include "classify.h"
#include "close_names.h"
#include "semantic_diff.h"

#include <lambda/events/catalog.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <set>
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
             "       lambda-event check --all DIR\n"
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

void print_undeclared(const tools::difference& d, std::string_view type) {
  fmt::print("{}: not declared by {}, kept verbatim in its `other` member\n", d.path, type);
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
  // And the keys the type does not declare: kept in its `other` members, so the round trip above
  // shows no difference for them.
  if (auto declared = type.roundtrip_declared(text)) {
    std::set<std::string> shown;
    for (const auto& d : result.differences) shown.insert(d.path);
    for (const auto& d : tools::compare_json(text, *declared).differences)
      if (d.allowed == tools::allowance::none && !shown.contains(d.path)) print_undeclared(d, type.name);
  }
  return result.lossless() ? fits : does_not_fit;
}

// check --all: each file's best-fitting type, what it loses, or why nothing fits.
int check_all(const char* dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".json") files.push_back(it->path());
  }
  if (ec) {
    fmt::print(stderr, "lambda-event: cannot read {}: {}\n", dir, ec.message());
    return unreadable;
  }
  std::sort(files.begin(), files.end());
  std::size_t exact = 0, undeclared = 0, lossy = 0, unfit = 0, malformed = 0, unread = 0;
  for (const auto& file : files) {
    auto text = read_input(file.c_str());
    if (!text) {
      fmt::print("unreadable  {}\n", file.string());
      ++unread;
      continue;
    }
    tools::classification verdict = tools::classify(*text);
    if (verdict.malformed) {
      fmt::print("not JSON    {}\n            {}\n", file.string(), verdict.closest_error);
      ++malformed;
      continue;
    }
    if (verdict.type == nullptr) {
      if (verdict.closest)
        fmt::print("no fit      {}\n            closest {}: {}\n", file.string(), verdict.closest->name,
                   verdict.closest_error);
      else
        fmt::print("no fit      {}\n            no event type declares any of its keys\n", file.string());
      ++unfit;
      continue;
    }
    std::string also = verdict.also.empty() ? "" : fmt::format(" (fits as well: {})", fmt::join(verdict.also, ", "));
    if (verdict.lost.empty() && verdict.undeclared.empty()) {
      fmt::print("fits        {}  {}{}\n", file.string(), verdict.type->name, also);
      ++exact;
    } else if (verdict.lost.empty()) {
      fmt::print("keeps {:<5} {}  {}{}\n", verdict.undeclared.size(), file.string(), verdict.type->name, also);
      for (const auto& d : verdict.undeclared) {
        fmt::print("            ");
        print_undeclared(d, verdict.type->name);
      }
      ++undeclared;
    } else {
      fmt::print("loses {:<5} {}  {}{}\n", verdict.lost.size(), file.string(), verdict.type->name, also);
      for (const auto& d : verdict.lost) fmt::print("            {}\n", tools::describe(d));
      ++lossy;
    }
  }
  fmt::print("{} files: {} fit, {} fit keeping undeclared keys, {} fit but lose keys, {} fit no type, {} not JSON{}\n",
             files.size(), exact, undeclared, lossy, unfit, malformed,
             unread ? fmt::format(", {} unreadable", unread) : "");
  return lossy + unfit + malformed + unread == 0 ? fits : does_not_fit;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usage();
  if (args[0] == "types" && args.size() == 1) {
    for (const auto& type : events::catalog()) fmt::print("{}\n", type.name);
    return fits;
  }
  if (args[0] == "check" && args.size() >= 2 && args[1] == "--all") {
    if (args.size() != 3) return usage();
    return check_all(argv[3]);
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
