#pragma once
/// \file
/// Amazon Kinesis Data Streams events, time windows and batch responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/base64.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>
#include <map>

namespace lambda::events {

/// The Kinesis part of a record: the data a producer put on the stream.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisRecord {
  std::string kinesisSchemaVersion;
  std::string partitionKey;
  /// Unique within the shard; a decimal number too long for any integer type, so kept as text.
  std::string sequenceNumber;
  /// The record's payload, as the producer wrote it (decoded from base64).
  json::bytes data;
  /// When the stream accepted the record (epoch seconds with a millisecond fraction).
  json::epoch_seconds approximateArrivalTimestamp;
  /// "KMS" when the stream encrypts records server-side; absent otherwise.
  std::optional<std::string> encryptionType;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One record of a batch, with where it comes from.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisEventRecord {
  LAMBDA_JSON_REQUIRED KinesisRecord kinesis;
  std::string eventSource;  ///< "aws:kinesis"
  std::string eventVersion;
  /// "shardId-…:" followed by the sequence number.
  std::string eventID;
  std::string eventName;  ///< "aws:kinesis:record"
  /// The execution role the event source mapping reads the stream with.
  std::string invokeIdentityArn;
  std::string awsRegion;
  std::string eventSourceARN;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a stream's event-source mapping sends: up to the batch size of records, in order
/// within each shard.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisEvent {
  LAMBDA_JSON_REQUIRED std::vector<KinesisEventRecord> Records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A record the function could not process, by its `sequenceNumber`.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisBatchItemFailure {
  std::string itemIdentifier;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The response that reports a partial batch failure (with `ReportBatchItemFailures` enabled):
/// processing resumes from the lowest listed sequence number. An empty list means all succeeded.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisEventResponse {
  std::vector<KinesisBatchItemFailure> batchItemFailures;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The bounds of a tumbling window.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisTimeWindow {
  std::chrono::sys_seconds start;
  std::chrono::sys_seconds end;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of a mapping with a tumbling window: a batch of records plus the window, and the
/// state the function returned for this window on its previous invocation.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisTimeWindowEvent : KinesisEvent {
  LAMBDA_JSON_REQUIRED KinesisTimeWindow window;
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
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisTimeWindowEventResponse : KinesisEventResponse {
  /// The state handed to the next invocation of this window: any JSON object.
  std::optional<json::raw_json> state;
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_KINESIS_TYPES(X) \
  X(KinesisEvent) \
  X(KinesisEventResponse) \
  X(KinesisTimeWindowEvent) \
  X(KinesisTimeWindowEventResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/kinesis.json.h>
#endif
