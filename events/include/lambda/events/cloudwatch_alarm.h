#pragma once
/// \file
/// Amazon CloudWatch alarm actions that invoke a function: metric alarms and composite alarms.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// Names follow AWS's Java library (`CloudWatchMetricAlarmEvent`, `CloudWatchCompositeAlarmEvent`).
/// The alarm sends its times as "2023-08-04T12:36:15.490+0000" (an offset without a colon, which is
/// not RFC 3339), so they stay text. `reasonData` is JSON inside a string (a metric alarm's
/// evaluated datapoints, a composite alarm's triggering alarms): read it with
/// `lambda::json::parse<T>(*state.reasonData)`.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// An alarm state: the new one (`state`) or the one before (`previousState`).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchAlarmState {
  /// "OK", "ALARM" or "INSUFFICIENT_DATA".
  std::string value;
  /// Why the alarm is in this state, in words.
  std::string reason;
  /// The same as JSON text (a string holding a document); absent for some transitions.
  std::optional<std::string> reasonData;
  /// When the alarm entered the state, "2023-08-04T12:36:15.490+0000".
  std::string timestamp;
  /// Composite alarms: "Alarm", "ExtensionPeriod" or "WaitPeriod" when actions are suppressed.
  std::optional<std::string> actionsSuppressedBy;
  std::optional<std::string> actionsSuppressedReason;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The metric itself: namespace, name and dimensions.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchMetric {
  /// "AWS/EC2", or your own namespace.
  LAMBDA_JSON_NAME("namespace") std::string metricNamespace;
  std::string name;
  /// Dimension name → value, e.g. {"InstanceId": "i-12345678"}.
  std::map<std::string, std::string> dimensions;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// How the metric is aggregated.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchMetricStat {
  CloudWatchMetric metric;
  /// Seconds per datapoint.
  std::int32_t period = 0;
  /// "Average", "Sum", "p99", …
  std::string stat;
  /// "Percent", "Count", …; absent when the alarm sets none.
  std::optional<std::string> unit;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One metric or math expression the alarm watches.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchMetricDefinition {
  std::string id;
  /// A metric (absent when this entry is an expression).
  std::optional<CloudWatchMetricStat> metricStat;
  /// A metric math expression, "m1 + m2" (absent when this entry is a metric).
  std::optional<std::string> expression;
  std::optional<std::string> label;
  /// True for the entry the alarm evaluates.
  bool returnData = false;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A metric alarm's configuration.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchMetricAlarmConfiguration {
  std::optional<std::string> description;
  LAMBDA_JSON_REQUIRED std::vector<CloudWatchMetricDefinition> metrics;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A composite alarm's configuration.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchCompositeAlarmConfiguration {
  std::optional<std::string> description;
  /// "ALARM(CPUHigh) OR ALARM(DiskFull)".
  LAMBDA_JSON_REQUIRED std::string alarmRule;
  /// The alarm that suppresses this one's actions, when one is set.
  std::optional<std::string> actionsSuppressor;
  /// Seconds.
  std::optional<std::int32_t> actionsSuppressorWaitPeriod;
  /// Seconds.
  std::optional<std::int32_t> actionsSuppressorExtensionPeriod;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The alarm and its change, for a metric alarm.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchMetricAlarmData {
  LAMBDA_JSON_REQUIRED std::string alarmName;
  CloudWatchAlarmState state;
  std::optional<CloudWatchAlarmState> previousState;
  LAMBDA_JSON_REQUIRED CloudWatchMetricAlarmConfiguration configuration;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The alarm and its change, for a composite alarm.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchCompositeAlarmData {
  LAMBDA_JSON_REQUIRED std::string alarmName;
  CloudWatchAlarmState state;
  std::optional<CloudWatchAlarmState> previousState;
  LAMBDA_JSON_REQUIRED CloudWatchCompositeAlarmConfiguration configuration;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a metric alarm's Lambda action sends when the alarm changes state.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchMetricAlarmEvent {
  /// "aws.cloudwatch".
  std::string source;
  LAMBDA_JSON_REQUIRED std::string alarmArn;
  std::string accountId;
  /// When the state changed, "2023-08-04T12:36:15.490+0000".
  std::string time;
  std::string region;
  LAMBDA_JSON_REQUIRED CloudWatchMetricAlarmData alarmData;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a composite alarm's Lambda action sends when the alarm changes state.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchCompositeAlarmEvent {
  /// "aws.cloudwatch".
  std::string source;
  LAMBDA_JSON_REQUIRED std::string alarmArn;
  std::string accountId;
  /// When the state changed, "2023-08-04T18:26:48.224+0000".
  std::string time;
  std::string region;
  LAMBDA_JSON_REQUIRED CloudWatchCompositeAlarmData alarmData;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CLOUDWATCH_ALARM_TYPES(X) \
  X(CloudWatchMetricAlarmEvent) \
  X(CloudWatchCompositeAlarmEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/cloudwatch_alarm.json.h>
#endif
