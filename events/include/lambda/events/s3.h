#pragma once
/// \file
/// Amazon S3 event notifications.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// Object keys arrive form-URL-encoded (`red flower.jpg` is sent as `red+flower.jpg`): use
/// `decoded_key(record.s3.object)` to get the key to pass to the S3 API.

#include <lambda/json/annotate.h>
#include <lambda/json/flat_map.h>
#include <lambda/json/time.h>
#include <lambda/json/raw_json.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::events {

/// The IAM identity that caused the event (or, in `ownerIdentity`, the bucket owner's legacy
/// Amazon customer ID, kept only for backward compatibility).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3UserIdentity {
  std::string principalId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where the request came from.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3RequestParameters {
  std::string sourceIPAddress;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The bucket the event happened in.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3Bucket {
  std::string name;
  S3UserIdentity ownerIdentity;
  std::string arn;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The object the event is about.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3Object {
  /// The object key, form-URL-encoded as S3 sends it (`+` for a space, `%XX` escapes).
  /// `decoded_key(object)` gives the real key.
  std::string key;
  /// Size in bytes; absent on delete events.
  std::optional<std::int64_t> size;
  /// Not sent by S3: the AWS Go library writes the decoded key here, and events it re-marshals
  /// carry it. Kept when present; prefer `decoded_key(object)`.
  std::optional<std::string> urlDecodedKey;
  /// The object version; absent or null when the bucket is not versioned.
  std::optional<std::string> versionId;
  /// The entity tag; absent on delete events.
  std::optional<std::string> eTag;
  /// Orders events on the same key: left-pad the shorter of two sequencers with zeros, then compare
  /// as strings; the greater one happened later. Sent for PUT and DELETE events.
  std::optional<std::string> sequencer;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The `s3` part of a record: bucket and object.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3Entity {
  std::string s3SchemaVersion;
  /// The ID of the notification configuration that matched.
  std::string configurationId;
  S3Bucket bucket;
  S3Object object;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// About a restore from an archive storage class (`ObjectRestore:Completed` events).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3RestoreEventData {
  /// When the temporary restored copy expires.
  std::chrono::sys_time<std::chrono::milliseconds> lifecycleRestorationExpiryTime;
  /// The storage class the object was restored from.
  std::string lifecycleRestoreStorageClass;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Archive (S3 Glacier) data of `ObjectRestore:Completed` events.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3GlacierEventData {
  S3RestoreEventData restoreEventData;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Replication events (event version 2.2).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3ReplicationEventData {
  std::string replicationRuleId;
  /// The ARN of the destination bucket.
  std::string destinationBucket;
  /// The replicated operation, e.g. "OBJECT_PUT".
  std::string s3Operation;
  /// When the replicated request was made, as S3 wrote it (RFC 3339 in practice).
  std::string requestTime;
  /// Why replication failed; only on `Replication:OperationFailedReplication` events.
  std::optional<std::string> failureReason;
  /// The replication time threshold; only on S3 Replication Time Control threshold events.
  std::optional<std::string> threshold;
  /// When the object was replicated; only on S3 Replication Time Control events.
  std::optional<std::string> replicationTime;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// S3 Intelligent-Tiering events (event version 2.3).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3IntelligentTieringEventData {
  /// "ARCHIVE_ACCESS" or "DEEP_ARCHIVE_ACCESS".
  std::string destinationAccessTier;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The storage class a lifecycle transition moved an object to.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3TransitionEventData {
  std::string destinationStorageClass;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// S3 Lifecycle transition events (event version 2.3).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3LifecycleEventData {
  S3TransitionEventData transitionEventData;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One notification.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3EventRecord {
  /// "major.minor"; compare the major version for equality, the minor one with >=.
  std::string eventVersion;
  std::string eventSource;  ///< "aws:s3"
  std::string awsRegion;
  /// When S3 finished processing the request.
  std::chrono::sys_time<std::chrono::milliseconds> eventTime;
  /// The event type without the `s3:` prefix, e.g. "ObjectCreated:Put" (some samples and
  /// newer event types carry the prefix: compare accordingly).
  LAMBDA_JSON_REQUIRED std::string eventName;
  S3UserIdentity userIdentity;
  S3RequestParameters requestParameters;
  /// "x-amz-request-id" and "x-amz-id-2": give them to AWS Support to trace the request.
  json::flat_map<std::string, std::string> responseElements;
  LAMBDA_JSON_REQUIRED S3Entity s3;
  /// Only on `ObjectRestore:Completed` events.
  std::optional<S3GlacierEventData> glacierEventData;
  /// Restore data at the record level, as some senders (and the AWS Go library) write it.
  std::optional<S3RestoreEventData> restoreEventData;
  /// Only on replication events.
  std::optional<S3ReplicationEventData> replicationEventData;
  /// Only on S3 Intelligent-Tiering events.
  std::optional<S3IntelligentTieringEventData> intelligentTieringEventData;
  /// Only on S3 Lifecycle transition events.
  std::optional<S3LifecycleEventData> lifecycleEventData;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a bucket notification sends to a function: one or more records.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3Event {
  LAMBDA_JSON_REQUIRED std::vector<S3EventRecord> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The test message S3 sends once when a notification configuration is saved. It has no
/// `Records`: check `Event == "s3:TestEvent"` before treating a payload as an S3Event.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT S3TestEvent {
  LAMBDA_JSON_REQUIRED std::string Service;  ///< "Amazon S3"
  LAMBDA_JSON_REQUIRED std::string Bucket;
  LAMBDA_JSON_REQUIRED std::string Event;  ///< "s3:TestEvent"
  std::chrono::sys_time<std::chrono::milliseconds> Time;
  std::string RequestId;
  std::string HostId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Decodes a form-URL-encoded object key: `+` becomes a space and `%XX` (two hex digits, either
/// case) the byte XX; everything else is copied. A `%` not followed by two hex digits is kept as
/// it is (as a WHATWG URL decoder does), so a malformed key never throws and loses nothing.
/// The result is bytes: when the escapes do not spell valid UTF-8, neither does the result.
inline std::string url_decode_key(std::string_view encoded) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(encoded.size());
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    const char c = encoded[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%' && i + 2 < encoded.size() && hex(encoded[i + 1]) >= 0 && hex(encoded[i + 2]) >= 0) {
      out += static_cast<char>(hex(encoded[i + 1]) * 16 + hex(encoded[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

/// The object's real key: `object.key` decoded by `url_decode_key`.
inline std::string decoded_key(const S3Object& object) { return url_decode_key(object.key); }

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_S3_TYPES(X) \
  X(S3Event) \
  X(S3TestEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/s3.json.h>
#endif
