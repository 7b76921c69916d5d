#pragma once
#include <lambda/json/annotate.h>

#include <optional>
#include <string>
#include <vector>

struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") Greeting {
  LAMBDA_JSON_REQUIRED std::string name;
  int times = 1;
  std::optional<std::string> sign_off;
  std::vector<std::string> languages;
};
