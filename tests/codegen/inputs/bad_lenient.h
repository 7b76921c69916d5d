#pragma once
// Misuses of LAMBDA_JSON_ALIAS and LAMBDA_JSON_EXTRA the generator rejects.
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <string>
#include <vector>

namespace golden {

struct LAMBDA_JSON TwoExtras {
  LAMBDA_JSON_EXTRA std::map<std::string, lambda::json::raw_json> first;
  LAMBDA_JSON_EXTRA std::map<std::string, lambda::json::raw_json> second;
};

struct LAMBDA_JSON ExtraNotAMap {
  LAMBDA_JSON_EXTRA std::vector<std::string> rest;
};

struct LAMBDA_JSON ExtraWithAName {
  LAMBDA_JSON_EXTRA LAMBDA_JSON_NAME("rest") std::map<std::string, int> rest;
};

struct LAMBDA_JSON LAMBDA_JSON_REJECT_UNKNOWN StrictWithExtra {
  std::string id;
  LAMBDA_JSON_EXTRA std::map<std::string, lambda::json::raw_json> rest;
};

struct LAMBDA_JSON AliasTaken {
  std::string url;
  LAMBDA_JSON_ALIAS("url") std::string link;
};

struct LAMBDA_JSON AliasNotAString {
  LAMBDA_JSON_ALIAS(42) std::string url;
};

enum class LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT Shade { light, dark };

struct LAMBDA_JSON SkippedWithAnAlias {
  std::string id;
  LAMBDA_JSON_SKIP LAMBDA_JSON_ALIAS("cache") int cached = 0;
};

}  // namespace golden
