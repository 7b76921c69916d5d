#pragma once
// Naming policies on records and enums, renamed members and enumerators, key escaping.
#include <lambda/json/annotate.h>

#include <string>

namespace golden::naming {

enum class LAMBDA_JSON Color { red, green, dark_blue LAMBDA_JSON_NAME("navy") };

enum LAMBDA_JSON LAMBDA_JSON_NAMING("PascalCase") Level : int {
  debug_level = 10,
  info_level = 20,
  warning = 30,
  warn = warning,  // an alias: read as "Warn", written as "Warning"
};

enum class LAMBDA_JSON LAMBDA_JSON_NAMING("snake_case") HttpMethod { Get, Post, PutObject, HTTPHead };

struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") Camel {
  std::string request_id;
  int retry_count = 0;
  LAMBDA_JSON_NAME("X-Amz-Date") std::string amz_date;
  Color color = Color::red;
};

struct LAMBDA_JSON LAMBDA_JSON_NAMING("PascalCase") Pascal {
  std::string request_id;
  Level level = Level::info_level;
};

struct LAMBDA_JSON LAMBDA_JSON_NAMING("snake_case") Snake {
  std::string requestId;
  HttpMethod httpMethod = HttpMethod::Get;
  bool isBase64Encoded = false;
};

/// Keys that need escaping in C++ and in JSON.
struct LAMBDA_JSON Escapes {
  LAMBDA_JSON_NAME("say \"hi\"") std::string quoted;
  LAMBDA_JSON_NAME("back\\slash") std::string backslash;
  LAMBDA_JSON_NAME("caf\u00e9") std::string accented;
  LAMBDA_JSON_NAME("tab\there") std::string control;
};

}  // namespace golden::naming
