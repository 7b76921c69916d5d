#pragma once
/// \file
/// TypeClassifier: maps the clang type of a member to a model::TypeRef, or says why it cannot.

#include "model/type_ref.h"

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

  TypeClassifier(clang::ASTContext& context, ForeignTypeSink on_foreign_type);

  /// The model of a member of type `type`, or why it is not supported.
  Classification classify(clang::QualType type);

 private:
  Classification classify_value(clang::QualType type, bool variant_alternative);
  Classification classify_builtin(const clang::BuiltinType& type);
  Classification classify_tag(const clang::TagDecl& decl, bool is_enum);
  Classification classify_specialization(const clang::ClassTemplateSpecializationDecl& decl);
  Classification classify_time_point(const clang::TemplateArgumentList& args);
  std::optional<std::string> duration_spelling(clang::QualType duration);

  clang::ASTContext& context_;
  ForeignTypeSink on_foreign_type_;
};

}  // namespace lambdagen::codegen::scan
