#pragma once
/// \file
/// Amazon MSK and self-managed Apache Kafka events.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

#include <lambda/json/annotate.h>
#include <lambda/json/base64.h>
#include <lambda/json/time.h>
#include <lambda/json/raw_json.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::events {

/// How a key or value was validated against a schema registry (event source mappings with a
/// schema registry configured).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KafkaSchemaMetadata {
  /// "AVRO", "JSON" or "PROTOBUF".
  std::string dataFormat;
  std::string schemaId;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One Kafka record.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KafkaRecord {
  LAMBDA_JSON_REQUIRED std::string topic;
  LAMBDA_JSON_REQUIRED std::int64_t partition = 0;
  LAMBDA_JSON_REQUIRED std::int64_t offset = 0;
  json::epoch_milliseconds timestamp;
  /// "CREATE_TIME" (set by the producer) or "LOG_APPEND_TIME" (set by the broker).
  std::string timestampType;
  /// The record key (decoded from base64); absent for records without a key.
  std::optional<json::bytes> key;
  /// The record value (decoded from base64); absent for tombstones.
  std::optional<json::bytes> value;
  /// The record headers, in order; each element holds one header: name → value bytes. Kafka
  /// sends the bytes as a JSON array of signed (Java) bytes; `header()` gives them as text.
  std::vector<std::map<std::string, std::vector<std::int8_t>>> headers;
  std::optional<KafkaSchemaMetadata> keySchemaMetadata;
  std::optional<KafkaSchemaMetadata> valueSchemaMetadata;

  /// The value of the first header called `name`, as a byte string; std::nullopt if there is none.
  std::optional<std::string> header(std::string_view name) const {
    for (const auto& h : headers) {
      for (const auto& [k, v] : h) {
        if (k == name) {
          std::string out(v.size(), '\0');
          for (std::size_t i = 0; i < v.size(); ++i) out[i] = static_cast<char>(static_cast<unsigned char>(v[i]));
          return out;
        }
      }
    }
    return std::nullopt;
  }

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a Kafka event-source mapping sends, for an Amazon MSK cluster (`eventSource`
/// "aws:kafka") or a self-managed cluster ("SelfManagedKafka").
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT KafkaEvent {
  LAMBDA_JSON_REQUIRED std::string eventSource;
  /// The MSK cluster's ARN; absent for self-managed clusters.
  std::optional<std::string> eventSourceArn;
  /// The brokers the mapping connects to, comma-separated "host:port".
  std::string bootstrapServers;
  /// The batch's records by "topic-partition" (`"orders-0"`), in offset order within each.
  LAMBDA_JSON_REQUIRED std::map<std::string, std::vector<KafkaRecord>> records;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_KAFKA_TYPES(X) \
  X(KafkaEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/kafka.json.h>
#endif
