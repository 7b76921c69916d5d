#pragma once
// Internally tagged variants (LAMBDA_JSON_TAG): alternatives named by LAMBDA_JSON_TAG_VALUE or
// by their name under their naming policy, one that keeps unknown keys, one that rejects them,
// an empty one; as a member, in an optional and in a vector.
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace orders {

struct LAMBDA_JSON LAMBDA_JSON_TAG_VALUE("order.created") Created {
  long id = 0;
  std::string customer;
  std::vector<std::string> items;
};

struct LAMBDA_JSON LAMBDA_JSON_NAMING("snake_case") LAMBDA_JSON_REJECT_UNKNOWN OrderCancelled {
  long id = 0;
  std::string cancel_reason;
};

struct LAMBDA_JSON Shipped {
  long id = 0;
  std::optional<std::string> carrier;
  LAMBDA_JSON_EXTRA std::map<std::string, lambda::json::raw_json> other;
};

struct LAMBDA_JSON Ping {};

using OrderEvent = std::variant<Created, OrderCancelled, Shipped, Ping>;

struct LAMBDA_JSON Envelope {
  std::string source;
  LAMBDA_JSON_TAG("type") OrderEvent event;
  LAMBDA_JSON_TAG("kind") std::optional<std::variant<Created, Ping>> previous;
  LAMBDA_JSON_TAG("type") std::vector<std::variant<Created, OrderCancelled>> history;
};

}  // namespace orders
