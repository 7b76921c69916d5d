#include "scan/record_reader.h"

#include "scan/annotations.h"
#include "scan/naming.h"

#include <clang/AST/Type.h>

#include <string>
#include <vector>

namespace lambdagen::codegen::scan {
namespace {

/// Collects the fields of a record and its bases, checking each as it goes.
/// Whether `a` says how a member's key is read or written (NAME, ALIAS, REQUIRED, WRITE_NULL,
/// NULL_AS_DEFAULT): none of it applies to a member JSON never sees or one that takes every key.
bool has_key_rules(const Annotations& a) {
  return a.name || !a.aliases.empty() || a.required || a.write_null || a.null_as_default;
}

class FieldCollector {
 public:
  /// `owner`: how messages name the record being read (its members' own class names them otherwise).
  FieldCollector(ScanContext& context, model::NamingPolicy naming, const clang::CXXRecordDecl& record,
                 std::string owner)
      : context_(context), naming_(naming), record_(record), owner_(std::move(owner)) {}

  /// `null_as_default`: LAMBDA_JSON_NULL_AS_DEFAULT is on `decl` or on a class derived from it
  /// that is being read, so it holds for every member collected here.
  void collect(const clang::CXXRecordDecl& decl, bool null_as_default) {
    for (const auto& base : decl.bases()) collect_base(decl, base, null_as_default);
    for (const auto* field : decl.fields()) collect_field(*field, null_as_default);
  }

  std::vector<model::Field> take_fields() { return std::move(fields_); }
  std::optional<model::Field> take_extra() { return std::move(extra_); }

 private:
  /// A JSON key some member reads, and where it was given.
  struct TakenKey {
    std::string key;
    std::string display_name;
    clang::SourceLocation location;
  };
  /// A C++ member name, for the check that no member hides another.
  struct Member {
    std::string name;
    std::string display_name;
  };

  void collect_base(const clang::CXXRecordDecl& derived, const clang::CXXBaseSpecifier& base, bool null_as_default) {
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
    const clang::CXXRecordDecl& definition = *record->getDefinition();
    collect(definition, null_as_default || has_null_as_default(definition));
  }

  void collect_field(const clang::FieldDecl& field, bool null_as_default) {
    if (field.isUnnamedBitfield()) return;  // padding, not data
    Annotations annotations = read_annotations(field, context_.reporter);
    std::string display = owner_name(*field.getParent()) + "::" + field.getNameAsString();
    clang::SourceLocation at = field.getLocation();
    if (annotations.skip) {
      if (has_key_rules(annotations) || annotations.extra)
        context_.reporter.unsupported_field(at, display,
                                            "is marked LAMBDA_JSON_SKIP, which JSON never reads or writes: it "
                                            "cannot also have LAMBDA_JSON_NAME, LAMBDA_JSON_ALIAS, "
                                            "LAMBDA_JSON_REQUIRED, LAMBDA_JSON_WRITE_NULL, "
                                            "LAMBDA_JSON_NULL_AS_DEFAULT or LAMBDA_JSON_EXTRA");
      return;
    }
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
    if (annotations.tag_value) {
      context_.reporter.unsupported_field(at, display,
                                          "is marked LAMBDA_JSON_TAG_VALUE, which names a struct as the alternative "
                                          "of a tagged std::variant: put it on the struct");
      return;
    }
    if (annotations.tag && (annotations.tag->empty() || !model::spelled_without_escapes(*annotations.tag))) {
      context_.reporter.unsupported_field(at, display,
                                          "has a LAMBDA_JSON_TAG key that is empty or needs escaping in JSON (a quote, "
                                          "a backslash or a control character)");
      return;
    }
    std::string type_spelling = field.getType().getAsString(context_.ast.getPrintingPolicy());
    Classification classified = annotations.tag
                                    ? context_.classifier.classify_tagged(field.getType(), at, *annotations.tag)
                                    : context_.classifier.classify(field.getType(), at);
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
    out.type = std::move(*classified.type);
    out.position = context_.position(at);
    for (const auto& member : members_) {
      if (member.name == out.name) {
        context_.reporter.unsupported_field(at, display,
                                            "hides the member '" + member.display_name + "' of a base class");
        return;
      }
    }
    members_.push_back({out.name, display});
    if (annotations.extra) {
      collect_extra(annotations, std::move(out), display, at);
      return;
    }
    out.key = annotations.name ? *annotations.name : model::apply_naming_policy(naming_, out.name);
    out.required = annotations.required;
    out.write_null = annotations.write_null;
    out.null_as_default = annotations.null_as_default || null_as_default;
    out.aliases = std::move(annotations.aliases);
    out.value_initialized = !field.hasInClassInitializer();
    if (!take_key(out.key, display, at)) return;
    for (const auto& alias : out.aliases)
      if (!take_key(alias, display, at)) return;
    fields_.push_back(std::move(out));
  }

  /// Checks that `key` is a usable JSON key no other member reads, and records it.
  bool take_key(const std::string& key, const std::string& display, clang::SourceLocation at) {
    if (key.find('\0') != std::string::npos) {
      context_.reporter.unsupported_field(at, display, "has a JSON key containing a NUL character");
      return false;
    }
    for (const auto& taken : taken_) {
      if (taken.key == key) {
        context_.reporter.duplicate_name(at, display, key, taken.display_name, taken.location);
        return false;
      }
    }
    taken_.push_back({key, display, at});
    return true;
  }

