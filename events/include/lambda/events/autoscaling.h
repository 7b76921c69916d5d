#pragma once
/// \file
/// Amazon EC2 Auto Scaling events delivered through EventBridge.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>
#include <lambda/json/time.h>
#include <lambda/json/raw_json.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace lambda::events {

/// The detail of an Auto Scaling event. Which members are present depends on `detail-type`:
/// - instance launch/terminate "Successful"/"Unsuccessful" events: the activity members
///   (StatusCode, ActivityId, Cause, StartTime, EndTime, …);
/// - lifecycle actions ("EC2 Instance-launch Lifecycle Action", "EC2 Instance-terminate Lifecycle
///   Action"): the lifecycle members (LifecycleHookName, LifecycleActionToken, …).
/// Member names are the keys AWS sends (PascalCase).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AutoScalingEventDetail {
  std::string AutoScalingGroupName;
  std::optional<std::string> EC2InstanceId;

  /// Activity events: "InProgress", "Failed", …
  std::optional<std::string> StatusCode;
  std::optional<std::string> StatusMessage;
  std::optional<std::string> Description;
  std::optional<std::string> ActivityId;
  std::optional<std::string> RequestId;
  std::optional<std::string> Cause;
  /// Activity events: e.g. "Availability Zone" and "Subnet ID".
  std::optional<std::map<std::string, std::string>> Details;
  /// When the activity started and ended. Auto Scaling sends milliseconds
  /// (`2016-09-16T12:37:39.004Z`); samples and tools also spell them in whole seconds, so these keep
  /// the spelling they came with (`json::timestamp`; `.time()` is the instant).
  std::optional<json::timestamp> StartTime;
  std::optional<json::timestamp> EndTime;
  /// Where the instance comes from and goes to ("EC2", "AutoScalingGroup", "WarmPool").
  std::optional<std::string> Origin;
  std::optional<std::string> Destination;

  /// Lifecycle actions: pass it to CompleteLifecycleAction.
  std::optional<std::string> LifecycleActionToken;
  std::optional<std::string> LifecycleHookName;
  /// "autoscaling:EC2_INSTANCE_LAUNCHING" or "autoscaling:EC2_INSTANCE_TERMINATING".
  std::optional<std::string> LifecycleTransition;
  /// The metadata set on the lifecycle hook.
  std::optional<std::string> NotificationMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An Auto Scaling event: `source` is "aws.autoscaling".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT AutoScalingEvent : CloudWatchEventEnvelope {
  AutoScalingEventDetail detail;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_AUTOSCALING_TYPES(X) \
  X(AutoScalingEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/autoscaling.json.h>
#endif
