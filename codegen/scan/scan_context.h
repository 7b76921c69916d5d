#pragma once
/// \file
/// What the readers of annotated declarations share during one scan.

#include "model/source_position.h"
#include "scan/reporter.h"
#include "scan/type_classifier.h"

#include <clang/AST/ASTContext.h>

namespace lambdagen::codegen::scan {

/// The AST, the diagnostics and the type classifier of one translation unit.
struct ScanContext {
  clang::ASTContext& ast;
  Reporter& reporter;
  TypeClassifier& classifier;

  /// `location` as plain data: the presumed file, line and column of its expansion.
  model::SourcePosition position(clang::SourceLocation location) const;
};

}  // namespace lambdagen::codegen::scan
