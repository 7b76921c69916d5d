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
                                         ForeignSink on_foreign)
    : sema_(sema), on_foreign_(std::move(on_foreign)) {
  for (const auto* alias : foreign_aliases)
    foreign_aliases_.emplace(alias->getUnderlyingType().getCanonicalType().getTypePtr(), alias);
}

void SpecializationQueue::use(const clang::ClassTemplateSpecializationDecl& decl, const std::string& spelling,
                              clang::SourceLocation at) {
  clang::QualType type = sema_.getASTContext().getTypeDeclType(&decl).getCanonicalType();
  if (auto it = foreign_aliases_.find(type.getTypePtr()); it != foreign_aliases_.end()) {
    on_foreign_(*it->second);
    return;
  }
  if (queued_.insert(spelling).second) pending_.push_back({&decl, spelling, at});
}

void SpecializationQueue::request(const clang::NamedDecl& decl, clang::QualType type, ScanContext& context) {
  std::string name = decl.getQualifiedNameAsString();
  const auto* record = type.getCanonicalType()->getAsCXXRecordDecl();
  const auto* spec = llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(record);
  if (!spec || !is_serializable(template_pattern(*spec))) {
    context.reporter.unsupported_declaration(
        decl.getLocation(), name,
        "an annotated alias must name a specialization of a LAMBDA_JSON class template "
        "(`using Name LAMBDA_JSON = Template<Args>;`); annotate other types where they are defined");
    return;
  }
  Classification classified = context.classifier.classify(type, decl.getLocation());
  if (!classified.type) context.reporter.unsupported_declaration(decl.getLocation(), name, classified.reason);
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
