#pragma once
/// \file
/// Amazon SQS events and partial batch responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/flat_map.h>
#include <lambda/json/base64.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// A message attribute: a typed value set by the sender. `dataType` is "String", "Number",
/// "Binary" or one of those with a custom suffix ("Number.float").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SQSMessageAttribute {
  std::optional<std::string> stringValue;
  std::optional<json::bytes> binaryValue;
  std::vector<std::string> stringListValues;  ///< reserved by SQS; always empty today
  std::vector<json::bytes> binaryListValues;  ///< reserved by SQS; always empty today
  std::string dataType;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One message of a batch.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SQSMessage {
  LAMBDA_JSON_REQUIRED std::string messageId;
  std::string receiptHandle;
  LAMBDA_JSON_REQUIRED std::string body;
  std::string md5OfBody;
  std::optional<std::string> md5OfMessageAttributes;
  /// System attributes, all strings: "ApproximateReceiveCount", "SentTimestamp" (epoch ms),
  /// "SenderId", "MessageGroupId" for FIFO queues, "AWSTraceHeader", …
  json::flat_map<std::string, std::string> attributes;
  json::flat_map<std::string, SQSMessageAttribute> messageAttributes;
  std::string eventSourceARN;
  std::string eventSource;
  std::string awsRegion;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a queue's event-source mapping sends: up to the batch size of messages.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SQSEvent {
  LAMBDA_JSON_REQUIRED std::vector<SQSMessage> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A message the function could not process, by its `messageId`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SQSBatchItemFailure {
  std::string itemIdentifier;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response that reports a partial batch failure (with `ReportBatchItemFailures` enabled):
/// the listed messages return to the queue, the others are deleted. An empty list means all succeeded.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SQSEventResponse {
  std::vector<SQSBatchItemFailure> batchItemFailures;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_SQS_TYPES(X) \
  X(SQSEvent) \
  X(SQSEventResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/sqs.json.h>
#endif
