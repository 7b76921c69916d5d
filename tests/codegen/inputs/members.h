#pragma once
// Every member kind the generator supports, with the field annotations.
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

namespace golden {

using Sku = std::string;

struct LAMBDA_JSON Scalars {
  bool flag = false;
  signed char tiny = 0;
  std::uint8_t byte = 0;
  std::int16_t small = 0;
  unsigned short small_unsigned = 0;
  int count = 0;
  unsigned int count_unsigned = 0;
  long wide = 0;
  std::uint64_t wide_unsigned = 0;
  long long longest = 0;
  float ratio = 0;
  double amount = 0;
};

struct LAMBDA_JSON LAMBDA_JSON_REJECT_UNKNOWN Containers {
  LAMBDA_JSON_REQUIRED Sku sku;
  std::string_view borrowed;
  std::vector<int> numbers;
  std::vector<std::vector<std::string>> rows;
  std::map<std::string, double> prices;
  std::unordered_map<std::string_view, std::optional<std::string>> labels;
  lambda::json::flat_map<std::string, std::vector<std::string>, lambda::json::case_insensitive_equal> headers;
  lambda::json::flat_map<std::string_view, int> in_order;
  std::optional<Scalars> scalars;
  LAMBDA_JSON_NAME("unit-price") double price_each = 0;
  LAMBDA_JSON_SKIP void* cache = nullptr;
  LAMBDA_JSON_WRITE_NULL std::optional<int> next;
  LAMBDA_JSON_REQUIRED std::optional<std::string> etag;
};

/// Leading optionals make the first comma a run-time decision.
struct LAMBDA_JSON Sparse {
  std::optional<std::string> a;
  std::optional<int> b;
  std::string c;
  std::optional<bool> d;
};

/// Only optionals: every comma is decided at run time.
struct LAMBDA_JSON AllOptional {
  std::optional<int> x;
  std::optional<int> y;
};

struct LAMBDA_JSON Empty {};

struct LAMBDA_JSON Special {
  std::variant<std::monostate, std::int64_t, double, std::string, std::vector<std::string>> value;
  lambda::json::raw_json detail;
  lambda::json::bytes payload;
  std::chrono::sys_time<std::chrono::milliseconds> created;
  std::chrono::sys_seconds expires;
  lambda::json::epoch_milliseconds sent;
  lambda::json::epoch_seconds approximate;
  lambda::json::timestamp spelled;
};

/// Recursion through a container.
struct LAMBDA_JSON Node {
  std::string name;
  std::vector<Node> children;
};

}  // namespace golden
