#pragma once
// Internally tagged variants: named by LAMBDA_JSON_TAG_VALUE or by the struct's name under its
// naming policy; as a member, in an optional and in a vector; alternatives that keep or reject
// unknown keys, and an empty one.
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace golden::tagged {

struct LAMBDA_JSON LAMBDA_JSON_TAG_VALUE("order.created") Created {
  long id = 0;
  std::string customer;
};

struct LAMBDA_JSON LAMBDA_JSON_NAMING("snake_case") LAMBDA_JSON_REJECT_UNKNOWN OrderCancelled {
  long id = 0;
  std::string cancel_reason;
};

struct LAMBDA_JSON Shipped {
  long id = 0;
  LAMBDA_JSON_EXTRA std::map<std::string, lambda::json::raw_json> other;
};

struct LAMBDA_JSON Ping {};

struct LAMBDA_JSON Envelope {
  LAMBDA_JSON_TAG("type") std::variant<Created, OrderCancelled, Shipped, Ping> event;
  LAMBDA_JSON_TAG("kind") std::optional<std::variant<Created, Ping>> previous;
  LAMBDA_JSON_TAG("type") std::vector<std::variant<Created, OrderCancelled>> history;
};

}  // namespace golden::tagged
