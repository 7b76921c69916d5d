#pragma once
/// \file
/// Reading the `[[clang::annotate("lambda.json...")]]` attributes of a declaration.

#include "scan/reporter.h"

#include <clang/AST/Decl.h>

#include <optional>
#include <string>
#include <vector>

namespace lambdagen::codegen::scan {

/// The lambda.json annotations found on one declaration (see lambda/json/annotate.h).
struct Annotations {
  bool serializable = false;             ///< "lambda.json"
  bool reject_unknown = false;           ///< "lambda.json.reject_unknown"
  bool skip = false;                     ///< "lambda.json.skip"
  bool required = false;                 ///< "lambda.json.required"
  bool write_null = false;               ///< "lambda.json.write_null"
  bool null_as_default = false;          ///< "lambda.json.null_as_default"
  bool extra = false;                    ///< "lambda.json.extra"
  std::optional<std::string> name;       ///< "lambda.json.name", "<key>"
  std::optional<std::string> naming;     ///< "lambda.json.naming", "<policy>"
  std::vector<std::string> aliases;      ///< each "lambda.json.alias", "<key>", in declaration order
  std::optional<std::string> tag;        ///< "lambda.json.tag", "<key>" (on a member)
  std::optional<std::string> tag_value;  ///< "lambda.json.tag_value", "<value>" (on a struct)
  clang::SourceLocation naming_location;
};

/// True when `decl` carries LAMBDA_JSON, without reading (or reporting on) the other annotations.
bool is_serializable(const clang::Decl& decl);

/// True when `decl` carries LAMBDA_JSON_NULL_AS_DEFAULT (for the bases of a record, whose
/// other annotations are read, and reported on, when the base itself is scanned).
bool has_null_as_default(const clang::Decl& decl);

/// True when `decl` carries LAMBDA_JSON_SKIP (for members of other headers' records, whose
/// annotations are reported on when that header is scanned).
bool is_skipped(const clang::Decl& decl);

/// The string argument of `decl`'s `annotation` (e.g. "lambda.json.tag_value"), without reporting
/// on it (for other headers' declarations, reported on when that header is scanned).
std::optional<std::string> annotation_argument(const clang::Decl& decl, llvm::StringRef annotation);
/// Every string argument of `decl`'s repeated `annotation` (e.g. "lambda.json.alias"), in order.
std::vector<std::string> annotation_arguments(const clang::Decl& decl, llvm::StringRef annotation);

/// Reads the lambda.json annotations of `decl`. Unknown "lambda.json.*" annotations and missing
/// or non-string arguments are reported; annotations of other tools are ignored.
Annotations read_annotations(const clang::Decl& decl, Reporter& reporter);

}  // namespace lambdagen::codegen::scan
