#include "scan/annotated_type_finder.h"

#include "scan/annotations.h"

#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>

namespace lambdagen::codegen::scan {
namespace {

class Finder : public clang::RecursiveASTVisitor<Finder> {
 public:
  explicit Finder(const clang::SourceManager& sm) : sm_(sm) {}

  bool VisitTagDecl(clang::TagDecl* decl) {
    if (!decl->isThisDeclarationADefinition() || !is_serializable(*decl)) return true;
    if (in_main_file(*decl)) {
      found.types.push_back(decl);
    } else if (const auto* record = llvm::dyn_cast<clang::CXXRecordDecl>(decl);
               record && !record->getDescribedClassTemplate() &&
               !llvm::isa<clang::ClassTemplateSpecializationDecl>(record)) {
      found.foreign_records.push_back(record);
    }
    return true;
  }

  bool VisitTypedefNameDecl(clang::TypedefNameDecl* decl) {
    if (is_serializable(*decl)) (in_main_file(*decl) ? found.aliases : found.foreign_aliases).push_back(decl);
    return true;
  }

  AnnotatedDecls found;

 private:
  bool in_main_file(const clang::Decl& decl) const { return sm_.isInMainFile(sm_.getExpansionLoc(decl.getLocation())); }

  const clang::SourceManager& sm_;
};

}  // namespace

AnnotatedDecls find_annotated_decls(clang::ASTContext& context) {
  Finder finder(context.getSourceManager());
  finder.TraverseDecl(context.getTranslationUnitDecl());
  return std::move(finder.found);
}

}  // namespace lambdagen::codegen::scan
