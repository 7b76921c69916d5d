#include "classify.h"

#include <lambda/json.h>

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <tuple>

namespace lambda::events::tools {

namespace {

// How deep a JSON path goes: its member and element steps.
std::size_t depth(std::string_view path) {
  return static_cast<std::size_t>(std::count_if(path.begin(), path.end(), [](char c) { return c == '.' || c == '['; }));
}

// True when `path` is `within` or a path below it.
bool is_within(std::string_view path, std::string_view within) {
  return path.starts_with(within) &&
         (path.size() == within.size() || path[within.size()] == '.' || path[within.size()] == '[');
}

}  // namespace

classification classify(std::string_view json) {
  classification best;
  // Lower is better: (bytes of the text under keys the type does not declare, defaults written).
  // Written without the `other` members, a key the type does not declare reads as lost: a response
  // type that takes any object into `other` must not pass for the event type that declares its
  // keys. Bytes, not keys: one undeclared "Records" leaves more undeclared than three new keys in
  // a record do.
  std::tuple<std::size_t, std::size_t> best_score{SIZE_MAX, SIZE_MAX};
  std::size_t closest_depth = 0;
  std::size_t closest_offset = 0;
  std::string closest_path;
  std::size_t top_level_keys = 0;
  if (auto members = json::parse<std::map<std::string, json::raw_json>>(json)) top_level_keys = members->size();
  for (const event_type& type : catalog()) {
    auto written = type.roundtrip_declared(json);
    if (!written) {
      // Furthest in wins: the deeper path, then the later byte.
      const json::error& e = written.error();
      if (e.kind() == json::errc::syntax || e.kind() == json::errc::invalid_utf8 ||
          e.kind() == json::errc::trailing_content) {
        // The text itself is not JSON: every type would say the same.
        return classification{.malformed = true, .closest_error = e.message()};
      }
      std::size_t d = depth(e.path()), offset = e.offset().value_or(0);
      if (best.closest == nullptr || std::tie(d, offset) > std::tie(closest_depth, closest_offset)) {
        best.closest = &type;
        best.closest_error = e.message();
        closest_depth = d;
        closest_offset = offset;
        closest_path = e.path();
      }
      continue;
    }
    comparison result = compare_json(json, *written);
    std::vector<difference> undeclared;
    std::size_t undeclared_bytes = 0, defaults = 0, top_level_undeclared = 0;
    for (auto& d : result.differences) {
      if (d.allowed == allowance::default_written) {
        ++defaults;
      } else if (d.allowed == allowance::none) {
        // A value the text lacks and the type invents (a response's "messageVersion": "1.0")
        // counts as much as one the type leaves undeclared: neither is the text's shape.
        undeclared_bytes += d.original.empty() ? d.written.size() : d.original.size();
        if (!d.original.empty() && depth(d.path) == 1) ++top_level_undeclared;
        undeclared.push_back(std::move(d));
      }
    }
    // A type that declares none of the text's keys reads it only into `other`: not a fit.
    if (top_level_keys > 0 && top_level_undeclared == top_level_keys) continue;
    std::tuple<std::size_t, std::size_t> score{undeclared_bytes, defaults};
    if (score < best_score) {
      best_score = score;
      best.type = &type;
      best.also.clear();
      best.undeclared = std::move(undeclared);
    } else if (score == best_score) {
      best.also.push_back(type.name);
    }
  }
  if (best.type == nullptr) return best;
  // A fit that does not declare a key another type read into before it refused is no fit: a
  // response type that keeps "Records" undeclared must not pass for the event type that read into
  // them (and refused something inside).
  bool refused_inside_undeclared = false;
  for (const auto& d : best.undeclared)
    refused_inside_undeclared =
        refused_inside_undeclared || (best.closest != nullptr && is_within(closest_path, d.path));
  if (refused_inside_undeclared) {
    best.type = nullptr;
    best.also.clear();
    best.undeclared.clear();
    return best;
  }
  best.closest = nullptr;
  best.closest_error.clear();
  // What the whole round trip, `other` members included, still loses.
  if (auto written = best.type->roundtrip(json)) {
    for (auto& d : compare_json(json, *written).differences)
      if (d.allowed == allowance::none) best.lost.push_back(std::move(d));
  }
  return best;
}

}  // namespace lambda::events::tools
