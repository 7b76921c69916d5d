#pragma once
/// \file
/// Amazon ECR image action and scan events delivered through EventBridge.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include <map>

namespace lambda::events {

/// The detail of an "ECR Image Action" event (a push or delete).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECRImageActionEventDetailType {
  /// "SUCCESS" or "FAILURE".
  std::string result;
  LAMBDA_JSON_NAME("repository-name") std::string repository_name;
  LAMBDA_JSON_NAME("image-digest") std::string image_digest;
  /// "PUSH" or "DELETE".
  LAMBDA_JSON_NAME("action-type") std::string action_type;
  /// Absent for an untagged image.
  LAMBDA_JSON_NAME("image-tag") std::optional<std::string> image_tag;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An "ECR Image Action" event: `source` is "aws.ecr".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECRImageActionEvent : CloudWatchEventEnvelope {
  ECRImageActionEventDetailType detail;
};

/// Findings per severity; a severity without findings may be absent.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECRFindingSeverityCounts {
  std::optional<std::int64_t> CRITICAL;
  std::optional<std::int64_t> HIGH;
  std::optional<std::int64_t> MEDIUM;
  std::optional<std::int64_t> LOW;
  std::optional<std::int64_t> INFORMATIONAL;
  std::optional<std::int64_t> UNDEFINED;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The detail of an "ECR Image Scan" event (basic scanning finished).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECRScanEventDetailType {
  /// "COMPLETE" or "FAILED".
  LAMBDA_JSON_NAME("scan-status") std::string scan_status;
  LAMBDA_JSON_NAME("repository-name") std::string repository_name;
  LAMBDA_JSON_NAME("finding-severity-counts") ECRFindingSeverityCounts finding_severity_counts;
  LAMBDA_JSON_NAME("image-digest") std::string image_digest;
  LAMBDA_JSON_NAME("image-tags") std::vector<std::string> image_tags;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// An "ECR Image Scan" event: `source` is "aws.ecr".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ECRScanEvent : CloudWatchEventEnvelope {
  ECRScanEventDetailType detail;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_ECR_TYPES(X) \
  X(ECRImageActionEvent) \
  X(ECRScanEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/ecr.json.h>
#endif
