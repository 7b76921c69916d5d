#pragma once
/// \file
/// Amazon EventBridge (CloudWatch Events) envelopes and scheduled events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// Every EventBridge event has the same envelope and a `detail` whose shape depends on `source`
/// and `detail-type`. Three ways to read one:
/// - `CloudWatchEvent` keeps `detail` verbatim; `detail_as<MyDetail>(event)` parses it later into
///   your own annotated type (handy when one function receives several detail types);
/// - a typed event of this library (AutoScalingEvent, CodeBuildEvent, …) derives from
///   `CloudWatchEventEnvelope` and declares a typed `detail`;
/// - your own: `struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT OrderPlaced : lambda::events::CloudWatchEventEnvelope {
/// OrderDetail detail; };`.

#include <lambda/json/base.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/result.h>
#include <lambda/json/time.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <map>

namespace lambda::events {

/// The fields every EventBridge event has, without `detail`: derive a typed event from it.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchEventEnvelope {
  /// "0" for every event today.
  std::string version;
  /// Unique per event; use it to drop duplicates (delivery is at least once).
  LAMBDA_JSON_REQUIRED std::string id;
  /// With `source`, says what `detail` holds, e.g. "EC2 Instance Launch Successful".
  LAMBDA_JSON_REQUIRED LAMBDA_JSON_NAME("detail-type") std::string detail_type;
  /// The emitting service ("aws.autoscaling", "aws.events" for schedules) or your own source.
  LAMBDA_JSON_REQUIRED std::string source;
  /// The AWS account ID the event came from.
  LAMBDA_JSON_REQUIRED std::string account;
  /// When the event happened, as the source says.
  LAMBDA_JSON_REQUIRED std::chrono::sys_seconds time;
  LAMBDA_JSON_REQUIRED std::string region;
  /// ARNs of the resources involved; may be empty.
  std::vector<std::string> resources;
  /// The name of the archive replay, only on replayed events.
  LAMBDA_JSON_NAME("replay-name") std::optional<std::string> replay_name;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Any EventBridge event, with `detail` kept as JSON text.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CloudWatchEvent : CloudWatchEventEnvelope {
  /// The event's detail, verbatim (usually an object; `{}` when there is none). Read it with
  /// `detail_as<T>(event)`.
  json::raw_json detail;
};

/// The AWS Go library's name for CloudWatchEvent.
using EventBridgeEvent = CloudWatchEvent;

/// An EventBridge (CloudWatch Events) event whose `detail` is one of your LAMBDA_JSON types, read
/// and checked with the envelope in one pass (.NET's `CloudWatchEvent<T>`, Rust's
/// `CloudWatchEvent<T>`). Name the specialization with an annotated alias in one of your headers,
/// which gives it its codec there:
///
///     struct LAMBDA_JSON OrderPlaced { std::string orderId; };
///     using OrderPlacedEvent LAMBDA_JSON = lambda::events::EventBridgeEventOf<OrderPlaced>;
///
/// A detail that does not fit is an error at its path: `$.detail.orderId: expected string, got
/// number 7`. `CloudWatchEvent` keeps the detail as raw JSON instead, for `detail_as<T>` later.
template <class Detail>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT EventBridgeEventOf : CloudWatchEventEnvelope {
  LAMBDA_JSON_REQUIRED Detail detail;
};

/// The detail of a scheduled event: always empty.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ScheduledEventDetail {
  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a schedule rule (`rate(…)` or `cron(…)`) sends: `source` is "aws.events",
/// `detail-type` "Scheduled Event", `resources` the rule's ARN and `time` the scheduled time.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ScheduledEvent : CloudWatchEventEnvelope {
  ScheduledEventDetail detail;
};

/// Parses `event.detail` as `Detail`, any type with a codec (an annotated struct, a map, …).
/// A null or absent detail reads as JSON `null`. Error paths are within the detail (`$` is `detail`).
template <class Detail>
json::result<Detail> detail_as(const CloudWatchEvent& event) {
  const std::string_view text = event.detail.empty() ? std::string_view("null") : std::string_view(event.detail.text);
  return json::parse<Detail>(text);
}

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_EVENTBRIDGE_TYPES(X) \
  X(CloudWatchEvent) \
  X(ScheduledEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/eventbridge.json.h>
#endif
