#pragma once
// The error documents the runtime sends to /error and /init/error.

#include <lambda/outcome.h>

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

namespace lambda::detail {

/// The content type Lambda expects on /error and /init/error.
inline constexpr std::string_view error_content_type = "application/vnd.aws.lambda.error+json";

/// RAPID crops the X-Ray error cause to 64 KiB; we stay within it rather than be cropped mid-JSON.
inline constexpr std::size_t max_xray_error_cause_bytes = 64 * 1024;

/// `{"errorMessage":…,"errorType":…,"stackTrace":[]}`.
std::string error_body(const function_error& error);

/// The `Lambda-Runtime-Function-XRay-Error-Cause` value, at most max_xray_error_cause_bytes long
/// (the message is shortened to fit).
std::string xray_error_cause(const function_error& error);

/// `value` with control characters replaced by spaces, so it can travel as an HTTP header value.
std::string header_value(std::string_view value);

/// The function error for the exception currently being handled (call inside a catch block):
/// errorType is the exception's dynamic type name, errorMessage its what().
function_error current_exception_error();

} // namespace lambda::detail
