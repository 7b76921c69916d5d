#pragma once
/// \file
/// Turning an annotated enum into a model::Enum.

#include "model/enumeration.h"
#include "scan/scan_context.h"

#include <clang/AST/Decl.h>

#include <optional>

namespace lambdagen::codegen::scan {

/// The model of the annotated enum `decl`: each enumerator with its JSON string (LAMBDA_JSON_NAME
/// or the enum's naming policy). Duplicate strings and empty enums are reported; std::nullopt
/// when anything was.
std::optional<model::Enum> read_enum(const clang::EnumDecl& decl, ScanContext& context);

}  // namespace lambdagen::codegen::scan
