#include "model/field.h"

namespace lambdagen::codegen::model {

bool omitted_when_empty(const Field& field) { return field.type.kind == TypeKind::optional && !field.write_null; }

}  // namespace lambdagen::codegen::model
