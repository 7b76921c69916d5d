#pragma once
// The Lambda Runtime API as the runtime, the emulator and the test fakes speak it: paths, header
// names, limits and error types, spelled once. Sources: ../shared/runtime-api.md (AWS docs, the
// OpenAPI spec 1.0.3, RAPID's and RIE's behaviour).

#include <chrono>
#include <cstddef>
#include <string_view>

namespace lambda::protocol {

// ---- paths ----

/// The Runtime API's mount point (`/2018-06-01`) and the Extensions API's (`/2020-01-01`).
inline constexpr std::string_view runtime_api_prefix = "/2018-06-01";
inline constexpr std::string_view extensions_api_prefix = "/2020-01-01";

inline constexpr std::string_view next_invocation_path = "/2018-06-01/runtime/invocation/next";
inline constexpr std::string_view init_error_path = "/2018-06-01/runtime/init/error";
/// `/2018-06-01/runtime/invocation/{id}/response` and `/error` are built from this prefix, the
/// request id (percent-encoded, see request_path_segment) and one of the suffixes.
inline constexpr std::string_view invocation_path_prefix = "/2018-06-01/runtime/invocation/";
inline constexpr std::string_view response_path_suffix = "/response";
inline constexpr std::string_view error_path_suffix = "/error";

inline constexpr std::string_view extension_register_path = "/2020-01-01/extension/register";
inline constexpr std::string_view extension_event_next_path = "/2020-01-01/extension/event/next";

// ---- headers of a /next reply ----

inline constexpr std::string_view request_id_header = "Lambda-Runtime-Aws-Request-Id";
inline constexpr std::string_view deadline_header = "Lambda-Runtime-Deadline-Ms";
inline constexpr std::string_view function_arn_header = "Lambda-Runtime-Invoked-Function-Arn";
inline constexpr std::string_view trace_id_header = "Lambda-Runtime-Trace-Id";
inline constexpr std::string_view client_context_header = "Lambda-Runtime-Client-Context";
inline constexpr std::string_view cognito_identity_header = "Lambda-Runtime-Cognito-Identity";
inline constexpr std::string_view tenant_id_header = "Lambda-Runtime-Aws-Tenant-Id";
/// Per-invoke nonce (July 2026); echoed on /response and /error under the same name.
inline constexpr std::string_view invocation_id_header = "Lambda-Runtime-Invocation-Id";

// ---- headers and trailers the runtime sends ----

inline constexpr std::string_view error_type_header = "Lambda-Runtime-Function-Error-Type";
/// Trailer of a streamed response: base64 of the error document.
inline constexpr std::string_view error_body_trailer = "Lambda-Runtime-Function-Error-Body";
inline constexpr std::string_view xray_error_cause_header = "Lambda-Runtime-Function-XRay-Error-Cause";
inline constexpr std::string_view response_mode_header = "Lambda-Runtime-Function-Response-Mode";
/// The only non-empty value RAPID accepts for response_mode_header.
inline constexpr std::string_view streaming_response_mode = "streaming";
/// The `Trailer` header of a streamed response: the error trailers that may follow its last chunk.
inline constexpr std::string_view streamed_response_trailers =
    "Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body";

inline constexpr std::string_view extension_name_header = "Lambda-Extension-Name";
inline constexpr std::string_view extension_identifier_header = "Lambda-Extension-Identifier";

// ---- content types ----

/// What Lambda expects on /error and /init/error.
inline constexpr std::string_view error_content_type = "application/vnd.aws.lambda.error+json";
/// A Function URL / API Gateway stream: JSON prelude, eight NUL bytes, then the body.
inline constexpr std::string_view http_integration_content_type = "application/vnd.awslambda.http-integration-response";

// ---- limits ----

/// RAPID's buffered payload limit (`MaxPayloadSize = 6*1024*1024 + 100`), enforced on the event it
/// renders and on a buffered /response.
inline constexpr std::size_t max_payload_bytes = 6 * 1024 * 1024 + 100;
/// The default limit of a streamed response (since July 2025).
inline constexpr std::size_t max_streamed_response_bytes = 200u * 1000 * 1000;
/// The body limit of /error and /init/error (Lambda Managed Instances' RAPID).
inline constexpr std::size_t max_error_body_bytes = 1024 * 1024;
/// RAPID crops the X-Ray error cause to 64 KiB.
inline constexpr std::size_t max_xray_error_cause_bytes = 64 * 1024;
/// What Lambda allows between SIGTERM and SIGKILL when the only extension is internal.
inline constexpr std::chrono::milliseconds shutdown_budget{500};

// ---- error types ----

/// For a failure that carries no type of its own.
inline constexpr std::string_view unknown_error_type = "Runtime.Unknown";
/// An invocation header that cannot be read (the handler is not called).
inline constexpr std::string_view invalid_invocation_header_error_type = "Runtime.InvalidInvocationHeader";
/// The environment variables do not describe a valid configuration.
inline constexpr std::string_view config_invalid_error_type = "Runtime.ConfigInvalid";
/// What the invoker gets when a buffered response is over max_payload_bytes.
inline constexpr std::string_view response_too_large_error_type = "Function.ResponseSizeTooLarge";
/// A streamed response the runtime ended because the handler did not.
inline constexpr std::string_view stream_abandoned_error_type = "Runtime.StreamAbandoned";

}  // namespace lambda::protocol
