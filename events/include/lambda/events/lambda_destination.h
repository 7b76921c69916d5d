#pragma once
/// \file
/// AWS Lambda destination records: what Lambda sends to an on-success or on-failure destination
/// function after an asynchronous invocation.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// The name follows AWS's Java library (`LambdaDestinationEvent`). The payloads are the original
/// event and the function's result or error, kept verbatim: read them with
/// `lambda::json::parse<T>(record.requestPayload->text)`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace lambda::events {

/// Which invocation the record is about, and why it was sent.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaDestinationRequestContext {
  /// The request ID of the asynchronous invocation.
  std::string requestId;
  /// The function (with its version or alias) that was invoked.
  LAMBDA_JSON_REQUIRED std::string functionArn;
  /// "Success", "RetriesExhausted" or "EventAgeExceeded".
  LAMBDA_JSON_REQUIRED std::string condition;
  /// How many times Lambda invoked the function for this event.
  std::int32_t approximateInvokeCount = 0;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// How the last invocation ended.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaDestinationResponseContext {
  /// The Invoke API's status code (200 even when the function failed).
  std::int32_t statusCode = 0;
  /// "$LATEST" or the version number that ran.
  std::string executedVersion;
  /// "Handled" or "Unhandled" when the function failed; absent on success.
  std::optional<std::string> functionError;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An invocation record sent to a destination function.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT LambdaDestinationEvent {
  /// "1.0".
  LAMBDA_JSON_REQUIRED std::string version;
  /// When the record was made.
  LAMBDA_JSON_REQUIRED std::chrono::sys_time<std::chrono::milliseconds> timestamp;
  LAMBDA_JSON_REQUIRED LambdaDestinationRequestContext requestContext;
  /// The event the function was invoked with.
  std::optional<json::raw_json> requestPayload;
  /// How the last attempt ended.
  std::optional<LambdaDestinationResponseContext> responseContext;
  /// What the function returned (`null` when it returned nothing), or its error (`errorMessage`,
  /// `errorType`, `stackTrace`).
  std::optional<json::raw_json> responsePayload;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_LAMBDA_DESTINATION_TYPES(X) \
  X(LambdaDestinationEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/lambda_destination.json.h>
#endif
