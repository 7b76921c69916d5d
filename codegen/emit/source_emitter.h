#pragma once
/// \file
/// Emits `<input>.json.cpp`: the read and write functions of a module's codecs.

#include "model/module.h"

#include <string>

namespace lambdagen::codegen::emit {

/// The text of the generated source for `module`: for each record, a read function that walks
/// the object once and dispatches each key (model::plan_dispatch) and a write function with
/// pre-escaped keys; for each enum, string dispatch and a switch.
std::string emit_source(const model::Module& module);

}  // namespace lambdagen::codegen::emit
