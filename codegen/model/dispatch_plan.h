#pragma once
/// \file
/// The key-dispatch planner: decides at generation time how a read function finds the member a
/// key names without comparing the key against every name.
///
/// Keys are grouped by length. Within a group, the planner switches on the byte position that
/// splits the group into the most buckets (ties: the smallest largest bucket, then the lowest
/// position), and recurses into each bucket until one candidate is left, which is then confirmed
/// with one full comparison. Reading a key therefore costs a length switch, a few byte switches
/// and a single memcmp, whatever the number of members.

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace lambdagen::codegen::model {

struct DispatchBranch;

/// A switch on one byte of the key, or (without branches) a leaf naming the one candidate left.
struct DispatchNode {
  static constexpr std::size_t no_candidate = std::numeric_limits<std::size_t>::max();

  /// The byte position switched on; meaningful when `branches` is not empty.
  std::size_t position = 0;
  /// One per distinct byte value at `position`, ordered by byte value (as unsigned).
  std::vector<DispatchBranch> branches;
  /// For a leaf: the index of the candidate key in the planner's input.
  std::size_t candidate = no_candidate;

  bool is_leaf() const noexcept { return branches.empty(); }
};

/// The keys whose byte at the parent's position is `byte`.
struct DispatchBranch {
  unsigned char byte = 0;
  DispatchNode next;
};

/// The keys of one length.
struct LengthGroup {
  std::size_t length = 0;
  DispatchNode node;
};

/// The whole plan: one group per key length, ordered by length.
struct DispatchPlan {
  std::vector<LengthGroup> groups;
};

/// Plans the dispatch over `keys`, which must be distinct. Deterministic: the plan depends only
/// on the keys and their order. Throws std::invalid_argument when two keys are equal.
DispatchPlan plan_dispatch(const std::vector<std::string>& keys);

/// The number of byte switches on the longest path of `node`, a measure of dispatch cost.
std::size_t dispatch_depth(const DispatchNode& node);

}  // namespace lambdagen::codegen::model
