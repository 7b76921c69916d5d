#pragma once
/// \file
/// A clang DiagnosticConsumer that keeps every diagnostic as plain data and, optionally, also
/// prints it the way the compiler does.

#include "scan/scan_diagnostic.h"

#include <clang/Basic/Diagnostic.h>

#include <memory>
#include <vector>

namespace lambdagen::codegen::scan {

/// Collects diagnostics into `out`; forwards them to `printer` when there is one.
class DiagnosticCollector : public clang::DiagnosticConsumer {
 public:
  DiagnosticCollector(std::vector<ScanDiagnostic>& out, std::unique_ptr<clang::DiagnosticConsumer> printer);

  void BeginSourceFile(const clang::LangOptions& options, const clang::Preprocessor* pp) override;
  void EndSourceFile() override;
  void finish() override;
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic& info) override;

 private:
  std::vector<ScanDiagnostic>& out_;
  std::unique_ptr<clang::DiagnosticConsumer> printer_;
};

}  // namespace lambdagen::codegen::scan
