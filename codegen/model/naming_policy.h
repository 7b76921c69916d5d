#pragma once
/// \file
/// How member and enumerator identifiers become JSON keys when no explicit name is given.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambdagen::codegen::model {

/// The per-type LAMBDA_JSON_NAMING policy.
enum class NamingPolicy {
  as_declared,  ///< the identifier itself
  camel_case,   ///< requestId
  pascal_case,  ///< RequestId
  snake_case,   ///< request_id
};

/// The policy named by a LAMBDA_JSON_NAMING argument ("as_declared", "camelCase", "PascalCase",
/// "snake_case"); std::nullopt for anything else.
std::optional<NamingPolicy> parse_naming_policy(std::string_view name);

/// The annotation spelling of a policy, the inverse of parse_naming_policy.
std::string_view naming_policy_name(NamingPolicy policy);

/// Splits an identifier into words at underscores and case changes: "HTTPRequest_id2" becomes
/// {"HTTP", "Request", "id2"}. Digits stay with the word before them; leading, trailing and
/// repeated underscores (`class_`, `_x`) produce no empty words.
std::vector<std::string> split_identifier(std::string_view identifier);

/// Applies `policy` to a C++ identifier. Words are re-cased whole, so acronyms are not kept:
/// camelCase of "URLPath" and of "url_path" are both "urlPath".
std::string apply_naming_policy(NamingPolicy policy, std::string_view identifier);

}  // namespace lambdagen::codegen::model
