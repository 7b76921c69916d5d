#include "scan/reporter.h"

#include <llvm/ADT/StringRef.h>

namespace lambdagen::codegen::scan {
namespace {
llvm::StringRef ref(std::string_view s) { return {s.data(), s.size()}; }
}  // namespace

Reporter::Reporter(clang::DiagnosticsEngine& diagnostics)
    : diagnostics_(diagnostics),
      unsupported_type_id_(diagnostics.getCustomDiagID(clang::DiagnosticsEngine::Error,
                                                       "lambdagen: field '%0' has unsupported type '%1': %2")),
      unsupported_field_id_(diagnostics.getCustomDiagID(clang::DiagnosticsEngine::Error, "lambdagen: field '%0' %1")),
      unsupported_declaration_id_(diagnostics.getCustomDiagID(clang::DiagnosticsEngine::Error,
                                                              "lambdagen: type '%0' cannot be serialized: %1")),
      duplicate_name_id_(diagnostics.getCustomDiagID(clang::DiagnosticsEngine::Error,
                                                     "lambdagen: '%0' has JSON name \"%1\", already used by '%2'")),
      first_use_id_(diagnostics.getCustomDiagID(clang::DiagnosticsEngine::Note, "lambdagen: '%0' declared here")),
      used_here_id_(diagnostics.getCustomDiagID(clang::DiagnosticsEngine::Note, "lambdagen: '%0' used here")),
      invalid_annotation_id_(diagnostics.getCustomDiagID(clang::DiagnosticsEngine::Error, "lambdagen: %0")) {}

void Reporter::unsupported_type(clang::SourceLocation at, std::string_view field, std::string_view type,
                                std::string_view reason) {
  ++errors_;
  diagnostics_.Report(at, unsupported_type_id_) << ref(field) << ref(type) << ref(reason);
}

void Reporter::unsupported_field(clang::SourceLocation at, std::string_view field, std::string_view problem) {
  ++errors_;
  diagnostics_.Report(at, unsupported_field_id_) << ref(field) << ref(problem);
}

void Reporter::unsupported_declaration(clang::SourceLocation at, std::string_view type, std::string_view reason) {
  ++errors_;
  diagnostics_.Report(at, unsupported_declaration_id_) << ref(type) << ref(reason);
}

void Reporter::duplicate_name(clang::SourceLocation at, std::string_view what, std::string_view name,
                              std::string_view other, clang::SourceLocation other_at) {
  ++errors_;
  diagnostics_.Report(at, duplicate_name_id_) << ref(what) << ref(name) << ref(other);
  diagnostics_.Report(other_at, first_use_id_) << ref(other);
}

void Reporter::used_here(clang::SourceLocation at, std::string_view specialization) {
  diagnostics_.Report(at, used_here_id_) << ref(specialization);
}

void Reporter::invalid_annotation(clang::SourceLocation at, std::string_view problem) {
  ++errors_;
  diagnostics_.Report(at, invalid_annotation_id_) << ref(problem);
}

}  // namespace lambdagen::codegen::scan
