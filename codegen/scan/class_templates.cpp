#include "scan/class_templates.h"

#include "scan/annotations.h"
#include "scan/record_reader.h"

namespace lambdagen::codegen::scan {

void check_class_template(const clang::CXXRecordDecl& pattern, ScanContext& context) {
  const clang::ClassTemplateDecl* tmpl = pattern.getDescribedClassTemplate();
  std::string name = pattern.getQualifiedNameAsString();
  for (const clang::NamedDecl* parameter : *tmpl->getTemplateParameters()) {
    std::string spelled = parameter->getName().empty() ? "(unnamed)" : parameter->getNameAsString();
    if (parameter->isTemplateParameterPack()) {
      context.reporter.unsupported_declaration(
          parameter->getLocation(), name,
          "template parameter pack '" + spelled + "' is not supported; only type parameters are");
    } else if (!llvm::isa<clang::TemplateTypeParmDecl>(parameter)) {
      context.reporter.unsupported_declaration(
          parameter->getLocation(), name,
          "template parameter '" + spelled + "' is not a type; only type parameters are supported");
    }
  }
}

SpecializationQueue::SpecializationQueue(clang::Sema& sema,
                                         const std::vector<const clang::TypedefNameDecl*>& foreign_aliases,
                                         const std::vector<const clang::CXXRecordDecl*>& foreign_records,
                                         ForeignSink on_foreign)
    : sema_(sema), on_foreign_(std::move(on_foreign)) {
  // Aliases first: a specialization an alias names is its header's even when another header's
  // records use it.
  for (const auto* alias : foreign_aliases)
    foreign_.emplace(alias->getUnderlyingType().getCanonicalType().getTypePtr(), alias);
  // So are the specializations an alias's specialization uses: its header generates them too.
  for (const auto* alias : foreign_aliases) {
    clang::QualType canonical = alias->getUnderlyingType().getCanonicalType();
    if (const auto* spec =
            llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(canonical->getAsCXXRecordDecl()))
      learn_parts(*spec, canonical, *alias);
  }
  for (const auto* record : foreign_records) learn_record(*record, *record);
}

void SpecializationQueue::learn_record(const clang::CXXRecordDecl& record, const clang::Decl& owner) {
  for (const auto& base : record.bases())
    if (const auto* definition = base.getType()->getAsCXXRecordDecl(); definition && definition->hasDefinition())
      learn_record(*definition->getDefinition(), owner);
  for (const auto* field : record.fields())
    if (!is_skipped(*field)) learn_type(field->getType(), owner);
}

void SpecializationQueue::learn_type(clang::QualType type, const clang::Decl& owner) {
  clang::QualType canonical = type.getCanonicalType();
  const auto* spec = llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(canonical->getAsCXXRecordDecl());
  if (!spec) return;
  if (!is_library_specialization(*spec)) {
    // As the classifier does: an annotated template's specialization, its members and its arguments.
    if (!is_serializable(template_pattern(*spec))) return;
    if (!foreign_.emplace(canonical.getTypePtr(), &owner).second) return;
  }
  learn_parts(*spec, canonical, owner);
}

void SpecializationQueue::learn_parts(const clang::ClassTemplateSpecializationDecl& spec, clang::QualType canonical,
                                      const clang::Decl& owner) {
  if (!is_library_specialization(spec) && sema_.isCompleteType(owner.getLocation(), canonical) && spec.hasDefinition())
    learn_record(*spec.getDefinition(), owner);
  for (const auto& arg : spec.getTemplateArgs().asArray()) {
    if (arg.getKind() == clang::TemplateArgument::Type) learn_type(arg.getAsType(), owner);
    if (arg.getKind() == clang::TemplateArgument::Pack)
      for (const auto& element : arg.pack_elements())
        if (element.getKind() == clang::TemplateArgument::Type) learn_type(element.getAsType(), owner);
  }
}

void SpecializationQueue::use(const clang::ClassTemplateSpecializationDecl& decl, const std::string& spelling,
                              clang::SourceLocation at) {
  clang::QualType type = sema_.getASTContext().getTypeDeclType(&decl).getCanonicalType();
  if (auto it = foreign_.find(type.getTypePtr()); it != foreign_.end()) {
    on_foreign_(*it->second);
    return;
  }
  if (queued_.insert(spelling).second) pending_.push_back({&decl, spelling, at});
}

std::string SpecializationQueue::request(const clang::NamedDecl& decl, clang::QualType type, ScanContext& context) {
  std::string name = decl.getQualifiedNameAsString();
  const auto* record = type.getCanonicalType()->getAsCXXRecordDecl();
  const auto* spec = llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(record);
  if (!spec || !is_serializable(template_pattern(*spec))) {
    context.reporter.unsupported_declaration(
        decl.getLocation(), name,
        "an annotated alias must name a specialization of a LAMBDA_JSON class template "
        "(`using Name LAMBDA_JSON = Template<Args>;`); annotate other types where they are defined");
    return {};
  }
  Classification classified = context.classifier.classify(type, decl.getLocation());
  if (!classified.type) {
    context.reporter.unsupported_declaration(decl.getLocation(), name, classified.reason);
    return {};
  }
  return classified.type->spelling;
}

void SpecializationQueue::read_all(ScanContext& context, std::vector<model::TypeDecl>& types) {
  // Reading a specialization may queue more (its members' own specializations).
  for (std::size_t i = 0; i < pending_.size(); ++i) {
    Pending next = pending_[i];
    const clang::ClassTemplateSpecializationDecl& decl = *next.decl;
    // A specialization only named (in an alias, or as a std::vector element) is not yet
    // instantiated: its members exist once Sema completes it.
    clang::QualType type = sema_.getASTContext().getTypeDeclType(&decl);
    if (!sema_.isCompleteType(next.used_at, type) || !decl.hasDefinition()) {
      context.reporter.unsupported_declaration(
          next.used_at, next.spelling.substr(2),
          template_pattern(decl).hasDefinition()
              ? "the class template cannot be instantiated with these arguments"
              : "the class template is only declared, not defined, where this header uses it; include its definition");
      continue;
    }
    const auto& definition = llvm::cast<clang::ClassTemplateSpecializationDecl>(*decl.getDefinition());
    if (auto model = read_specialization(definition, next.spelling, context))
      types.emplace_back(std::move(*model));
    else
      context.reporter.used_here(next.used_at, next.spelling.substr(2));
  }
}

}  // namespace lambdagen::codegen::scan
