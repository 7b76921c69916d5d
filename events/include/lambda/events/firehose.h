#pragma once
/// \file
/// Amazon Data Firehose transformation events and responses.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/base64.h>
#include <lambda/json/time.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lambda::events {

/// Where a record came from, when the delivery stream reads a Kinesis data stream.
struct LAMBDA_JSON KinesisFirehoseRecordMetadata {
  std::string shardId;
  std::string partitionKey;
  /// A decimal number too long for any integer type, so kept as text.
  std::string sequenceNumber;
  /// The record's position within an aggregated (KPL) Kinesis record.
  std::int64_t subsequenceNumber = 0;
  /// When the Kinesis stream accepted the record.
  json::epoch_milliseconds approximateArrivalTimestamp;
};

/// One record to transform.
struct LAMBDA_JSON KinesisFirehoseEventRecord {
  LAMBDA_JSON_REQUIRED std::string recordId;
  /// When Firehose accepted the record.
  json::epoch_milliseconds approximateArrivalTimestamp;
  /// The record's payload (decoded from base64).
  LAMBDA_JSON_REQUIRED json::bytes data;
  /// Present when the source is a Kinesis data stream.
  std::optional<KinesisFirehoseRecordMetadata> kinesisRecordMetadata;
};

/// The event of a delivery stream's data transformation: a batch of records for the function
/// to transform, drop or fail.
struct LAMBDA_JSON KinesisFirehoseEvent {
  LAMBDA_JSON_REQUIRED std::string invocationId;
  LAMBDA_JSON_REQUIRED std::string deliveryStreamArn;
  /// Present when the source is a Kinesis data stream.
  std::optional<std::string> sourceKinesisStreamArn;
  std::string region;
  LAMBDA_JSON_REQUIRED std::vector<KinesisFirehoseEventRecord> records;
};

/// Where an Apache Iceberg destination applies a record.
struct LAMBDA_JSON KinesisFirehoseResponseRecordOTFMetadata {
  std::string destinationTableName;
  std::string destinationDatabaseName;
  /// "insert", "update" or "delete".
  std::string operation;
};

/// Routing information a transformed record carries.
struct LAMBDA_JSON KinesisFirehoseResponseRecordMetadata {
  /// Dynamic-partitioning keys: partition key name → value.
  std::optional<std::map<std::string, std::string>> partitionKeys;
  /// For Apache Iceberg destinations.
  std::optional<KinesisFirehoseResponseRecordOTFMetadata> otfMetadata;
};

/// One transformed record. `result` is "Ok" (deliver `data`), "Dropped" (deliberately left out)
/// or "ProcessingFailed" (sent to the error output).
struct LAMBDA_JSON KinesisFirehoseResponseRecord {
  /// The `recordId` of the input record this one answers.
  std::string recordId;
  std::string result;
  /// The transformed payload (encoded as base64).
  json::bytes data;
  /// For dynamic partitioning or Iceberg destinations only.
  std::optional<KinesisFirehoseResponseRecordMetadata> metadata;
};

/// The function's answer to a KinesisFirehoseEvent: one record per input record.
struct LAMBDA_JSON KinesisFirehoseResponse {
  std::vector<KinesisFirehoseResponseRecord> records;
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
