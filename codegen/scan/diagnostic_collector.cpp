#include "scan/diagnostic_collector.h"

#include <clang/Basic/SourceManager.h>
#include <llvm/ADT/SmallString.h>

namespace lambdagen::codegen::scan {
namespace {

ScanDiagnostic::Severity severity_of(clang::DiagnosticsEngine::Level level) {
  switch (level) {
    case clang::DiagnosticsEngine::Ignored:
    case clang::DiagnosticsEngine::Note:
    case clang::DiagnosticsEngine::Remark:
      return ScanDiagnostic::Severity::note;
    case clang::DiagnosticsEngine::Warning:
      return ScanDiagnostic::Severity::warning;
    case clang::DiagnosticsEngine::Error:
    case clang::DiagnosticsEngine::Fatal:
      return ScanDiagnostic::Severity::error;
  }
  return ScanDiagnostic::Severity::error;
}

}  // namespace

DiagnosticCollector::DiagnosticCollector(std::vector<ScanDiagnostic>& out,
                                         std::unique_ptr<clang::DiagnosticConsumer> printer)
    : out_(out), printer_(std::move(printer)) {}

void DiagnosticCollector::BeginSourceFile(const clang::LangOptions& options, const clang::Preprocessor* pp) {
  if (printer_) printer_->BeginSourceFile(options, pp);
}

void DiagnosticCollector::EndSourceFile() {
  if (printer_) printer_->EndSourceFile();
}

void DiagnosticCollector::finish() {
  if (printer_) printer_->finish();
}

void DiagnosticCollector::HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic& info) {
  clang::DiagnosticConsumer::HandleDiagnostic(level, info);  // keeps the error and warning counts
  ScanDiagnostic diagnostic;
  diagnostic.severity = severity_of(level);
  llvm::SmallString<256> message;
  info.FormatDiagnostic(message);
  diagnostic.message = message.str().str();
  if (info.getLocation().isValid() && info.hasSourceManager()) {
    const clang::SourceManager& sm = info.getSourceManager();
    clang::PresumedLoc presumed = sm.getPresumedLoc(sm.getExpansionLoc(info.getLocation()));
    if (presumed.isValid()) {
      diagnostic.file = presumed.getFilename();
      diagnostic.line = presumed.getLine();
      diagnostic.column = presumed.getColumn();
    }
  }
  out_.push_back(std::move(diagnostic));
  if (printer_) printer_->HandleDiagnostic(level, info);
}

}  // namespace lambdagen::codegen::scan
