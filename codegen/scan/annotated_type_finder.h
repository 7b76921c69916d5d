#pragma once
/// \file
/// Finding the annotated records and enums that the input header itself defines.

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>

#include <vector>

namespace lambdagen::codegen::scan {

/// The definitions carrying LAMBDA_JSON in the main file of `context`, in declaration order
/// (an enclosing class before the classes nested in it). Types from included headers are left
/// to the generator run over their own header.
std::vector<const clang::TagDecl*> find_annotated_types(clang::ASTContext& context);

}  // namespace lambdagen::codegen::scan
