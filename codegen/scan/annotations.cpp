#include "scan/annotations.h"

#include <clang/AST/Attr.h>
#include <clang/AST/Expr.h>

namespace lambdagen::codegen::scan {
namespace {

constexpr llvm::StringLiteral prefix = "lambda.json";

/// The string argument of an annotation, looking through the ConstantExpr Sema wraps it in.
std::optional<std::string> string_argument(const clang::AnnotateAttr& attr) {
  if (attr.args_size() != 1) return std::nullopt;
  const clang::Expr* e = *attr.args_begin();
  while (true) {
    e = e->IgnoreParenImpCasts();
    if (const auto* constant = llvm::dyn_cast<clang::ConstantExpr>(e)) {
      e = constant->getSubExpr();
      continue;
    }
    break;
  }
  const auto* literal = llvm::dyn_cast<clang::StringLiteral>(e);
  if (!literal || literal->getCharByteWidth() != 1) return std::nullopt;
  return literal->getString().str();
}

bool has_annotation(const clang::Decl& decl, llvm::StringRef annotation) {
  for (const auto* attr : decl.specific_attrs<clang::AnnotateAttr>())
    if (attr->getAnnotation() == annotation) return true;
  return false;
}

}  // namespace

bool is_serializable(const clang::Decl& decl) { return has_annotation(decl, prefix); }

bool has_null_as_default(const clang::Decl& decl) { return has_annotation(decl, "lambda.json.null_as_default"); }

bool is_skipped(const clang::Decl& decl) { return has_annotation(decl, "lambda.json.skip"); }

std::vector<std::string> annotation_arguments(const clang::Decl& decl, llvm::StringRef annotation) {
  std::vector<std::string> out;
  for (const auto* attr : decl.specific_attrs<clang::AnnotateAttr>())
    if (attr->getAnnotation() == annotation)
      if (std::optional<std::string> argument = string_argument(*attr)) out.push_back(std::move(*argument));
  return out;
}

std::optional<std::string> annotation_argument(const clang::Decl& decl, llvm::StringRef annotation) {
  std::vector<std::string> all = annotation_arguments(decl, annotation);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

Annotations read_annotations(const clang::Decl& decl, Reporter& reporter) {
  Annotations out;
  for (const auto* attr : decl.specific_attrs<clang::AnnotateAttr>()) {
    llvm::StringRef annotation = attr->getAnnotation();
    if (!annotation.startswith(prefix)) continue;
    llvm::StringRef option = annotation.drop_front(prefix.size());
    bool takes_argument =
        option == ".name" || option == ".naming" || option == ".alias" || option == ".tag" || option == ".tag_value";
    if (!takes_argument && attr->args_size() != 0) {
      reporter.invalid_annotation(attr->getLocation(), "annotation '" + annotation.str() + "' takes no argument");
      continue;
    }
    if (option.empty()) {
      out.serializable = true;
    } else if (option == ".reject_unknown") {
      out.reject_unknown = true;
    } else if (option == ".skip") {
      out.skip = true;
    } else if (option == ".required") {
      out.required = true;
    } else if (option == ".write_null") {
      out.write_null = true;
    } else if (option == ".null_as_default") {
      out.null_as_default = true;
    } else if (option == ".extra") {
      out.extra = true;
    } else if (takes_argument) {
      std::optional<std::string> argument = string_argument(*attr);
      if (!argument) {
        reporter.invalid_annotation(attr->getLocation(),
                                    "annotation '" + annotation.str() + "' takes one string literal argument");
        continue;
      }
      if (option == ".name")
        out.name = std::move(argument);
      else if (option == ".alias")
        out.aliases.push_back(std::move(*argument));
      else if (option == ".tag")
        out.tag = std::move(argument);
      else if (option == ".tag_value")
        out.tag_value = std::move(argument);
      else {
        out.naming = std::move(argument);
        out.naming_location = attr->getLocation();
      }
    } else {
      reporter.invalid_annotation(attr->getLocation(), "unknown annotation '" + annotation.str() + "'");
    }
  }
  return out;
}

}  // namespace lambdagen::codegen::scan
