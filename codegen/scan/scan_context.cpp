#include "scan/scan_context.h"

#include <clang/Basic/SourceManager.h>

namespace lambdagen::codegen::scan {

model::SourcePosition ScanContext::position(clang::SourceLocation location) const {
  const clang::SourceManager& sm = ast.getSourceManager();
  clang::PresumedLoc presumed = sm.getPresumedLoc(sm.getExpansionLoc(location));
  if (presumed.isInvalid()) return {};
  return {presumed.getFilename(), presumed.getLine(), presumed.getColumn()};
}

}  // namespace lambdagen::codegen::scan
