#pragma once
/// \file
/// Amazon S3 event notifications.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// Object keys arrive form-URL-encoded (`red flower.jpg` is sent as `red+flower.jpg`): use
/// `decoded_key(record.s3.object)` to get the key to pass to the S3 API.
///
/// Each record type is a class template over its string type: `S3Event` is
/// `basic_S3Event<std::string>`, and `borrowed::S3Event` (`std::string_view`) reads without
/// copying its strings.

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
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3UserIdentity {
  String principalId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3UserIdentity = basic_S3UserIdentity<std::string>;

/// Where the request came from.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3RequestParameters {
  String sourceIPAddress;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3RequestParameters = basic_S3RequestParameters<std::string>;

/// The bucket the event happened in.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3Bucket {
  String name;
  basic_S3UserIdentity<String> ownerIdentity;
  String arn;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3Bucket = basic_S3Bucket<std::string>;

/// The object the event is about.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3Object {
  /// The object key, form-URL-encoded as S3 sends it (`+` for a space, `%XX` escapes).
  /// `decoded_key(object)` gives the real key.
  String key;
  /// Size in bytes; absent on delete events.
  std::optional<std::int64_t> size;
  /// Not sent by S3: the AWS Go library writes the decoded key here, and events it re-marshals
  /// carry it. Kept when present; prefer `decoded_key(object)`.
  std::optional<String> urlDecodedKey;
  /// The object version; absent or null when the bucket is not versioned.
  std::optional<String> versionId;
  /// The entity tag; absent on delete events.
  std::optional<String> eTag;
  /// Orders events on the same key: left-pad the shorter of two sequencers with zeros, then compare
  /// as strings; the greater one happened later. Sent for PUT and DELETE events.
  std::optional<String> sequencer;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3Object = basic_S3Object<std::string>;

/// The `s3` part of a record: bucket and object.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3Entity {
  String s3SchemaVersion;
  /// The ID of the notification configuration that matched.
  String configurationId;
  basic_S3Bucket<String> bucket;
  basic_S3Object<String> object;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3Entity = basic_S3Entity<std::string>;

/// About a restore from an archive storage class (`ObjectRestore:Completed` events).
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3RestoreEventData {
  /// When the temporary restored copy expires.
  std::chrono::sys_time<std::chrono::milliseconds> lifecycleRestorationExpiryTime;
  /// The storage class the object was restored from.
  String lifecycleRestoreStorageClass;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3RestoreEventData = basic_S3RestoreEventData<std::string>;

/// Archive (S3 Glacier) data of `ObjectRestore:Completed` events.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3GlacierEventData {
  basic_S3RestoreEventData<String> restoreEventData;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3GlacierEventData = basic_S3GlacierEventData<std::string>;

/// Replication events (event version 2.2).
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3ReplicationEventData {
  String replicationRuleId;
  /// The ARN of the destination bucket.
  String destinationBucket;
  /// The replicated operation, e.g. "OBJECT_PUT".
  String s3Operation;
  /// When the replicated request was made, as S3 wrote it (RFC 3339 in practice).
  String requestTime;
  /// Why replication failed; only on `Replication:OperationFailedReplication` events.
  std::optional<String> failureReason;
  /// The replication time threshold; only on S3 Replication Time Control threshold events.
  std::optional<String> threshold;
  /// When the object was replicated; only on S3 Replication Time Control events.
  std::optional<String> replicationTime;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3ReplicationEventData = basic_S3ReplicationEventData<std::string>;

/// S3 Intelligent-Tiering events (event version 2.3).
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3IntelligentTieringEventData {
  /// "ARCHIVE_ACCESS" or "DEEP_ARCHIVE_ACCESS".
  String destinationAccessTier;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3IntelligentTieringEventData = basic_S3IntelligentTieringEventData<std::string>;

/// The storage class a lifecycle transition moved an object to.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3TransitionEventData {
  String destinationStorageClass;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3TransitionEventData = basic_S3TransitionEventData<std::string>;

/// S3 Lifecycle transition events (event version 2.3).
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3LifecycleEventData {
  basic_S3TransitionEventData<String> transitionEventData;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3LifecycleEventData = basic_S3LifecycleEventData<std::string>;

/// One notification.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3EventRecord {
  /// "major.minor"; compare the major version for equality, the minor one with >=.
  String eventVersion;
  String eventSource;  ///< "aws:s3"
  String awsRegion;
  /// When S3 finished processing the request.
  std::chrono::sys_time<std::chrono::milliseconds> eventTime;
  /// The event type without the `s3:` prefix, e.g. "ObjectCreated:Put" (some samples and
  /// newer event types carry the prefix: compare accordingly).
  LAMBDA_JSON_REQUIRED String eventName;
  basic_S3UserIdentity<String> userIdentity;
  basic_S3RequestParameters<String> requestParameters;
  /// "x-amz-request-id" and "x-amz-id-2": give them to AWS Support to trace the request.
  json::flat_map<String, String> responseElements;
  LAMBDA_JSON_REQUIRED basic_S3Entity<String> s3;
  /// Only on `ObjectRestore:Completed` events.
  std::optional<basic_S3GlacierEventData<String>> glacierEventData;
  /// Restore data at the record level, as some senders (and the AWS Go library) write it.
  std::optional<basic_S3RestoreEventData<String>> restoreEventData;
  /// Only on replication events.
  std::optional<basic_S3ReplicationEventData<String>> replicationEventData;
  /// Only on S3 Intelligent-Tiering events.
  std::optional<basic_S3IntelligentTieringEventData<String>> intelligentTieringEventData;
  /// Only on S3 Lifecycle transition events.
  std::optional<basic_S3LifecycleEventData<String>> lifecycleEventData;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3EventRecord = basic_S3EventRecord<std::string>;

/// The event a bucket notification sends to a function: one or more records.
template <class String>
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT basic_S3Event {
  LAMBDA_JSON_REQUIRED std::vector<basic_S3EventRecord<String>> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};
using S3Event LAMBDA_JSON = basic_S3Event<std::string>;

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
template <class String>
std::string decoded_key(const basic_S3Object<String>& object) {
  return url_decode_key(object.key);
}

/// The S3 event with its strings borrowed from the text it was read from (`std::string_view`
/// members, no allocation per string): valid while that text and the parser that read it are
/// untouched — during the handler call, with `lambda::run`. See "Borrowed events" in the README.
namespace borrowed {
using S3Event LAMBDA_JSON = basic_S3Event<std::string_view>;
using S3EventRecord = basic_S3EventRecord<std::string_view>;
using S3Entity = basic_S3Entity<std::string_view>;
using S3Bucket = basic_S3Bucket<std::string_view>;
using S3Object = basic_S3Object<std::string_view>;
using S3UserIdentity = basic_S3UserIdentity<std::string_view>;
}  // namespace borrowed

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
