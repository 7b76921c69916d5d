#pragma once
/// \file
/// Amazon S3 event notifications delivered through EventBridge ("Object Created",
/// "Object Deleted", "Object Restore Completed", …).
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// Names follow AWS's .NET library (`S3ObjectCreateEvent`, `S3ObjectDeleteEvent`,
/// `S3ObjectRestoreEvent`); `S3ObjectEvent` reads every S3 detail type (tags, ACL, storage class
/// and access tier changes too), with each detail-specific key optional. Unlike S3's direct
/// notifications (`S3Event`), object keys are not URL-encoded here.

#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace lambda::events {

/// The bucket of an S3 EventBridge event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectEventBucket {
  std::string name;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The object of an S3 EventBridge event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectEventObject {
  /// The key as written, not URL-encoded.
  std::string key;
  /// Bytes; absent on delete events.
  std::optional<std::int64_t> size;
  std::optional<std::string> etag;
  /// Absent when the bucket is not versioned.
  LAMBDA_JSON_NAME("version-id") std::optional<std::string> version_id;
  /// Orders events on the same key (compare as for S3Event); absent on restore events.
  std::optional<std::string> sequencer;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// What every S3 EventBridge detail has.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectEventDetailBase {
  /// "0".
  std::string version;
  S3ObjectEventBucket bucket;
  S3ObjectEventObject object;
  LAMBDA_JSON_NAME("request-id") std::string request_id;
  /// The account ID or AWS service principal that made the request.
  std::string requester;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The detail of "Object Created".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectCreate : S3ObjectEventDetailBase {
  LAMBDA_JSON_NAME("source-ip-address") std::optional<std::string> source_ip_address;
  /// "PutObject", "POST Object", "CopyObject" or "CompleteMultipartUpload".
  std::string reason;
};

/// The detail of "Object Deleted".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectDelete : S3ObjectEventDetailBase {
  LAMBDA_JSON_NAME("source-ip-address") std::optional<std::string> source_ip_address;
  /// "DeleteObject" or "Lifecycle Expiration".
  std::string reason;
  /// "Permanently Deleted" or "Delete Marker Created".
  LAMBDA_JSON_NAME("deletion-type") std::string deletion_type;
};

/// The detail of "Object Restore Initiated", "Object Restore Completed" and "Object Restore Expired".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectRestore : S3ObjectEventDetailBase {
  LAMBDA_JSON_NAME("source-ip-address") std::optional<std::string> source_ip_address;
  /// Until when the restored copy stays ("Object Restore Completed").
  LAMBDA_JSON_NAME("restore-expiry-time")
  std::optional<std::chrono::sys_seconds> restore_expiry_time;
  /// "GLACIER", "DEEP_ARCHIVE", …
  LAMBDA_JSON_NAME("source-storage-class") std::optional<std::string> source_storage_class;
};

/// Any S3 detail: the common keys and every detail type's own, optional.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectEventDetail : S3ObjectEventDetailBase {
  LAMBDA_JSON_NAME("source-ip-address") std::optional<std::string> source_ip_address;
  std::optional<std::string> reason;
  LAMBDA_JSON_NAME("deletion-type") std::optional<std::string> deletion_type;
  LAMBDA_JSON_NAME("restore-expiry-time")
  std::optional<std::chrono::sys_seconds> restore_expiry_time;
  LAMBDA_JSON_NAME("source-storage-class") std::optional<std::string> source_storage_class;
  /// "Object Storage Class Changed".
  LAMBDA_JSON_NAME("destination-storage-class") std::optional<std::string> destination_storage_class;
  /// "Object Access Tier Changed": "ARCHIVE_ACCESS" or "DEEP_ARCHIVE_ACCESS".
  LAMBDA_JSON_NAME("destination-access-tier") std::optional<std::string> destination_access_tier;
};

/// An "Object Created" event: `source` is "aws.s3".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectCreateEvent : CloudWatchEventEnvelope {
  S3ObjectCreate detail;
};

/// An "Object Deleted" event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectDeleteEvent : CloudWatchEventEnvelope {
  S3ObjectDelete detail;
};

/// An "Object Restore Initiated", "Object Restore Completed" or "Object Restore Expired" event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectRestoreEvent : CloudWatchEventEnvelope {
  S3ObjectRestore detail;
};

/// Any S3 event delivered through EventBridge; `detail-type` says which.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ObjectEvent : CloudWatchEventEnvelope {
  S3ObjectEventDetail detail;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_S3_EVENTBRIDGE_TYPES(X) \
  X(S3ObjectCreateEvent) \
  X(S3ObjectDeleteEvent) \
  X(S3ObjectRestoreEvent) \
  X(S3ObjectEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/s3_eventbridge.json.h>
#endif
