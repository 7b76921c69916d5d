#pragma once
/// \file
/// Amazon DynamoDB Streams events, time windows and batch responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/flat_map.h>
#include <lambda/json/base64.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// Which alternative a DynamoDBAttributeValue holds, by DynamoDB's data-type descriptor.
enum class DynamoDBDataType {
  none,        ///< no alternative set (not a valid attribute value)
  string,      ///< `S`
  number,      ///< `N`
  binary,      ///< `B`
  string_set,  ///< `SS`
  number_set,  ///< `NS`
  binary_set,  ///< `BS`
  map,         ///< `M`
  list,        ///< `L`
  null,        ///< `NULL`
  boolean,     ///< `BOOL`
};

struct DynamoDBAttributeValue;
/// An item or key: attribute name → value, in the order DynamoDB sent them (`item.at("pk")`,
/// `for (auto& [name, value] : item)`); a flat map, which reads faster than a std::map.
using DynamoDBItem = json::flat_map<std::string, DynamoDBAttributeValue>;

/// An item attribute in DynamoDB's typed JSON form: an object with exactly one of the members
/// below set, `{"S": "text"}`, `{"N": "12.5"}`, `{"M": {...}}`, … `type()` tells which one.
///
/// Numbers stay the exact decimal text DynamoDB stores (up to 38 significant digits), so nothing
/// is rounded; convert them as your data needs.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBAttributeValue {
  std::optional<std::string> S;
  std::optional<std::string> N;
  std::optional<json::bytes> B;
  std::optional<std::vector<std::string>> SS;
  std::optional<std::vector<std::string>> NS;
  std::optional<std::vector<json::bytes>> BS;
  std::optional<DynamoDBItem> M;
  std::optional<std::vector<DynamoDBAttributeValue>> L;
  /// Set (always to true) for a null attribute. Spelled `NULL` in JSON.
  LAMBDA_JSON_NAME("NULL") std::optional<bool> Null;
  std::optional<bool> BOOL;

  /// The alternative that is set: the first one found, in the order of the members above.
  DynamoDBDataType type() const noexcept {
    if (S) return DynamoDBDataType::string;
    if (N) return DynamoDBDataType::number;
    if (B) return DynamoDBDataType::binary;
    if (SS) return DynamoDBDataType::string_set;
    if (NS) return DynamoDBDataType::number_set;
    if (BS) return DynamoDBDataType::binary_set;
    if (M) return DynamoDBDataType::map;
    if (L) return DynamoDBDataType::list;
    if (Null) return DynamoDBDataType::null;
    if (BOOL) return DynamoDBDataType::boolean;
    return DynamoDBDataType::none;
  }

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Who made the change, for items deleted by Time to Live: `type` "Service", `principalId`
/// "dynamodb.amazonaws.com".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBUserIdentity {
  std::string type;
  std::string principalId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The change itself: the item's key and, as the stream's view type allows, its images.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBStreamRecord {
  /// When the change was made, in epoch seconds (whole seconds in practice; a fraction is kept).
  std::optional<json::epoch_seconds> ApproximateCreationDateTime;
  /// The primary key attributes of the changed item.
  DynamoDBItem Keys;
  /// The item after the change (view types NEW_IMAGE and NEW_AND_OLD_IMAGES; not on REMOVE).
  std::optional<DynamoDBItem> NewImage;
  /// The item before the change (view types OLD_IMAGE and NEW_AND_OLD_IMAGES; not on INSERT).
  std::optional<DynamoDBItem> OldImage;
  /// Unique within the shard; a decimal number too long for any integer type, so kept as text.
  std::string SequenceNumber;
  std::int64_t SizeBytes = 0;
  /// "KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE" or "NEW_AND_OLD_IMAGES".
  std::string StreamViewType;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One change of a batch.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBEventRecord {
  std::string eventID;
  /// "INSERT", "MODIFY" or "REMOVE".
  LAMBDA_JSON_REQUIRED std::string eventName;
  std::string eventVersion;
  std::string eventSource;  ///< "aws:dynamodb"
  std::string awsRegion;
  LAMBDA_JSON_REQUIRED DynamoDBStreamRecord dynamodb;
  std::string eventSourceARN;
  /// Present only for deletions made by the Time to Live process.
  std::optional<DynamoDBUserIdentity> userIdentity;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a table stream's event-source mapping sends: up to the batch size of changes, in
/// order within each shard.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBEvent {
  LAMBDA_JSON_REQUIRED std::vector<DynamoDBEventRecord> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A record the function could not process, by its `SequenceNumber`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBBatchItemFailure {
  std::string itemIdentifier;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response that reports a partial batch failure (with `ReportBatchItemFailures` enabled):
/// processing resumes from the lowest listed sequence number. An empty list means all succeeded.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBEventResponse {
  std::vector<DynamoDBBatchItemFailure> batchItemFailures;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The bounds of a tumbling window.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBTimeWindow {
  std::chrono::sys_seconds start;
  std::chrono::sys_seconds end;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of a mapping with a tumbling window: a batch of changes plus the window, and the
/// state the function returned for this window on its previous invocation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBTimeWindowEvent : DynamoDBEvent {
  LAMBDA_JSON_REQUIRED DynamoDBTimeWindow window;
  /// The state the function returned last time for this window (a JSON object of the
  /// function's own making, `{}` at the window's start); parse it with `json::parse<YourState>`.
  std::optional<json::raw_json> state;
  LAMBDA_JSON_REQUIRED std::string shardId;
  std::string eventSourceARN;
  /// True on the last invocation of the window: the state returned now is final.
  bool isFinalInvokeForWindow = false;
  /// True when the window ended early because its state grew past the 1 MB limit.
  bool isWindowTerminatedEarly = false;
};

/// The response to a tumbling-window invocation: the window's new state, and the records that
/// failed (if any).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT DynamoDBTimeWindowEventResponse : DynamoDBEventResponse {
  /// The state handed to the next invocation of this window: any JSON object.
  std::optional<json::raw_json> state;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_DYNAMODB_TYPES(X) \
  X(DynamoDBEvent) \
  X(DynamoDBEventResponse) \
  X(DynamoDBTimeWindowEvent) \
  X(DynamoDBTimeWindowEventResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/dynamodb.json.h>
#endif
