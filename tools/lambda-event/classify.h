#pragma once
/// \file
/// Which event type a captured JSON text most likely is, judged by its shape alone: for
/// `lambda-event check --all`, which checks a folder of events whose types nobody wrote down.

#include "semantic_diff.h"

#include <lambda/events/catalog.h>

#include <string>
#include <string_view>
#include <vector>

namespace lambda::events::tools {

/// The verdict on one text.
struct classification {
  /// The type that fits best: the one that reads the text and declares the most of it (the fewest
  /// bytes are left to its `other` members; then the one that adds the fewest defaults). Null when
  /// no type reads it (see `closest`).
  const event_type* type = nullptr;
  /// Other types that fit exactly as well (an empty batch fits every batch type).
  std::vector<std::string_view> also;
  /// The keys `type` does not declare: read into its `other` members and written back verbatim.
  std::vector<difference> undeclared;
  /// What `type` lost writing the text back (only the differences that are not allowed).
  std::vector<difference> lost;
  /// The text is not JSON (malformed, not UTF-8, or followed by more): `closest_error` says where.
  bool malformed = false;
  /// When no type reads the text, or the best fit does not declare a key another type read into
  /// before it refused: the type that got furthest into it (by JSON path), and its error.
  const event_type* closest = nullptr;
  std::string closest_error;
};

/// Tries every type of the catalog on `json`.
classification classify(std::string_view json);

}  // namespace lambda::events::tools
