#include "close_names.h"

#include <algorithm>
#include <cctype>

namespace lambda::events::tools {
namespace {

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::vector<std::string> close_names(std::string_view wanted, std::span<const std::string_view> names,
                                     std::size_t limit) {
  const std::string needle = lowered(wanted);
  // A third of the name's length, so short names do not match everything.
  const std::size_t tolerance = std::max<std::size_t>(2, needle.size() / 3);
  struct scored {
    std::size_t score;
    std::string_view name;
  };
  std::vector<scored> found;
  for (auto name : names) {
    std::string candidate = lowered(name);
    if (!needle.empty() && candidate.find(needle) != std::string::npos) {
      found.push_back({0, name});
    } else if (std::size_t d = edit_distance(needle, candidate); d <= tolerance) {
      found.push_back({d, name});
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const scored& a, const scored& b) { return a.score < b.score; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < found.size() && i < limit; ++i) out.emplace_back(found[i].name);
  return out;
}

}  // namespace lambda::events::tools
