#pragma once
/// \file
/// Field: one data member as JSON sees it.

#include "model/source_position.h"
#include "model/type_ref.h"

#include <string>
#include <vector>

namespace lambdagen::codegen::model {

/// A member that is read and written. Members marked LAMBDA_JSON_SKIP are not part of the model:
/// they never reach JSON, so their type is never classified.
struct Field {
  /// The C++ member name, accessed as `out.<name>` (base-class members included).
  std::string name;
  /// The JSON key: LAMBDA_JSON_NAME, else the naming policy applied to `name`.
  std::string key;
  TypeRef type;
  /// LAMBDA_JSON_REQUIRED: a missing key is an error.
  bool required = false;
  /// LAMBDA_JSON_WRITE_NULL on a std::optional: written as null when empty instead of omitted.
  bool write_null = false;
  /// LAMBDA_JSON_NULL_AS_DEFAULT on the member, its class or the record read: `null` reads as the
  /// member's default, like a missing key.
  bool null_as_default = false;
  /// The member's value in a new record is its type's `T{}`: it has no default member initializer
  /// and no class it belongs to has a user-provided default constructor. parse_into then resets it
  /// in place when a document leaves it out, instead of taking it from a new record.
  bool value_initialized = false;
  /// LAMBDA_JSON_ALIAS: other keys read into this member (never written).
  std::vector<std::string> aliases;
  SourcePosition position;
};

/// True when writing may leave the member out: an optional without write_null.
bool omitted_when_empty(const Field& field);

/// True when reading must look for `null` before the member's codec does: null_as_default on a
/// type whose codec does not read `null` itself.
bool reads_null_as_default(const Field& field);

}  // namespace lambdagen::codegen::model
