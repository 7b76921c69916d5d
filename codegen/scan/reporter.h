#pragma once
/// \file
/// Reporter: the scanner's own diagnostics, issued through clang's DiagnosticsEngine so they
/// print like compiler errors at the user's file:line:col and fail the run.

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/SourceLocation.h>

#include <string_view>

namespace lambdagen::codegen::scan {

/// Reports why an annotated type cannot be generated. Every message starts with "lambdagen:".
class Reporter {
 public:
  explicit Reporter(clang::DiagnosticsEngine& diagnostics);

  /// "field 'Order::total' has unsupported type 'long double': <reason>".
  void unsupported_type(clang::SourceLocation at, std::string_view field, std::string_view type,
                        std::string_view reason);
  /// "field 'Order::secret' <problem>" for members that are not types' fault: access, bit-fields…
  void unsupported_field(clang::SourceLocation at, std::string_view field, std::string_view problem);
  /// "type 'shop::Order' cannot be serialized: <reason>".
  void unsupported_declaration(clang::SourceLocation at, std::string_view type, std::string_view reason);
  /// "'<what>' has JSON name \"<name>\", already used by '<other>'", with a note at the first use.
  void duplicate_name(clang::SourceLocation at, std::string_view what, std::string_view name, std::string_view other,
                      clang::SourceLocation other_at);
  /// A note after the errors in a class template's members: "'shop::Envelope<int>' used here".
  void used_here(clang::SourceLocation at, std::string_view specialization);
  /// A malformed or unknown lambda.json annotation.
  void invalid_annotation(clang::SourceLocation at, std::string_view problem);

  /// The number of errors reported through this reporter.
  unsigned errors() const noexcept { return errors_; }

 private:
  clang::DiagnosticsEngine& diagnostics_;
  unsigned errors_ = 0;
  unsigned unsupported_type_id_;
  unsigned unsupported_field_id_;
  unsigned unsupported_declaration_id_;
  unsigned duplicate_name_id_;
  unsigned first_use_id_;
  unsigned used_here_id_;
  unsigned invalid_annotation_id_;
};

}  // namespace lambdagen::codegen::scan
