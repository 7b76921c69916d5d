#pragma once
/// \file
/// Annotated class templates: which of their specializations one header generates codecs for,
/// and the checks on the templates themselves.

#include "model/module.h"
#include "scan/scan_context.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/Sema/Sema.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace lambdagen::codegen::scan {

/// Reports what the generator refuses in the definition of an annotated class template:
/// parameters that are not types (`std::size_t N`, template template parameters) and packs.
void check_class_template(const clang::CXXRecordDecl& pattern, ScanContext& context);

/// The specializations whose codecs one header generates: every specialization of an annotated
/// class template its annotated types use (at any depth), and every one its annotated aliases
/// name, each once. A specialization that an annotated alias of an included header names gets
/// its codec there instead: the generated header includes that header's.
class SpecializationQueue {
 public:
  using ForeignSink = std::function<void(const clang::Decl&)>;

  SpecializationQueue(clang::Sema& sema, const std::vector<const clang::TypedefNameDecl*>& foreign_aliases,
                      ForeignSink on_foreign);

  /// The TypeClassifier's SpecializationSink: queues `decl` unless it is queued or foreign.
  void use(const clang::ClassTemplateSpecializationDecl& decl, const std::string& spelling, clang::SourceLocation at);

  /// Queues the specialization an annotated alias (or explicit instantiation) `decl` of the main
  /// file names, or reports why it cannot.
  void request(const clang::NamedDecl& decl, clang::QualType type, ScanContext& context);

  /// Reads every queued specialization, and those their members use in turn, into `types`.
  void read_all(ScanContext& context, std::vector<model::TypeDecl>& types);

 private:
  struct Pending {
    const clang::ClassTemplateSpecializationDecl* decl;
    std::string spelling;
    /// Its first use: where Sema instantiates it, and where a failure to read it points.
    clang::SourceLocation used_at;
  };

  clang::Sema& sema_;
  std::map<const clang::Type*, const clang::TypedefNameDecl*> foreign_aliases_;
  ForeignSink on_foreign_;
  std::set<std::string> queued_;
  std::vector<Pending> pending_;
};

}  // namespace lambdagen::codegen::scan
