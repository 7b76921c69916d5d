#pragma once
/// \file
/// Amazon CloudWatch Logs subscription events (base64 + gzip payload).
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// A subscription filter delivers log events compressed: `awslogs.data` is base64 of gzip of a JSON
/// document. `decode_logs_data(event)` unpacks it into a `CloudwatchLogsData`:
///
///     auto logs = lambda::events::decode_logs_data(event);
///     if (!logs) return fail(logs.error().message());
///     for (const auto& e : logs->logEvents) use(e.message);

#include <lambda/json/annotate.h>
#include <lambda/json/result.h>
#include <lambda/json/time.h>
#include <lambda/json/raw_json.h>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::events {

/// The compressed payload.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudwatchLogsRawData {
  /// Base64 of the gzip-compressed JSON of a CloudwatchLogsData.
  std::string data;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a CloudWatch Logs subscription filter sends.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudwatchLogsEvent {
  LAMBDA_JSON_REQUIRED CloudwatchLogsRawData awslogs;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One log event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudwatchLogsLogEvent {
  /// Unique per log event.
  std::string id;
  /// When the event was logged.
  json::epoch_milliseconds timestamp;
  std::string message;
  /// The fields a filter pattern with named fields extracted; absent otherwise.
  std::optional<std::map<std::string, std::string>> extractedFields;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The decoded payload.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudwatchLogsData {
  /// The AWS account ID of the log data's owner.
  std::string owner;
  std::string logGroup;
  std::string logStream;
  /// The names of the subscription filters that matched.
  std::vector<std::string> subscriptionFilters;
  /// "DATA_MESSAGE"; "CONTROL_MESSAGE" for the checks CloudWatch Logs sends to test the
  /// destination (ignore those).
  std::string messageType;
  std::vector<CloudwatchLogsLogEvent> logEvents;
  /// "ACCOUNT_LEVEL_POLICY" when an account-level subscription policy matched.
  std::optional<std::string> policyLevel;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The largest decompressed payload `decode_logs_data` accepts by default (CloudWatch Logs sends
/// at most about 1 MB; the limit stops a hostile payload from exhausting memory).
inline constexpr std::size_t max_logs_data_size = std::size_t{64} << 20;

/// Decodes `raw.data`: base64, then gzip, then JSON. Errors are `json::error`s:
/// - not base64: `invalid_value` at `$.awslogs.data`, expected "base64", found the offset;
/// - not gzip, truncated, corrupt or larger than `max_size`: `invalid_value` at `$.awslogs.data`,
///   expected "gzip data", found what zlib said;
/// - JSON that does not fit CloudwatchLogsData: the parser's error, whose path is within the
///   decoded document (e.g. `$.logEvents[0].timestamp`).
/// String members are owned: the result does not depend on `raw`.
json::result<CloudwatchLogsData> decode_logs_data(const CloudwatchLogsRawData& raw,
                                                  std::size_t max_size = max_logs_data_size);

/// Decodes `event.awslogs.data` (see the other overload).
inline json::result<CloudwatchLogsData> decode_logs_data(const CloudwatchLogsEvent& event,
                                                         std::size_t max_size = max_logs_data_size) {
  return decode_logs_data(event.awslogs, max_size);
}

/// The opposite: `data` as JSON, gzip-compressed, base64-encoded — the event a subscription filter
/// would send, for testing handlers.
CloudwatchLogsEvent encode_logs_data(const CloudwatchLogsData& data);

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CLOUDWATCH_LOGS_TYPES(X) \
  X(CloudwatchLogsEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/cloudwatch_logs.json.h>
#endif
