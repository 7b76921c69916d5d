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

/// A base whose constructor chooses defaults: parse_into takes every member left out of a
/// derived record from a new record, even members without an initializer.
struct Limits {
  Limits() : retries(3) {}
  int retries;
};

struct LAMBDA_JSON Queue : Limits {
  std::string url;
};

}  // namespace outer::inner
}  // namespace golden
