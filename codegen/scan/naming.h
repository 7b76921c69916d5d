#pragma once
/// \file
/// Resolving a type's LAMBDA_JSON_NAMING annotation.

#include "model/naming_policy.h"
#include "scan/annotations.h"
#include "scan/reporter.h"

namespace lambdagen::codegen::scan {

/// The naming policy `annotations` ask for; an unknown policy name is reported and treated as
/// as_declared so the rest of the type is still checked.
model::NamingPolicy naming_policy_of(const Annotations& annotations, Reporter& reporter);

}  // namespace lambdagen::codegen::scan
