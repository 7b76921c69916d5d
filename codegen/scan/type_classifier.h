#pragma once
/// \file
/// TypeClassifier: maps the clang type of a member to a model::TypeRef, or says why it cannot.

#include "model/type_ref.h"
#include "scan/user_codecs.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclTemplate.h>

#include <functional>
#include <optional>
#include <string>

namespace lambdagen::codegen::scan {

/// A classified type, or the reason it is not supported.
struct Classification {
  std::optional<model::TypeRef> type;
  std::string reason;
};

/// Classifies member types through their canonical types, so typedefs and alias templates
/// resolve; standard and library types are recognized by the qualified name of their
/// (template) declaration.
class TypeClassifier {
 public:
  /// Called for each annotated record or enum declared outside the main file that a
  /// classified type uses, so its generated header can be included.
  using ForeignTypeSink = std::function<void(const clang::Decl&)>;
  /// Called for each specialization of an annotated class template that a classified type
  /// uses, with how generated code spells it, so its codec can be generated or included.
  /// `use`: the member or alias whose type named it, for Sema's point of instantiation and notes.
  using SpecializationSink =
      std::function<void(const clang::ClassTemplateSpecializationDecl&, const std::string&, clang::SourceLocation use)>;

  TypeClassifier(clang::ASTContext& context, UserCodecs& user_codecs, ForeignTypeSink on_foreign_type,
                 SpecializationSink on_specialization);

  /// The model of a member of type `type`, declared at `use`, or why it is not supported.
  Classification classify(clang::QualType type, clang::SourceLocation use);
  /// The model of a member marked LAMBDA_JSON_TAG(`key`): a std::variant of annotated records
  /// (or a std::optional or std::vector of one) that the key inside the object chooses from.
  Classification classify_tagged(clang::QualType type, clang::SourceLocation use, const std::string& key);

 private:
  /// A type the library or the generator knows, else one the user wrote a codec for.
  Classification classify_value(clang::QualType type, bool variant_alternative);
  Classification classify_known(clang::QualType type, bool variant_alternative);
  Classification classify_tagged_variant(const clang::ClassTemplateSpecializationDecl& variant, const std::string& key);
  Classification classify_builtin(const clang::BuiltinType& type);
  Classification classify_tag(const clang::TagDecl& decl, bool is_enum);
  Classification classify_specialization(const clang::ClassTemplateSpecializationDecl& decl);
  Classification classify_annotated_specialization(const clang::ClassTemplateSpecializationDecl& decl);
  Classification classify_time_point(const clang::TemplateArgumentList& args);
  std::optional<std::string> duration_spelling(clang::QualType duration);

  clang::ASTContext& context_;
  UserCodecs& user_codecs_;
  ForeignTypeSink on_foreign_type_;
  SpecializationSink on_specialization_;
  clang::SourceLocation use_;
};

/// The definition of the class template `decl` specializes, which carries the template's
/// annotations (a specialization's own attributes exist only once it is instantiated).
const clang::CXXRecordDecl& template_pattern(const clang::ClassTemplateSpecializationDecl& decl);

/// True for the specializations the classifier reads as library types (std::…,
/// lambda::json::flat_map), not as specializations of annotated class templates.
bool is_library_specialization(const clang::ClassTemplateSpecializationDecl& decl);

/// `decl` as diagnostics name it, template arguments included: "shop::Envelope<shop::Created>".
std::string display_name(const clang::NamedDecl& decl, const clang::PrintingPolicy& policy, bool qualified);

}  // namespace lambdagen::codegen::scan
