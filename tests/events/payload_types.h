#pragma once
// Users' own payload types, as HTTP bodies and batch records carry them (generated codecs).

#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>

#include <cstdint>
#include <string>
#include <vector>

namespace payload_test {

struct LAMBDA_JSON Customer {
  LAMBDA_JSON_REQUIRED std::string id;
};

struct LAMBDA_JSON Item {
  std::string sku;
  std::int64_t qty = 0;
};

struct LAMBDA_JSON Order {
  LAMBDA_JSON_REQUIRED std::string id;
  Customer customer;
  std::vector<Item> items;
};

/// The body of the third-party API Gateway samples: {"a": 1}.
struct LAMBDA_JSON Probe {
  LAMBDA_JSON_REQUIRED int a = 0;
};

/// Part of the CloudWatch alarm an SNS notification carries in its Message.
struct LAMBDA_JSON Alarm {
  LAMBDA_JSON_REQUIRED std::string AlarmName;
  std::string NewStateValue;
  std::string OldStateValue;
};

/// A custom EventBridge event's detail, and the typed event that carries it.
struct LAMBDA_JSON OrderPlaced {
  LAMBDA_JSON_REQUIRED std::string orderId;
  std::int64_t total = 0;
};
using OrderPlacedEvent LAMBDA_JSON = lambda::events::EventBridgeEventOf<OrderPlaced>;

}  // namespace payload_test