  void collect_extra(const Annotations& annotations, model::Field out, const std::string& display,
                     clang::SourceLocation at) {
    if (extra_) {
      context_.reporter.unsupported_field(at, display,
                                          "is marked LAMBDA_JSON_EXTRA, but '" + extra_display_ + "' already is");
      return;
    }
    if (out.type.kind != model::TypeKind::map && out.type.kind != model::TypeKind::unordered_map &&
        out.type.kind != model::TypeKind::flat_map) {
      context_.reporter.unsupported_field(at, display,
                                          "is marked LAMBDA_JSON_EXTRA but is not a std::map, std::unordered_map "
                                          "or lambda::json::flat_map with string keys");
      return;
    }
    if (has_key_rules(annotations)) {
      context_.reporter.unsupported_field(at, display,
                                          "is marked LAMBDA_JSON_EXTRA, which takes no key: it cannot also have "
                                          "LAMBDA_JSON_NAME, LAMBDA_JSON_ALIAS, LAMBDA_JSON_REQUIRED, "
                                          "LAMBDA_JSON_WRITE_NULL or LAMBDA_JSON_NULL_AS_DEFAULT");
      return;
    }
    extra_ = std::move(out);
    extra_display_ = display;
  }

  std::string owner_name(const clang::RecordDecl& parent) const {
    if (&parent == &record_) return owner_;
    return display_name(parent, context_.ast.getPrintingPolicy(), false);
  }

  ScanContext& context_;
  model::NamingPolicy naming_;
  const clang::CXXRecordDecl& record_;
  std::string owner_;
  std::vector<model::Field> fields_;
  std::optional<model::Field> extra_;
  std::string extra_display_;
  std::vector<TakenKey> taken_;
  std::vector<Member> members_;
};

/// Whether a new `decl` may give members values of its own choosing: `decl` or a base has a
/// user-provided default constructor.
bool constructs_members(const clang::CXXRecordDecl& decl) {
  if (decl.hasUserProvidedDefaultConstructor()) return true;
  for (const auto& base : decl.bases()) {
    const auto* record = base.getType()->getAsCXXRecordDecl();
    if (record && record->hasDefinition() && constructs_members(*record->getDefinition())) return true;
  }
  return false;
}

/// The model of the definition `decl`, once the checks that depend on what kind of class it is
/// have passed. `annotated` carries the record's annotations (the template's, for a
/// specialization); `name` is how messages name it, `owner` how they name its members' class.
std::optional<model::Record> read_definition(const clang::CXXRecordDecl& decl, const clang::CXXRecordDecl& annotated,
                                             const std::string& name, std::string owner, std::string qualified_name,
                                             ScanContext& context) {
  unsigned errors_before = context.reporter.errors();
  clang::SourceLocation at = annotated.getLocation();
  Annotations annotations = read_annotations(annotated, context.reporter);
  model::Record record;
  record.qualified_name = std::move(qualified_name);
  record.reject_unknown = annotations.reject_unknown;
  record.naming = naming_policy_of(annotations, context.reporter);
  record.position = context.position(at);
  FieldCollector collector(context, record.naming, decl, std::move(owner));
  collector.collect(decl, annotations.null_as_default);
  record.fields = collector.take_fields();
  record.extra = collector.take_extra();
  if (constructs_members(decl))
    for (auto& field : record.fields) field.value_initialized = false;
  if (annotations.name || !annotations.aliases.empty() || annotations.required || annotations.write_null ||
      annotations.skip || annotations.extra)
    context.reporter.unsupported_declaration(at, name,
                                             "LAMBDA_JSON_NAME, LAMBDA_JSON_ALIAS, LAMBDA_JSON_REQUIRED, "
                                             "LAMBDA_JSON_WRITE_NULL, LAMBDA_JSON_SKIP and LAMBDA_JSON_EXTRA belong on "
                                             "members (a struct's name as a tagged variant's alternative is its "
                                             "LAMBDA_JSON_TAG_VALUE)");
  if (annotations.tag)
    context.reporter.unsupported_declaration(at, name,
                                             "LAMBDA_JSON_TAG belongs on a std::variant member; a struct that is an "
                                             "alternative takes LAMBDA_JSON_TAG_VALUE");
  if (record.extra && record.reject_unknown)
    context.reporter.unsupported_declaration(at, name,
                                             "LAMBDA_JSON_REJECT_UNKNOWN and a LAMBDA_JSON_EXTRA member contradict "
                                             "each other: unknown keys cannot be both errors and kept");
  if (context.reporter.errors() != errors_before) return std::nullopt;
  return record;
}

}  // namespace

std::optional<model::Record> read_record(const clang::CXXRecordDecl& decl, ScanContext& context) {
  std::string name = display_name(decl, context.ast.getPrintingPolicy(), true);
  clang::SourceLocation at = decl.getLocation();
  if (decl.isUnion()) {
    context.reporter.unsupported_declaration(at, name, "unions are not supported; use std::variant");
    return std::nullopt;
  }
  // The primary template is checked by check_class_template; its specializations are read when used.
  if (llvm::isa<clang::ClassTemplatePartialSpecializationDecl>(decl) ||
      llvm::isa<clang::ClassTemplateSpecializationDecl>(decl)) {
    context.reporter.unsupported_declaration(at, name,
                                             "explicit and partial specializations cannot be annotated; annotate "
                                             "the primary class template");
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
  return read_definition(decl, decl, name, decl.getNameAsString(), "::" + name, context);
}

std::optional<model::Record> read_specialization(const clang::ClassTemplateSpecializationDecl& decl,
                                                 const std::string& spelling, ScanContext& context) {
  // Named as generated code spells it, without the leading "::": "shop::Envelope<::shop::Created>".
  std::string name = spelling.substr(2);
  std::string scope = decl.getQualifiedNameAsString();
  scope.resize(scope.size() - decl.getName().size());
  std::string owner = name.substr(scope.size());
  return read_definition(decl, template_pattern(decl), name, owner, spelling, context);
}

}  // namespace lambdagen::codegen::scan
