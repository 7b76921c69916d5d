#pragma once
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") LAMBDA_JSON_NULL_AS_DEFAULT Greeting {
  LAMBDA_JSON_REQUIRED std::string name;
  int times = 1;
  LAMBDA_JSON_ALIAS("farewell") std::optional<std::string> sign_off;
  std::vector<std::string> languages;
  LAMBDA_JSON_EXTRA std::map<std::string, lambda::json::raw_json> other;
};
