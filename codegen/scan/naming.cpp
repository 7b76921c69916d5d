#include "scan/naming.h"

namespace lambdagen::codegen::scan {

model::NamingPolicy naming_policy_of(const Annotations& annotations, Reporter& reporter) {
  if (!annotations.naming) return model::NamingPolicy::as_declared;
  if (auto policy = model::parse_naming_policy(*annotations.naming)) return *policy;
  reporter.invalid_annotation(annotations.naming_location,
                              "unknown naming policy \"" + *annotations.naming +
                                  "\"; use \"as_declared\", \"camelCase\", \"PascalCase\" or \"snake_case\"");
  return model::NamingPolicy::as_declared;
}

}  // namespace lambdagen::codegen::scan
