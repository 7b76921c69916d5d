#pragma once
/// \file
/// Enum: an annotated enumeration, written and read as strings.

#include "model/naming_policy.h"
#include "model/source_position.h"

#include <string>
#include <vector>

namespace lambdagen::codegen::model {

/// One enumerator and its JSON string.
struct Enumerator {
  std::string name;
  /// LAMBDA_JSON_NAME, else the enum's naming policy applied to `name`.
  std::string json_name;
  /// True when an earlier enumerator has the same value: it is read, but writing that value
  /// produces the earlier enumerator's name.
  bool alias = false;
};

/// An annotated enum (scoped or not).
struct Enum {
  /// Fully qualified, for generated code: "::shop::Color".
  std::string qualified_name;
  std::vector<Enumerator> enumerators;
  NamingPolicy naming = NamingPolicy::as_declared;
  SourcePosition position;
};

}  // namespace lambdagen::codegen::model
