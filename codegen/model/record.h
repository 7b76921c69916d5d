#pragma once
/// \file
/// Record: an annotated struct or class and the members it reads and writes.

#include "model/field.h"
#include "model/naming_policy.h"
#include "model/source_position.h"

#include <string>
#include <vector>

namespace lambdagen::codegen::model {

/// An annotated struct/class. Fields of base classes come first, in base order, as if declared
/// in the record itself.
struct Record {
  /// Fully qualified, for generated code: "::shop::Order".
  std::string qualified_name;
  std::vector<Field> fields;
  /// LAMBDA_JSON_REJECT_UNKNOWN: keys the record does not declare are errors.
  bool reject_unknown = false;
  NamingPolicy naming = NamingPolicy::as_declared;
  SourcePosition position;
};

}  // namespace lambdagen::codegen::model
