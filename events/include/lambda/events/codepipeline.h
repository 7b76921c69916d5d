#pragma once
/// \file
/// AWS CodePipeline job events and pipeline state changes.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// Two unrelated events: `CodePipelineJobEvent` invokes a function as a pipeline action (the
/// function reports back with PutJobSuccessResult / PutJobFailureResult); `CodePipelineCloudWatchEvent`
/// reports pipeline, stage and action state changes through EventBridge.

#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>
#include <map>

namespace lambda::events {

/// The action's configuration, as set in the pipeline.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineConfiguration {
  std::string FunctionName;
  /// Free text set on the action; absent when none is set.
  std::optional<std::string> UserParameters;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Wraps the action's configuration.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineActionConfiguration {
  CodePipelineConfiguration configuration;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An S3 object in the pipeline's artifact store.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineS3Location {
  std::string bucketName;
  std::string objectKey;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where an artifact is.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineArtifactLocation {
  std::optional<CodePipelineS3Location> s3Location;
  /// "S3".
  std::string type;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An input or output artifact of the action.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineArtifact {
  CodePipelineArtifactLocation location;
  /// The source revision (a commit ID, …); null for output artifacts and some sources.
  std::optional<std::string> revision;
  std::string name;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Temporary credentials for the artifact bucket; use them to read inputs and write outputs.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineArtifactCredentials {
  std::string secretAccessKey;
  std::string sessionToken;
  std::string accessKeyId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The KMS key that encrypts the artifact store.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineEncryptionKey {
  std::string id;
  /// "KMS".
  std::string type;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What the job works on.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineJobData {
  CodePipelineActionConfiguration actionConfiguration;
  std::vector<CodePipelineArtifact> inputArtifacts;
  std::vector<CodePipelineArtifact> outputArtifacts;
  CodePipelineArtifactCredentials artifactCredentials;
  /// Present when a previous run of this job returned a continuation token.
  std::optional<std::string> continuationToken;
  std::optional<CodePipelineEncryptionKey> encryptionKey;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A job: report its outcome with its `id`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineJob {
  std::string id;
  std::string accountId;
  CodePipelineJobData data;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a pipeline's Lambda invoke action sends.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineJobEvent {
  LAMBDA_JSON_REQUIRED LAMBDA_JSON_NAME("CodePipeline.job") CodePipelineJob job;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The action type in an action state change.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineEventDetailType {
  /// "AWS", "ThirdParty" or "Custom".
  std::string owner;
  /// "Source", "Build", "Deploy", "Test", "Invoke" or "Approval".
  std::string category;
  std::string provider;
  /// A string in AWS's schema, a number in some events: kept as sent.
  std::variant<std::string, std::int64_t, double> version;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The outcome of an action execution.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineEventDetailExecutionResult {
  LAMBDA_JSON_NAME("external-execution-url") std::optional<std::string> external_execution_url;
  LAMBDA_JSON_NAME("external-execution-summary") std::optional<std::string> external_execution_summary;
  LAMBDA_JSON_NAME("external-execution-id") std::optional<std::string> external_execution_id;
  LAMBDA_JSON_NAME("error-code") std::optional<std::string> error_code;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The detail of a "CodePipeline Pipeline Execution State Change", "… Stage Execution State
/// Change" or "… Action Execution State Change" event; stage and action members are present
/// for the kinds they belong to.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineEventDetail {
  std::string pipeline;
  /// The pipeline's version number.
  double version = 0;
  LAMBDA_JSON_NAME("execution-id") std::string execution_id;
  /// Stage and action changes.
  std::optional<std::string> stage;
  /// Action changes.
  std::optional<std::string> action;
  /// "STARTED", "SUCCEEDED", "RESUMED", "FAILED", "CANCELED", "SUPERSEDED", "STOPPED", …
  std::string state;
  /// Action changes: the region the action runs in.
  std::optional<std::string> region;
  /// Action changes.
  std::optional<CodePipelineEventDetailType> type;
  /// Action changes that finished.
  LAMBDA_JSON_NAME("execution-result") std::optional<CodePipelineEventDetailExecutionResult> execution_result;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A CodePipeline state change: `source` is "aws.codepipeline".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodePipelineCloudWatchEvent : CloudWatchEventEnvelope {
  CodePipelineEventDetail detail;
};

/// The AWS Go library's other name for CodePipelineCloudWatchEvent.
using CodePipelineEventBridgeEvent = CodePipelineCloudWatchEvent;

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CODEPIPELINE_TYPES(X) \
  X(CodePipelineJobEvent) \
  X(CodePipelineCloudWatchEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/codepipeline.json.h>
#endif
