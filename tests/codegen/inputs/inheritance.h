#pragma once
// Base classes (annotated or not) and nested namespaces and classes.
#include <lambda/json/annotate.h>

#include <optional>
#include <string>

namespace golden {
namespace outer::inner {

struct Timestamps {
  long created = 0;
  long updated = 0;
};

struct LAMBDA_JSON Resource {
  std::string arn;
};

struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") Bucket : Resource, Timestamps {
  struct LAMBDA_JSON Owner {
    std::string display_name;
    std::string id;
  };

  std::string bucket_name;
  std::optional<Owner> owner;
};

}  // namespace outer::inner
}  // namespace golden
