#pragma once
/// \file
/// Finding the annotated records, enums and aliases of a translation unit.

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>

#include <vector>

namespace lambdagen::codegen::scan {

/// The declarations carrying LAMBDA_JSON that one scan reads or needs to know of.
struct AnnotatedDecls {
  /// Definitions in the main file, in declaration order (an enclosing class before the classes
  /// nested in it). Types from included headers are left to the generator run over their own header.
  std::vector<const clang::TagDecl*> types;
  /// Aliases in the main file (`using Name LAMBDA_JSON = Template<Args>;`): the specializations
  /// they name get their codecs from this header.
  std::vector<const clang::TypedefNameDecl*> aliases;
  /// Aliases in included headers: the specializations they name get their codecs there.
  std::vector<const clang::TypedefNameDecl*> foreign_aliases;
  /// Records (not templates) in included headers: the specializations they use get their codecs there.
  std::vector<const clang::CXXRecordDecl*> foreign_records;
};

AnnotatedDecls find_annotated_decls(clang::ASTContext& context);

}  // namespace lambdagen::codegen::scan
