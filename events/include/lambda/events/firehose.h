#pragma once
/// \file
/// Amazon Data Firehose transformation events and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.
///
/// With an Amazon MSK source (`sourceMSKArn` set), each record carries its payload in
/// `kafkaRecordValue` instead of `data`, and `mskRecordMetadata` instead of `kinesisRecordMetadata`;
/// the transformed records go back in `kafkaRecordValue` too. (AWS's Java library has separate
/// `MSKFirehoseEvent` / `MSKFirehoseResponse` types; here the same types read both.)

#include <lambda/json/annotate.h>
#include <lambda/json/base64.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// Where a record came from, when the delivery stream reads a Kinesis data stream.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisFirehoseRecordMetadata {
  std::string shardId;
  std::string partitionKey;
  /// A decimal number too long for any integer type, so kept as text.
  std::string sequenceNumber;
  /// The record's position within an aggregated (KPL) Kinesis record.
  std::int64_t subsequenceNumber = 0;
  /// When the Kinesis stream accepted the record.
  json::epoch_milliseconds approximateArrivalTimestamp;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where a record came from, when the delivery stream reads an Amazon MSK topic.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisFirehoseMSKRecordMetadata {
  /// The record's offset in its partition, as text ("0").
  std::string offset;
  /// The partition, as text ("1").
  std::string partitionId;
  /// When the record reached the topic.
  json::epoch_milliseconds approximateArrivalTimestamp;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One record to transform.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisFirehoseEventRecord {
  LAMBDA_JSON_REQUIRED std::string recordId;
  /// When Firehose accepted the record.
  json::epoch_milliseconds approximateArrivalTimestamp;
  /// The record's payload (decoded from base64). Empty with an MSK source, which sends
  /// `kafkaRecordValue` instead.
  json::bytes data;
  /// Present when the source is a Kinesis data stream.
  std::optional<KinesisFirehoseRecordMetadata> kinesisRecordMetadata;
  /// The record's payload (decoded from base64) when the source is an Amazon MSK topic.
  std::optional<json::bytes> kafkaRecordValue;
  /// Present when the source is an Amazon MSK topic.
  std::optional<KinesisFirehoseMSKRecordMetadata> mskRecordMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of a delivery stream's data transformation: a batch of records for the function
/// to transform, drop or fail.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisFirehoseEvent {
  LAMBDA_JSON_REQUIRED std::string invocationId;
  LAMBDA_JSON_REQUIRED std::string deliveryStreamArn;
  /// Present when the source is a Kinesis data stream.
  std::optional<std::string> sourceKinesisStreamArn;
  /// Present when the source is an Amazon MSK cluster.
  std::optional<std::string> sourceMSKArn;
  std::string region;
  LAMBDA_JSON_REQUIRED std::vector<KinesisFirehoseEventRecord> records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where an Apache Iceberg destination applies a record.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisFirehoseResponseRecordOTFMetadata {
  std::string destinationTableName;
  std::string destinationDatabaseName;
  /// "insert", "update" or "delete".
  std::string operation;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Routing information a transformed record carries.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisFirehoseResponseRecordMetadata {
  /// Dynamic-partitioning keys: partition key name → value.
  std::optional<std::map<std::string, std::string>> partitionKeys;
  /// For Apache Iceberg destinations.
  std::optional<KinesisFirehoseResponseRecordOTFMetadata> otfMetadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One transformed record. `result` is "Ok" (deliver `data`), "Dropped" (deliberately left out)
/// or "ProcessingFailed" (sent to the error output).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisFirehoseResponseRecord {
  /// The `recordId` of the input record this one answers.
  std::string recordId;
  std::string result;
  /// The transformed payload (encoded as base64). Leave it empty for an MSK source, which reads
  /// `kafkaRecordValue` instead (an empty optional is not written).
  std::optional<json::bytes> data;
  /// The transformed payload (encoded as base64) when the source is an Amazon MSK topic.
  std::optional<json::bytes> kafkaRecordValue;
  /// For dynamic partitioning or Iceberg destinations only.
  std::optional<KinesisFirehoseResponseRecordMetadata> metadata;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The function's answer to a KinesisFirehoseEvent: one record per input record.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisFirehoseResponse {
  std::vector<KinesisFirehoseResponseRecord> records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_FIREHOSE_TYPES(X) \
  X(KinesisFirehoseEvent) \
  X(KinesisFirehoseResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/firehose.json.h>
#endif
