#pragma once
// The error documents the runtime sends to /error and /init/error.

#include <lambda/outcome.h>
#include <lambda/protocol/runtime_api.h>

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

namespace lambda::detail {

/// A longer errorType is cut to this many bytes, in headers and documents alike.
inline constexpr std::size_t max_error_type_bytes = 1024;

/// `type` cut to max_error_type_bytes (between UTF-8 characters).
std::string_view bounded_type(std::string_view type);

/// `{"errorMessage":…,"errorType":…,"stackTrace":[]}`, at most `limit` bytes: a longer message
/// is cut (and marked " [truncated]"), the document stays valid JSON. The default is what
/// Lambda takes on /error and /init/error.
std::string error_body(const function_error& error, std::size_t limit = protocol::max_error_body_bytes);

/// The `Lambda-Runtime-Function-XRay-Error-Cause` value, at most protocol::max_xray_error_cause_bytes long
/// (the message is shortened to fit).
std::string xray_error_cause(const function_error& error);

/// The function error for the exception currently being handled (call inside a catch block):
/// errorType is the exception's dynamic type name, errorMessage its what().
function_error current_exception_error();

}  // namespace lambda::detail
