#pragma once
/// \file
/// Emits `<input>.json.h`: the lambda::json::codec specializations of a module's types.

#include "model/module.h"

#include <string>

namespace lambdagen::codegen::emit {

/// The text of the generated header for `module`: it includes the input header,
/// <lambda/json/base.h> (light: no simdjson) and the generated headers of annotated types from
/// other inputs, then declares one codec specialization per type, in the module's order.
std::string emit_header(const model::Module& module);

}  // namespace lambdagen::codegen::emit
