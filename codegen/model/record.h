#pragma once
/// \file
/// Record: an annotated struct or class and the members it reads and writes.

#include "model/field.h"
#include "model/naming_policy.h"
#include "model/source_position.h"

#include <optional>
#include <string>
#include <vector>

namespace lambdagen::codegen::model {

/// An annotated struct/class. Fields of base classes come first, in base order, as if declared
/// in the record itself.
struct Record {
  /// Fully qualified, for generated code: "::shop::Order".
  std::string qualified_name;
  std::vector<Field> fields;
  /// The LAMBDA_JSON_EXTRA member, a map with string keys: keys no field takes are read into it
  /// and written back after the fields. Its `key` is unused.
  std::optional<Field> extra;
  /// LAMBDA_JSON_REJECT_UNKNOWN: keys the record does not declare are errors.
  bool reject_unknown = false;
  NamingPolicy naming = NamingPolicy::as_declared;
  SourcePosition position;
};

/// Every key a read of `record` takes: each field's key, then its aliases, in field order.
std::vector<std::string> keys_read(const Record& record);

/// The field each key of keys_read(record) reads into, by index into `record.fields`.
std::vector<std::size_t> fields_of_keys_read(const Record& record);

}  // namespace lambdagen::codegen::model
