#pragma once
/// \file
/// Amazon MQ events for ActiveMQ and RabbitMQ.
///
/// Including this header gives the types and their generated codecs, ready for
/// `lambda::json::parse`, `lambda::json::to_string` and `lambda::run`.

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

/// The queue an ActiveMQ message was read from.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ActiveMQDestination {
  std::string physicalName;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One ActiveMQ (JMS) message. Header fields the broker did not set are absent.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ActiveMQMessage {
  std::string messageID;
  /// "jms/text-message" or "jms/bytes-message".
  std::string messageType;
  /// When the producer sent the message.
  json::epoch_milliseconds timestamp;
  /// 1 (non-persistent) or 2 (persistent).
  std::optional<std::int32_t> deliveryMode;
  std::optional<std::string> correlationID;
  std::optional<std::string> replyTo;
  ActiveMQDestination destination;
  bool redelivered = false;
  std::optional<std::string> type;
  /// When the message expires, in epoch milliseconds; 0 when it never does.
  std::optional<std::int64_t> expiration;
  std::optional<std::int32_t> priority;
  /// The message body (decoded from base64): the text of a text message, or the bytes.
  json::bytes data;
  json::epoch_milliseconds brokerInTime;
  json::epoch_milliseconds brokerOutTime;
  /// The message's application properties; absent or null when it has none.
  std::optional<std::map<std::string, std::string>> properties;
  std::optional<std::string> connectionId;
  std::optional<bool> persistent;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event an ActiveMQ broker's event-source mapping sends.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT ActiveMQEvent {
  LAMBDA_JSON_REQUIRED std::string eventSource;
  std::string eventSourceArn;
  LAMBDA_JSON_REQUIRED std::vector<ActiveMQMessage> messages;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// A RabbitMQ message's AMQP basic properties; those the publisher did not set are absent or null.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT RabbitMQBasicProperties {
  std::optional<std::string> contentType;
  std::optional<std::string> contentEncoding;
  /// Application headers: name → AMQP field value, as JSON (`{"bytes": [...]}` for byte
  /// strings, a number, …).
  std::map<std::string, json::raw_json> headers;
  std::optional<std::int32_t> deliveryMode;
  std::optional<std::int32_t> priority;
  std::optional<std::string> correlationId;
  std::optional<std::string> replyTo;
  /// The per-message TTL in milliseconds, as text (AMQP defines it as a string).
  std::optional<std::string> expiration;
  std::optional<std::string> messageId;
  /// The publisher's timestamp, as the broker formats it ("Jan 1, 1970, 12:33:41 AM").
  std::optional<std::string> timestamp;
  std::optional<std::string> type;
  std::optional<std::string> userId;
  std::optional<std::string> appId;
  std::optional<std::string> clusterId;
  std::int64_t bodySize = 0;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// One RabbitMQ message.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT RabbitMQMessage {
  RabbitMQBasicProperties basicProperties;
  bool redelivered = false;
  /// The message body (decoded from base64).
  json::bytes data;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

/// The event a RabbitMQ broker's event-source mapping sends.
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT RabbitMQEvent {
  LAMBDA_JSON_REQUIRED std::string eventSource;  ///< "aws:rmq"
  std::string eventSourceArn;
  /// The batch's messages by queue, keyed "queue::virtual-host" (`"orders::/"`).
  LAMBDA_JSON_REQUIRED std::map<std::string, std::vector<RabbitMQMessage>> rmqMessagesByQueue;

  LAMBDA_JSON_EXTRA std::map<std::string, json::raw_json> other;  ///< keys not declared here, kept
};

}  // namespace lambda::events

/// The top-level event and response types of this header, for `lambda::events::catalog()`.
// clang-format off
#define LAMBDA_EVENTS_MQ_TYPES(X) \
  X(ActiveMQEvent) \
  X(RabbitMQEvent)
// clang-format on

#ifndef LAMBDAGEN_GENERATING
#include <lambda/events/mq.json.h>
#endif
