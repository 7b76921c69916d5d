#pragma once
/// \file
/// Reading the `[[clang::annotate("lambda.json...")]]` attributes of a declaration.

#include "scan/reporter.h"

#include <clang/AST/Decl.h>

#include <optional>
#include <string>

namespace lambdagen::codegen::scan {

/// The lambda.json annotations found on one declaration (see lambda/json/annotate.h).
struct Annotations {
  bool serializable = false;          ///< "lambda.json"
  bool reject_unknown = false;        ///< "lambda.json.reject_unknown"
  bool skip = false;                  ///< "lambda.json.skip"
  bool required = false;              ///< "lambda.json.required"
  bool write_null = false;            ///< "lambda.json.write_null"
  std::optional<std::string> name;    ///< "lambda.json.name", "<key>"
  std::optional<std::string> naming;  ///< "lambda.json.naming", "<policy>"
  clang::SourceLocation naming_location;
};

/// True when `decl` carries LAMBDA_JSON, without reading (or reporting on) the other annotations.
bool is_serializable(const clang::Decl& decl);

/// Reads the lambda.json annotations of `decl`. Unknown "lambda.json.*" annotations and missing
/// or non-string arguments are reported; annotations of other tools are ignored.
Annotations read_annotations(const clang::Decl& decl, Reporter& reporter);

}  // namespace lambdagen::codegen::scan
