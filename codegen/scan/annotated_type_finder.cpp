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
    if (decl->isThisDeclarationADefinition() && is_serializable(*decl) &&
        sm_.isInMainFile(sm_.getExpansionLoc(decl->getLocation())))
      found.push_back(decl);
    return true;
  }

  std::vector<const clang::TagDecl*> found;

 private:
  const clang::SourceManager& sm_;
};

}  // namespace

std::vector<const clang::TagDecl*> find_annotated_types(clang::ASTContext& context) {
  Finder finder(context.getSourceManager());
  finder.TraverseDecl(context.getTranslationUnitDecl());
  return std::move(finder.found);
}

}  // namespace lambdagen::codegen::scan
