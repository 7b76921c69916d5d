#include "classify.h"

#include <algorithm>
#include <cstddef>
#include <tuple>

namespace lambda::events::tools {

namespace {

// How deep a JSON path goes: its member and element steps.
std::size_t depth(std::string_view path) {
  return static_cast<std::size_t>(std::count_if(path.begin(), path.end(), [](char c) { return c == '.' || c == '['; }));
}

}  // namespace

classification classify(std::string_view json) {
  classification best;
  // Lower is better: (keys lost, defaults written).
  std::tuple<std::size_t, std::size_t> best_score{SIZE_MAX, SIZE_MAX};
  std::size_t closest_depth = 0;
  std::size_t closest_offset = 0;
  for (const event_type& type : catalog()) {
    auto written = type.roundtrip(json);
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
      }
      continue;
    }
    comparison result = compare_json(json, *written);
    std::vector<difference> lost;
    std::size_t defaults = 0;
    for (auto& d : result.differences) {
      if (d.allowed == allowance::default_written)
        ++defaults;
      else if (d.allowed == allowance::none)
        lost.push_back(std::move(d));
    }
    std::tuple<std::size_t, std::size_t> score{lost.size(), defaults};
    if (score < best_score) {
      best_score = score;
      best.type = &type;
      best.also.clear();
      best.lost = std::move(lost);
    } else if (score == best_score) {
      best.also.push_back(type.name);
    }
  }
  if (best.type == nullptr) return best;
  // A fit that drops keys nearer the top than another type got before it refused is no fit: a
  // response type that ignores "Records" must not pass for the event type that read into them.
  std::size_t shallowest_loss = SIZE_MAX;
  for (const auto& d : best.lost) shallowest_loss = std::min(shallowest_loss, depth(d.path));
  if (best.closest != nullptr && closest_depth > shallowest_loss) {
    best.type = nullptr;
    best.also.clear();
    best.lost.clear();
    return best;
  }
  best.closest = nullptr;
  best.closest_error.clear();
  return best;
}

}  // namespace lambda::events::tools
