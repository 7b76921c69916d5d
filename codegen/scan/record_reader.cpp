#include "scan/record_reader.h"

#include "scan/annotations.h"
#include "scan/naming.h"

#include <clang/AST/Type.h>

#include <string>
#include <vector>

namespace lambdagen::codegen::scan {
namespace {

/// Collects the fields of a record and its bases, checking each as it goes.
class FieldCollector {
 public:
  FieldCollector(ScanContext& context, model::NamingPolicy naming) : context_(context), naming_(naming) {}

  void collect(const clang::CXXRecordDecl& decl) {
    for (const auto& base : decl.bases()) collect_base(decl, base);
    for (const auto* field : decl.fields()) collect_field(*field);
  }

  std::vector<model::Field> take() { return std::move(fields_); }

 private:
  struct Seen {
    std::string display_name;
    clang::SourceLocation location;
  };

  void collect_base(const clang::CXXRecordDecl& derived, const clang::CXXBaseSpecifier& base) {
    std::string base_name = base.getType().getAsString(context_.ast.getPrintingPolicy());
    if (base.getAccessSpecifier() != clang::AS_public) {
      context_.reporter.unsupported_declaration(base.getBaseTypeLoc(), derived.getQualifiedNameAsString(),
                                                "base class '" + base_name + "' is not public");
      return;
    }
    const auto* record = base.getType()->getAsCXXRecordDecl();
    if (!record || !record->hasDefinition()) {
      context_.reporter.unsupported_declaration(base.getBaseTypeLoc(), derived.getQualifiedNameAsString(),
                                                "base class '" + base_name + "' is not a complete class");
      return;
    }
    collect(*record->getDefinition());
  }

  void collect_field(const clang::FieldDecl& field) {
    if (field.isUnnamedBitfield()) return;  // padding, not data
    Annotations annotations = read_annotations(field, context_.reporter);
    if (annotations.skip) return;
    std::string display = field.getParent()->getNameAsString() + "::" + field.getNameAsString();
    clang::SourceLocation at = field.getLocation();
    if (field.isAnonymousStructOrUnion()) {
      context_.reporter.unsupported_field(at, display, "is an anonymous struct or union, which is not supported");
      return;
    }
    if (field.getAccess() != clang::AS_public) {
      context_.reporter.unsupported_field(at, display, "is not public; make it public or mark it LAMBDA_JSON_SKIP");
      return;
    }
    if (field.isBitField()) {
      context_.reporter.unsupported_field(at, display, "is a bit-field, which is not supported");
      return;
    }
    std::string type_spelling = field.getType().getAsString(context_.ast.getPrintingPolicy());
    Classification classified = context_.classifier.classify(field.getType());
    if (!classified.type) {
      context_.reporter.unsupported_type(at, display, type_spelling, classified.reason);
      return;
    }
    if (annotations.write_null && classified.type->kind != model::TypeKind::optional) {
      context_.reporter.unsupported_field(at, display, "is marked LAMBDA_JSON_WRITE_NULL but is not a std::optional");
      return;
    }
    model::Field out;
    out.name = field.getNameAsString();
    out.key = annotations.name ? *annotations.name : model::apply_naming_policy(naming_, out.name);
    out.type = std::move(*classified.type);
    out.required = annotations.required;
    out.write_null = annotations.write_null;
    out.position = context_.position(at);
    if (out.key.find('\0') != std::string::npos) {
      context_.reporter.unsupported_field(at, display, "has a JSON key containing a NUL character");
      return;
    }
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (fields_[i].name == out.name) {
        context_.reporter.unsupported_field(at, display,
                                            "hides the member '" + seen_[i].display_name + "' of a base class");
        return;
      }
      if (fields_[i].key == out.key) {
        context_.reporter.duplicate_name(at, display, out.key, seen_[i].display_name, seen_[i].location);
        return;
      }
    }
    fields_.push_back(std::move(out));
    seen_.push_back({std::move(display), at});
  }

  ScanContext& context_;
  model::NamingPolicy naming_;
  std::vector<model::Field> fields_;
  std::vector<Seen> seen_;  // parallel to fields_
};

}  // namespace

std::optional<model::Record> read_record(const clang::CXXRecordDecl& decl, ScanContext& context) {
  unsigned errors_before = context.reporter.errors();
  std::string name = decl.getQualifiedNameAsString();
  clang::SourceLocation at = decl.getLocation();
  Annotations annotations = read_annotations(decl, context.reporter);
  if (decl.isUnion()) {
    context.reporter.unsupported_declaration(at, name, "unions are not supported; use std::variant");
    return std::nullopt;
  }
  if (decl.getDescribedClassTemplate() || llvm::isa<clang::ClassTemplatePartialSpecializationDecl>(decl) ||
      llvm::isa<clang::ClassTemplateSpecializationDecl>(decl)) {
    context.reporter.unsupported_declaration(at, name, "class templates are not supported");
    return std::nullopt;
  }
  if (!decl.getIdentifier()) {
    context.reporter.unsupported_declaration(at, "(unnamed)", "unnamed types cannot be named by generated code");
    return std::nullopt;
  }
  if (decl.isInAnonymousNamespace() || decl.getParentFunctionOrMethod()) {
    context.reporter.unsupported_declaration(at, name,
                                             "types in anonymous namespaces or functions cannot be named by "
                                             "generated code");
    return std::nullopt;
  }
  model::Record record;
  record.qualified_name = "::" + name;
  record.reject_unknown = annotations.reject_unknown;
  record.naming = naming_policy_of(annotations, context.reporter);
  record.position = context.position(at);
  FieldCollector collector(context, record.naming);
  collector.collect(decl);
  record.fields = collector.take();
  if (context.reporter.errors() != errors_before) return std::nullopt;
  return record;
}

}  // namespace lambdagen::codegen::scan
