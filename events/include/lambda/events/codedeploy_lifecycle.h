#pragma once
/// \file
/// AWS CodeDeploy lifecycle event hooks: the event a deployment sends to a hook function
/// (`BeforeAllowTraffic`, `AfterAllowTraffic`, … in an AppSpec file).
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// The name follows AWS's Rust library (`CodeDeployLifecycleEvent`); the Go, Java and .NET
/// libraries have no type for it. The function reports its verdict by calling CodeDeploy's
/// `PutLifecycleEventHookExecutionStatus` with both IDs ("Succeeded" or "Failed"); what it returns
/// is ignored.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <string>

namespace lambda::events {

/// The event of one lifecycle hook of one deployment.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeDeployLifecycleEvent {
  /// "d-ABCDEF123".
  LAMBDA_JSON_REQUIRED std::string DeploymentId;
  /// An opaque token naming this hook's execution.
  LAMBDA_JSON_REQUIRED std::string LifecycleEventHookExecutionId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CODEDEPLOY_LIFECYCLE_TYPES(X) \
  X(CodeDeployLifecycleEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/codedeploy_lifecycle.json.h>
#endif
