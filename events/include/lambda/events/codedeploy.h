#pragma once
/// \file
/// AWS CodeDeploy deployment and instance events delivered through EventBridge.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <optional>
#include <string>
#include <map>

namespace lambda::events {

/// The detail of a CodeDeploy event ("CodeDeploy Deployment State-change Notification" or
/// "CodeDeploy Instance State-change Notification").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeDeployEventDetail {
  std::string instanceGroupId;
  /// Only on instance state changes.
  std::optional<std::string> instanceId;
  std::string region;
  /// The CodeDeploy application name.
  std::string application;
  std::string deploymentId;
  /// "START", "SUCCESS", "FAILURE", "STOP", "READY", …
  std::string state;
  std::string deploymentGroup;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A CodeDeploy event: `source` is "aws.codedeploy".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeDeployEvent : CloudWatchEventEnvelope {
  CodeDeployEventDetail detail;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CODEDEPLOY_TYPES(X) \
  X(CodeDeployEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/codedeploy.json.h>
#endif
