#pragma once
// Reading the JSON values of the Lambda-Runtime-Client-Context and Lambda-Runtime-Cognito-Identity
// headers.

#include <lambda/context.h>

#include <string>
#include <string_view>
#include <variant>

namespace lambda::detail {

/// The parsed client context, or a message saying what is wrong with the JSON.
std::variant<ClientContext, std::string> parse_client_context(std::string_view json);

/// The parsed Cognito identity, or a message saying what is wrong with the JSON.
std::variant<CognitoIdentity, std::string> parse_cognito_identity(std::string_view json);

}  // namespace lambda::detail
