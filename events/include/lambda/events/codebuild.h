#pragma once
/// \file
/// AWS CodeBuild state and phase change events delivered through EventBridge.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// CodeBuild writes its own times as text like "Sep 1, 2017 4:12:29 PM" (no time zone): they stay
/// strings. Its numbers (build number, durations, timeouts) come as integers or with a fraction
/// ("55.0"), so they are doubles.

#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <optional>
#include <string>
#include <vector>
#include <map>

namespace lambda::events {

/// The build's output artifact.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeBuildArtifact {
  std::optional<std::string> md5sum;
  std::optional<std::string> sha256sum;
  std::string location;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An environment variable of the build.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeBuildEnvironmentVariable {
  std::string name;
  /// "PLAINTEXT", "PARAMETER_STORE" or "SECRETS_MANAGER".
  std::string type;
  /// The value, or for the stores the parameter or secret name.
  std::string value;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The build environment.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeBuildEnvironment {
  std::string image;
  LAMBDA_JSON_NAME("privileged-mode") bool privileged_mode = false;
  LAMBDA_JSON_NAME("compute-type") std::string compute_type;
  std::string type;
  LAMBDA_JSON_NAME("environment-variables") std::vector<CodeBuildEnvironmentVariable> environment_variables;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where the source came from.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeBuildSource {
  std::optional<std::string> location;
  /// "S3", "CODECOMMIT", "GITHUB", "NO_SOURCE", …
  std::string type;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where the build's logs are.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeBuildLogs {
  LAMBDA_JSON_NAME("group-name") std::optional<std::string> group_name;
  LAMBDA_JSON_NAME("stream-name") std::optional<std::string> stream_name;
  LAMBDA_JSON_NAME("deep-link") std::string deep_link;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One phase of the build. The last phase listed is the current one and has only a start.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeBuildPhase {
  /// Messages about the phase (why it failed, …).
  LAMBDA_JSON_NAME("phase-context") std::optional<std::vector<std::string>> phase_context;
  LAMBDA_JSON_NAME("start-time") std::string start_time;
  LAMBDA_JSON_NAME("end-time") std::optional<std::string> end_time;
  LAMBDA_JSON_NAME("duration-in-seconds") std::optional<double> duration_in_seconds;
  /// "SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD", "BUILD",
  /// "POST_BUILD", "UPLOAD_ARTIFACTS", "FINALIZING" or "COMPLETED".
  LAMBDA_JSON_NAME("phase-type") std::string phase_type;
  /// "SUCCEEDED", "FAILED", "FAULT", "TIMED_OUT", "IN_PROGRESS", "STOPPED"; absent while running.
  LAMBDA_JSON_NAME("phase-status") std::optional<std::string> phase_status;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What CodeBuild reports about the whole build.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeBuildEventAdditionalInformation {
  std::optional<CodeBuildArtifact> artifact;
  CodeBuildEnvironment environment;
  LAMBDA_JSON_NAME("timeout-in-minutes") double timeout_in_minutes = 0;
  LAMBDA_JSON_NAME("queued-timeout-in-minutes") std::optional<double> queued_timeout_in_minutes;
  LAMBDA_JSON_NAME("build-complete") bool build_complete = false;
  LAMBDA_JSON_NAME("build-number") std::optional<double> build_number;
  /// Who or what started the build (a user name, "codepipeline/…", …).
  std::string initiator;
  LAMBDA_JSON_NAME("build-start-time") std::string build_start_time;
  CodeBuildSource source;
  LAMBDA_JSON_NAME("source-version") std::optional<std::string> source_version;
  CodeBuildLogs logs;
  std::vector<CodeBuildPhase> phases;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The detail of a "CodeBuild Build State Change" (build-status, current-phase…) or "CodeBuild
/// Build Phase Change" (completed-phase…) event; the members of the other kind are absent.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeBuildEventDetail {
  /// State changes: "IN_PROGRESS", "SUCCEEDED", "FAILED", "STOPPED", "FAULT", "TIMED_OUT".
  LAMBDA_JSON_NAME("build-status") std::optional<std::string> build_status;
  LAMBDA_JSON_NAME("project-name") std::string project_name;
  /// The build's ARN.
  LAMBDA_JSON_NAME("build-id") std::string build_id;
  LAMBDA_JSON_NAME("additional-information") CodeBuildEventAdditionalInformation additional_information;
  LAMBDA_JSON_NAME("current-phase") std::optional<std::string> current_phase;
  /// JSON text of a list of messages, e.g. "[]".
  LAMBDA_JSON_NAME("current-phase-context") std::optional<std::string> current_phase_context;
  std::string version;

  /// Phase changes: the phase that just ended, its status, context (JSON text), duration and times.
  LAMBDA_JSON_NAME("completed-phase") std::optional<std::string> completed_phase;
  LAMBDA_JSON_NAME("completed-phase-status") std::optional<std::string> completed_phase_status;
  LAMBDA_JSON_NAME("completed-phase-context") std::optional<std::string> completed_phase_context;
  LAMBDA_JSON_NAME("completed-phase-duration-seconds") std::optional<double> completed_phase_duration_seconds;
  LAMBDA_JSON_NAME("completed-phase-start") std::optional<std::string> completed_phase_start;
  LAMBDA_JSON_NAME("completed-phase-end") std::optional<std::string> completed_phase_end;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A CodeBuild event: `source` is "aws.codebuild".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT CodeBuildEvent : CloudWatchEventEnvelope {
  CodeBuildEventDetail detail;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_CODEBUILD_TYPES(X) \
  X(CodeBuildEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/codebuild.json.h>
#endif
