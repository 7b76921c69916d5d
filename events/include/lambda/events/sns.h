#pragma once
/// \file
/// Amazon SNS events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/flat_map.h>
#include <lambda/json/time.h>
#include <lambda/json/raw_json.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// A message attribute set by the publisher. `Type` is "String", "String.Array", "Number" or
/// "Binary"; `Value` is always text: a JSON array for "String.Array", base64 for "Binary".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SNSMessageAttribute {
  std::string Type;
  std::string Value;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The notification as SNS delivered it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SNSEntity {
  std::string Type;  ///< "Notification"
  std::string MessageId;
  std::string TopicArn;
  /// The subject the publisher gave, if any.
  std::optional<std::string> Subject;
  /// The message body, as published. Services that publish JSON (CloudWatch alarms, S3, …)
  /// put it here as text: parse it with `json::parse<T>(Message)`.
  std::string Message;
  /// When SNS accepted the message.
  std::chrono::sys_time<std::chrono::milliseconds> Timestamp;
  std::string SignatureVersion;
  /// The base64 signature of the message, to check against the certificate at SigningCertUrl.
  std::string Signature;
  /// Lambda's SNS events spell these two keys `…Url`; the JSON SNS posts to HTTP endpoints and
  /// SQS queues spells them `…URL`. Both read here (an SQS body holding an SNS notification reads
  /// as an SNSEntity); Lambda's spelling is written.
  LAMBDA_JSON_ALIAS("SigningCertURL") std::string SigningCertUrl;
  LAMBDA_JSON_ALIAS("UnsubscribeURL") std::string UnsubscribeUrl;
  json::flat_map<std::string, SNSMessageAttribute> MessageAttributes;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One notification of the event, with the subscription that delivered it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SNSEventRecord {
  std::string EventVersion;
  std::string EventSubscriptionArn;
  std::string EventSource;  ///< "aws:sns"
  LAMBDA_JSON_REQUIRED SNSEntity Sns;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event an SNS subscription sends: one notification per invocation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT SNSEvent {
  LAMBDA_JSON_REQUIRED std::vector<SNSEventRecord> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_SNS_TYPES(X) \
  X(SNSEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/sns.json.h>
#endif
