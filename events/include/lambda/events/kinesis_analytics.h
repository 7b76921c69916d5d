#pragma once
/// \file
/// Amazon Kinesis Data Analytics preprocessing and output-delivery events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/base64.h>
#include <lambda/json/time.h>
#include <lambda/json/raw_json.h>

#include <optional>
#include <string>
#include <vector>
#include <map>

namespace lambda::events {

/// Where a record came from, for an application reading a Firehose delivery stream.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsFirehoseRecordMetadata {
  json::epoch_milliseconds approximateArrivalTimestamp;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One record to preprocess, from a Firehose delivery stream.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsFirehoseInputPreprocessingRecord {
  std::string recordId;
  std::optional<KinesisAnalyticsFirehoseRecordMetadata> kinesisFirehoseRecordMetadata;
  /// The record's payload (decoded from base64).
  json::bytes data;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of an application's input preprocessing when its source is a Firehose delivery stream.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsFirehoseInputPreprocessingEvent {
  LAMBDA_JSON_REQUIRED std::string invocationId;
  LAMBDA_JSON_REQUIRED std::string applicationArn;
  /// The delivery stream's ARN.
  std::string streamArn;
  LAMBDA_JSON_REQUIRED std::vector<KinesisAnalyticsFirehoseInputPreprocessingRecord> records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// Where a record came from, for an application reading a Kinesis data stream.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsStreamRecordMetadata {
  /// A decimal number too long for any integer type, so kept as text.
  std::string sequenceNumber;
  std::string partitionKey;
  std::string shardId;
  json::epoch_milliseconds approximateArrivalTimestamp;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One record to preprocess, from a Kinesis data stream.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsStreamsInputPreprocessingRecord {
  std::string recordId;
  std::optional<KinesisAnalyticsStreamRecordMetadata> kinesisStreamRecordMetadata;
  /// The record's payload (decoded from base64).
  json::bytes data;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of an application's input preprocessing when its source is a Kinesis data stream.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsStreamsInputPreprocessingEvent {
  LAMBDA_JSON_REQUIRED std::string invocationId;
  LAMBDA_JSON_REQUIRED std::string applicationArn;
  /// The data stream's ARN.
  std::string streamArn;
  LAMBDA_JSON_REQUIRED std::vector<KinesisAnalyticsStreamsInputPreprocessingRecord> records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One preprocessed record. `result` is "Ok" (use `data`), "Dropped" or "ProcessingFailed".
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsInputPreprocessingResponseRecord {
  /// The `recordId` of the input record this one answers.
  std::string recordId;
  std::string result;
  /// The preprocessed payload (encoded as base64).
  json::bytes data;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The function's answer to either preprocessing event: one record per input record.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsInputPreprocessingResponse {
  std::vector<KinesisAnalyticsInputPreprocessingResponseRecord> records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One application output record to deliver.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsOutputDeliveryEventRecord {
  std::string recordId;
  /// The output row (decoded from base64).
  json::bytes data;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event of an application whose output destination is a Lambda function.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsOutputDeliveryEvent {
  LAMBDA_JSON_REQUIRED std::string invocationId;
  LAMBDA_JSON_REQUIRED std::string applicationArn;
  LAMBDA_JSON_REQUIRED std::vector<KinesisAnalyticsOutputDeliveryEventRecord> records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The delivery outcome of one record: `result` is "Ok" or "DeliveryFailed" (delivered again).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsOutputDeliveryResponseRecord {
  std::string recordId;
  std::string result;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The function's answer to a KinesisAnalyticsOutputDeliveryEvent: one record per input record.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KinesisAnalyticsOutputDeliveryResponse {
  std::vector<KinesisAnalyticsOutputDeliveryResponseRecord> records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_KINESIS_ANALYTICS_TYPES(X) \
  X(KinesisAnalyticsFirehoseInputPreprocessingEvent) \
  X(KinesisAnalyticsStreamsInputPreprocessingEvent) \
  X(KinesisAnalyticsInputPreprocessingResponse) \
  X(KinesisAnalyticsOutputDeliveryEvent) \
  X(KinesisAnalyticsOutputDeliveryResponse)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/kinesis_analytics.json.h>
#endif
