#pragma once
/// \file
/// Amazon S3 Batch Operations job events and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// A job invokes the function once per object of its manifest, with the schema version the job
/// chose: "1.0" (S3BatchJobEvent, bucket by ARN) or "2.0" (S3BatchJobEventV2, bucket by name, user
/// arguments; required for directory buckets). Either way the function returns S3BatchJobResponse.

#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// The job of a schema 1.0 invocation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3BatchJob {
  std::string id;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One object to process (schema 1.0).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3BatchJobTask {
  /// Copy it into the matching S3BatchJobResult.
  std::string taskId;
  /// The object key as listed in the manifest; manifests hold keys URL-encoded, so decode it
  /// (`url_decode_key` in <lambda/events/s3.h>) before calling S3.
  std::string s3Key;
  /// Null when the manifest gives no version.
  std::optional<std::string> s3VersionId;
  std::string s3BucketArn;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of a schema 1.0 job.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3BatchJobEvent {
  LAMBDA_JSON_REQUIRED std::string invocationSchemaVersion;  ///< "1.0"
  /// Copy it into the response.
  LAMBDA_JSON_REQUIRED std::string invocationId;
  LAMBDA_JSON_REQUIRED S3BatchJob job;
  /// One task today.
  LAMBDA_JSON_REQUIRED std::vector<S3BatchJobTask> tasks;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The job of a schema 2.0 invocation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3BatchJobV2 {
  std::string id;
  /// The key-value pairs given as `UserArguments` when the job was created; absent without them.
  std::optional<std::map<std::string, std::string>> userArguments;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One object to process (schema 2.0).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3BatchJobTaskV2 {
  /// Copy it into the matching S3BatchJobResult.
  std::string taskId;
  /// The object key as listed in the manifest (see S3BatchJobTask::s3Key).
  std::string s3Key;
  /// Null when the manifest gives no version.
  std::optional<std::string> s3VersionId;
  /// The bucket name (not its ARN).
  std::string s3Bucket;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of a schema 2.0 job.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3BatchJobEventV2 {
  LAMBDA_JSON_REQUIRED std::string invocationSchemaVersion;  ///< "2.0"
  /// Copy it into the response.
  LAMBDA_JSON_REQUIRED std::string invocationId;
  LAMBDA_JSON_REQUIRED S3BatchJobV2 job;
  /// One task today.
  LAMBDA_JSON_REQUIRED std::vector<S3BatchJobTaskV2> tasks;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The outcome of one task.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3BatchJobResult {
  std::string taskId;
  /// "Succeeded", "TemporaryFailure" (S3 retries the task) or "PermanentFailure".
  std::string resultCode;
  /// Free text S3 writes into the job's completion report.
  std::optional<std::string> resultString;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What the function returns to the job.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3BatchJobResponse {
  /// The event's schema version.
  std::string invocationSchemaVersion;
  /// How to count tasks missing from `results`: "Succeeded", "TemporaryFailure" or
  /// "PermanentFailure" (S3's default when omitted).
  std::optional<std::string> treatMissingKeysAs;
  /// The event's invocationId.
  std::string invocationId;
  std::vector<S3BatchJobResult> results;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_S3_BATCH_TYPES(X) \
  X(S3BatchJobEvent) \
  X(S3BatchJobEventV2) \
  X(S3BatchJobResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/s3_batch.json.h>
#endif
