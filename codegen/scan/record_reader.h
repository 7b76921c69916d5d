#pragma once
/// \file
/// Turning an annotated struct/class into a model::Record.

#include "model/record.h"
#include "scan/scan_context.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>

#include <optional>
#include <string>

namespace lambdagen::codegen::scan {

/// The model of the annotated record `decl`: its public data members and those of its bases
/// (bases first), with keys from LAMBDA_JSON_NAME or the record's naming policy. Every member
/// that cannot be serialized is reported; std::nullopt when anything was.
std::optional<model::Record> read_record(const clang::CXXRecordDecl& decl, ScanContext& context);

/// The model of `decl`, an instantiated specialization of an annotated class template, named
/// `spelling` in generated code: its members as instantiated, under the annotations of the
/// template (its naming policy, REJECT_UNKNOWN, NULL_AS_DEFAULT; members keep their own).
std::optional<model::Record> read_specialization(const clang::ClassTemplateSpecializationDecl& decl,
                                                 const std::string& spelling, ScanContext& context);

}  // namespace lambdagen::codegen::scan
