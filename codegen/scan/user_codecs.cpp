#include "scan/user_codecs.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/QualTypeNames.h>
#include <clang/Sema/Lookup.h>

namespace lambdagen::codegen::scan {
namespace {

/// The declaration named `name` in the namespace or class `scope`, if there is exactly one kind of it.
template <class Decl>
Decl* lookup_in(clang::DeclContext& scope, clang::ASTContext& ast, llvm::StringRef name) {
  for (clang::NamedDecl* found : scope.lookup(&ast.Idents.get(name)))
    if (auto* decl = llvm::dyn_cast<Decl>(found)) return decl;
  return nullptr;
}

}  // namespace

clang::ClassTemplateDecl* UserCodecs::codec_template() {
  if (looked_up_) return codec_;
  looked_up_ = true;
  clang::ASTContext& ast = sema_.getASTContext();
  auto* lambda = lookup_in<clang::NamespaceDecl>(*ast.getTranslationUnitDecl(), ast, "lambda");
  auto* json = lambda ? lookup_in<clang::NamespaceDecl>(*lambda, ast, "json") : nullptr;
  codec_ = json ? lookup_in<clang::ClassTemplateDecl>(*json, ast, "codec") : nullptr;
  return codec_;
}

bool UserCodecs::sees_container_codecs() {
  if (!codec_template()) return false;
  clang::ASTContext& ast = sema_.getASTContext();
  auto* json = llvm::dyn_cast<clang::NamespaceDecl>(codec_->getDeclContext());
  auto* detail = json ? lookup_in<clang::NamespaceDecl>(*json, ast, "detail") : nullptr;
  return detail && lookup_in<clang::ConceptDecl>(*detail, ast, "growable_sequence");
}

std::optional<UserCodec> UserCodecs::find(clang::QualType type, clang::SourceLocation use) {
  clang::ClassTemplateDecl* codec = codec_template();
  if (!codec) return std::nullopt;
  clang::ASTContext& ast = sema_.getASTContext();
  clang::TemplateArgumentListInfo arguments(use, use);
  arguments.addArgument(
      clang::TemplateArgumentLoc(clang::TemplateArgument(type), ast.getTrivialTypeSourceInfo(type, use)));
  clang::QualType specialization = sema_.CheckTemplateIdType(clang::TemplateName(codec), use, arguments);
  // The primary template is only declared: a type without a codec of its own stays incomplete.
  if (specialization.isNull() || !sema_.isCompleteType(use, specialization)) return std::nullopt;
  const clang::CXXRecordDecl* record = specialization->getAsCXXRecordDecl();
  if (!record || !record->hasDefinition()) return std::nullopt;
  std::string spelling = clang::TypeName::getFullyQualifiedName(type.getCanonicalType(), ast, ast.getPrintingPolicy(),
                                                                /*WithGlobalNsPrefix=*/true);
  // Clang spells `Id< ::ns::Tag>` for the digraph rule C++11 retired.
  for (std::size_t at; (at = spelling.find("< ::")) != std::string::npos;) spelling.erase(at + 1, 1);
  std::optional<model::JsonKinds> kinds = accepts(*record->getDefinition(), use);
  if (!kinds)
    return UserCodec{std::nullopt,
                     "its lambda::json::codec has no `static constexpr lambda::json::kinds accepts` that "
                     "the generator can evaluate",
                     {}};
  if (*kinds == model::JsonKinds::none)
    return UserCodec{std::nullopt, "its lambda::json::codec accepts no JSON kind (`accepts` is kinds::none)", {}};
  UserCodec found{model::custom_type(std::move(spelling), *kinds), {}, {}};
  const clang::CXXRecordDecl& definition = *record->getDefinition();
  for (llvm::StringRef held : {"element_type", "key_type", "mapped_type"})
    if (std::optional<clang::QualType> type = member_type(definition, held, use)) found.holds.push_back(*type);
  return found;
}

std::optional<clang::QualType> UserCodecs::member_type(const clang::CXXRecordDecl& codec, llvm::StringRef name,
                                                       clang::SourceLocation use) {
  clang::LookupResult found(sema_, clang::DeclarationName(&sema_.getASTContext().Idents.get(name)), use,
                            clang::Sema::LookupMemberName);
  if (!sema_.LookupQualifiedName(found, const_cast<clang::CXXRecordDecl*>(&codec)) || !found.isSingleResult())
    return std::nullopt;
  if (const auto* alias = llvm::dyn_cast<clang::TypedefNameDecl>(found.getFoundDecl()))
    return alias->getUnderlyingType().getCanonicalType();
  return std::nullopt;
}

std::optional<model::JsonKinds> UserCodecs::accepts(const clang::CXXRecordDecl& codec, clang::SourceLocation use) {
  clang::ASTContext& ast = sema_.getASTContext();
  clang::LookupResult found(sema_, clang::DeclarationName(&ast.Idents.get("accepts")), use,
                            clang::Sema::LookupMemberName);
  if (!sema_.LookupQualifiedName(found, const_cast<clang::CXXRecordDecl*>(&codec)) || !found.isSingleResult())
    return std::nullopt;
  auto* var = llvm::dyn_cast<clang::VarDecl>(found.getFoundDecl());
  if (!var || !var->isStaticDataMember() || !var->isConstexpr()) return std::nullopt;
  // A member of an instantiated template (a codec derived from string_codec) gets its
  // initializer when something uses it.
  if (!var->getAnyInitializer() && var->getInstantiatedFromStaticDataMember())
    sema_.InstantiateVariableDefinition(use, var);
  const clang::APValue* value = var->evaluateValue();
  if (!value || !value->isInt()) return std::nullopt;
  return static_cast<model::JsonKinds>(value->getInt().getZExtValue() & static_cast<unsigned>(model::JsonKinds::any));
}

}  // namespace lambdagen::codegen::scan
