#pragma once
// Annotations and declarations the generator rejects.
#include <lambda/json/annotate.h>

#include <string>

namespace golden {

struct LAMBDA_JSON LAMBDA_JSON_NAMING("kebab-case") Config {
  LAMBDA_JSON_NAME("id") std::string first;
  LAMBDA_JSON_NAME("id") std::string second;
};

class LAMBDA_JSON Account {
  std::string secret;

public:
  std::string name;
};

union LAMBDA_JSON Either {
  int i;
  float f;
};

}  // namespace golden
