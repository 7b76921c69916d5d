#include "model/dispatch_plan.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <stdexcept>

namespace lambdagen::codegen::model {
namespace {

struct Split {
  std::size_t position = 0;
  std::size_t buckets = 0;
  std::size_t largest = 0;
};

/// How well position `p` splits `group` (indices into `keys`).
Split evaluate(const std::vector<std::string>& keys, const std::vector<std::size_t>& group, std::size_t p) {
  std::array<std::size_t, 256> counts{};
  Split split{p, 0, 0};
  for (std::size_t k : group) {
    std::size_t& count = counts[static_cast<unsigned char>(keys[k][p])];
    if (count++ == 0) ++split.buckets;
    split.largest = std::max(split.largest, count);
  }
  return split;
}

DispatchNode plan_group(const std::vector<std::string>& keys, const std::vector<std::size_t>& group,
                        std::size_t length) {
  DispatchNode node;
  if (group.size() == 1) {
    node.candidate = group.front();
    return node;
  }
  Split best;
  for (std::size_t p = 0; p < length; ++p) {
    Split s = evaluate(keys, group, p);
    if (s.buckets > best.buckets || (s.buckets == best.buckets && s.largest < best.largest)) best = s;
  }
  // Distinct keys of equal length differ somewhere, so the best split has at least two buckets.
  node.position = best.position;
  std::map<unsigned char, std::vector<std::size_t>> buckets;
  for (std::size_t k : group) buckets[static_cast<unsigned char>(keys[k][best.position])].push_back(k);
  for (const auto& [byte, members] : buckets) node.branches.push_back({byte, plan_group(keys, members, length)});
  return node;
}

}  // namespace

DispatchPlan plan_dispatch(const std::vector<std::string>& keys) {
  if (std::set<std::string>(keys.begin(), keys.end()).size() != keys.size())
    throw std::invalid_argument("plan_dispatch: keys must be distinct");
  std::map<std::size_t, std::vector<std::size_t>> by_length;
  for (std::size_t i = 0; i < keys.size(); ++i) by_length[keys[i].size()].push_back(i);
  DispatchPlan plan;
  for (const auto& [length, group] : by_length) plan.groups.push_back({length, plan_group(keys, group, length)});
  return plan;
}

std::size_t dispatch_depth(const DispatchNode& node) {
  std::size_t deepest = 0;
  for (const auto& branch : node.branches) deepest = std::max(deepest, dispatch_depth(branch.next));
  return node.is_leaf() ? 0 : deepest + 1;
}

}  // namespace lambdagen::codegen::model
