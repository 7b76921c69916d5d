#pragma once
/// \file
/// Amazon SQS events and partial batch responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// The message types are class templates over their string type: `SQSEvent` is
/// `basic_SQSEvent<std::string>`, and `borrowed::SQSEvent` (`std::string_view`) reads without
/// copying its strings.

#include <lambda/json/annotate.h>
#include <lambda/json/flat_map.h>
#include <lambda/json/base64.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::events {

/// A message attribute: a typed value set by the sender. `dataType` is "String", "Number",
/// "Binary" or one of those with a custom suffix ("Number.float").
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_SQSMessageAttribute {
  std::optional<String> stringValue;
  std::optional<json::bytes> binaryValue;
  std::vector<String> stringListValues;       ///< reserved by SQS; always empty today
  std::vector<json::bytes> binaryListValues;  ///< reserved by SQS; always empty today
  String dataType;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using SQSMessageAttribute = basic_SQSMessageAttribute<std::string>;

/// One message of a batch.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_SQSMessage {
  LAMBDA_JSON_REQUIRED String messageId;
  String receiptHandle;
  LAMBDA_JSON_REQUIRED String body;
  String md5OfBody;
  std::optional<String> md5OfMessageAttributes;
  /// System attributes, all strings: "ApproximateReceiveCount", "SentTimestamp" (epoch ms),
  /// "SenderId", "MessageGroupId" for FIFO queues, "AWSTraceHeader", …
  json::flat_map<String, String> attributes;
  json::flat_map<String, basic_SQSMessageAttribute<String>> messageAttributes;
  String eventSourceARN;
  String eventSource;
  String awsRegion;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using SQSMessage = basic_SQSMessage<std::string>;

/// The event a queue's event-source mapping sends: up to the batch size of messages.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_SQSEvent {
  LAMBDA_JSON_REQUIRED std::vector<basic_SQSMessage<String>> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using SQSEvent LAMBDA_JSON = basic_SQSEvent<std::string>;

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

/// The SQS event with its strings borrowed from the text it was read from (`std::string_view`
/// members, no allocation per string): valid while that text and the parser that read it are
/// untouched — during the handler call, with `lambda::run`. See "Borrowed events" in the README.
namespace borrowed {
using SQSEvent LAMBDA_JSON = basic_SQSEvent<std::string_view>;
using SQSMessage = basic_SQSMessage<std::string_view>;
using SQSMessageAttribute = basic_SQSMessageAttribute<std::string_view>;
}  // namespace borrowed

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
