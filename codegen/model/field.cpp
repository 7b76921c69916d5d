#include "model/field.h"

namespace lambdagen::codegen::model {

bool omitted_when_empty(const Field& field) { return field.type.kind == TypeKind::optional && !field.write_null; }

bool reads_null_as_default(const Field& field) {
  return field.null_as_default && (accepted_kinds(field.type) & JsonKinds::null) == JsonKinds::none;
}

}  // namespace lambdagen::codegen::model
