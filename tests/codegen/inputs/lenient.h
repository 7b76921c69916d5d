#pragma once
// Reading what other producers send: null as the default, other spellings of a key, and the keys
// a type does not declare kept and written back.
#include <lambda/json/annotate.h>
#include <lambda/json/raw_json.h>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace golden {

struct LAMBDA_JSON LAMBDA_JSON_NULL_AS_DEFAULT Request {
  LAMBDA_JSON_REQUIRED std::string path;
  std::map<std::string, std::string> query;
  std::optional<std::string> body;
  int retries = 3;
  LAMBDA_JSON_EXTRA std::map<std::string, lambda::json::raw_json> other;
};

struct LAMBDA_JSON Notice {
  LAMBDA_JSON_ALIAS("SigningCertURL") LAMBDA_JSON_ALIAS("signing_cert_url") std::string SigningCertUrl;
  LAMBDA_JSON_NULL_AS_DEFAULT std::vector<int> ids;
  std::string text;
};

struct LAMBDA_JSON Counts {
  LAMBDA_JSON_EXTRA std::unordered_map<std::string, int> counts;
};

struct LAMBDA_JSON Forwarded : Request {
  std::string via;
};

struct LAMBDA_JSON Tail {
  std::string name;
  std::optional<int> size;
  LAMBDA_JSON_EXTRA std::map<std::string, lambda::json::raw_json> rest;
};

}  // namespace golden
