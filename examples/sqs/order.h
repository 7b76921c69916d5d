#pragma once
// The message body this example's queue carries.

#include <lambda/json/annotate.h>

#include <cstdint>
#include <string>

namespace example {

struct LAMBDA_JSON Order {
  LAMBDA_JSON_REQUIRED std::string id;
  LAMBDA_JSON_REQUIRED std::int64_t quantity;
};

}  // namespace example
