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
/// name, each once. A specialization that an included header generates (one its annotated
/// aliases name, or its annotated records use) gets its codec there instead: the generated
/// header includes that header's.
class SpecializationQueue {
 public:
  using ForeignSink = std::function<void(const clang::Decl&)>;

  SpecializationQueue(clang::Sema& sema, const std::vector<const clang::TypedefNameDecl*>& foreign_aliases,
                      const std::vector<const clang::CXXRecordDecl*>& foreign_records, ForeignSink on_foreign);

  /// The TypeClassifier's SpecializationSink: queues `decl` unless it is queued or foreign.
  void use(const clang::ClassTemplateSpecializationDecl& decl, const std::string& spelling, clang::SourceLocation at);

  /// Queues the specialization an annotated alias (or explicit instantiation) `decl` of the main
  /// file names, or reports why it cannot. Returns how generated code spells it, or an empty string.
  std::string request(const clang::NamedDecl& decl, clang::QualType type, ScanContext& context);

  /// Reads every queued specialization, and those their members use in turn, into `types`.
  void read_all(ScanContext& context, std::vector<model::TypeDecl>& types);

 private:
  struct Pending {
    const clang::ClassTemplateSpecializationDecl* decl;
    std::string spelling;
    /// Its first use: where Sema instantiates it, and where a failure to read it points.
    clang::SourceLocation used_at;
  };

  /// Follows the rule this class implements over the members of `record`, a record of another
  /// header, noting each specialization that header's generated header defines.
  void learn_record(const clang::CXXRecordDecl& record, const clang::Decl& owner);
  void learn_type(clang::QualType type, const clang::Decl& owner);
  /// The specializations `spec` uses, in its members and its arguments, are `owner`'s header's too.
  void learn_parts(const clang::ClassTemplateSpecializationDecl& spec, clang::QualType canonical,
                   const clang::Decl& owner);

  clang::Sema& sema_;
  /// The declaration in another header (an alias, or a record using it) whose generated header
  /// defines a specialization's codec, by canonical type.
  std::map<const clang::Type*, const clang::Decl*> foreign_;
  ForeignSink on_foreign_;
  std::set<std::string> queued_;
  std::vector<Pending> pending_;
};

}  // namespace lambdagen::codegen::scan
