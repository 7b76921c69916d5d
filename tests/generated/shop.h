#pragma once
// Annotated types that exercise every member kind and annotation the generator supports.

#include <lambda/json/annotate.h>
#include <lambda/json/base64.h>
#include <lambda/json/flat_map.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/time.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace shop {

enum class LAMBDA_JSON Color { red, green, blue LAMBDA_JSON_NAME("dark-blue") };

enum class LAMBDA_JSON LAMBDA_JSON_NAMING("snake_case") Shipping{StandardGround, NextDay};

struct LAMBDA_JSON Money {
  std::int64_t cents = 0;
  std::string currency;
  friend bool operator==(const Money&, const Money&) = default;
};

struct LAMBDA_JSON Item {
  LAMBDA_JSON_REQUIRED std::string sku;
  std::uint16_t quantity = 1;
  LAMBDA_JSON_NAME("unit_price") Money price;
  std::optional<Color> color;
  friend bool operator==(const Item&, const Item&) = default;
};

struct LAMBDA_JSON Entity {
  std::string id;
  std::int32_t version = 0;
  friend bool operator==(const Entity&, const Entity&) = default;
};

struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") Order : Entity {
  std::string customer_name;
  std::vector<Item> line_items;
  std::map<std::string, std::string> tags;
  std::unordered_map<std::string, std::int64_t> counters;
  std::optional<std::string> gift_note;
  LAMBDA_JSON_WRITE_NULL std::optional<std::string> coupon;
  Shipping shipping = Shipping::StandardGround;
  bool express = false;
  double weight_kg = 0;
  float rating = 0;
  std::int8_t priority = 0;
  std::uint64_t sequence = 0;
  std::variant<std::string, std::vector<std::string>> destination;
  lambda::json::raw_json metadata;
  lambda::json::bytes signature;
  std::chrono::sys_time<std::chrono::milliseconds> created_at{};
  lambda::json::epoch_milliseconds updated_at;
  lambda::json::epoch_seconds expires_at;
  LAMBDA_JSON_SKIP int cache_hits = 0;
  friend bool operator==(const Order&, const Order&) = default;
};

struct LAMBDA_JSON LAMBDA_JSON_REJECT_UNKNOWN StrictConfig {
  LAMBDA_JSON_REQUIRED std::string name;
  LAMBDA_JSON_REQUIRED std::int32_t limit = 0;
  std::optional<bool> verbose;
};

struct LAMBDA_JSON LAMBDA_JSON_NAMING("PascalCase") Borrowed {
  std::string_view first_name;
  std::vector<std::string_view> aliases;
  std::map<std::string_view, std::string_view> labels;
};

struct LAMBDA_JSON LAMBDA_JSON_NAMING("snake_case") Tree {
  std::string nodeName;
  std::vector<Tree> childNodes;
};

/// A webhook as other producers send it: `null` for absent values, one key spelt two ways, keys
/// added over time that this type does not declare (kept in `other` and written back).
struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT Webhook {
  LAMBDA_JSON_REQUIRED std::string id;
  std::map<std::string, std::string> headers;
  std::vector<Item> items;
  std::int32_t attempt = 1;
  std::optional<std::string> body;
  LAMBDA_JSON_ALIAS("SigningCertURL") LAMBDA_JSON_ALIAS("signing_cert_url") std::string SigningCertUrl;
  Money total;
  std::optional<lambda::json::timestamp> delivered_at;  ///< spelled as the producer spelt it
  LAMBDA_JSON_EXTRA std::map<std::string, lambda::json::raw_json> other;
  friend bool operator==(const Webhook&, const Webhook&) = default;
};

/// A webhook that gained a member: `other` is inherited, and still written after every member.
struct LAMBDA_JSON SignedWebhook : Webhook {
  std::string signature;
};

/// NULL_AS_DEFAULT on one member only: the others stay strict.
struct LAMBDA_JSON Receipt {
  std::string id;
  LAMBDA_JSON_NULL_AS_DEFAULT std::vector<std::string> notes;
  std::string status;
};

/// A delivery as an HTTP producer sends it: header names in any letter case, several values per
/// name, and undeclared keys kept in the order they came.
struct LAMBDA_JSON Delivery {
  std::string id;
  lambda::json::flat_map<std::string, std::string, lambda::json::case_insensitive_equal> headers;
  lambda::json::flat_map<std::string, std::vector<std::string>, lambda::json::case_insensitive_equal> multi;
  LAMBDA_JSON_EXTRA lambda::json::flat_map<std::string, lambda::json::raw_json> other;
  friend bool operator==(const Delivery&, const Delivery&) = default;
};

/// Defaults chosen by a constructor, not by initializers: parse_into gives them back.
struct LAMBDA_JSON RetryPolicy {
  RetryPolicy() : attempts(3), backoff("exponential") {}
  std::int32_t attempts;
  std::string backoff;
  std::vector<std::int32_t> retry_on;
  friend bool operator==(const RetryPolicy&, const RetryPolicy&) = default;
};

}  // namespace shop
