#pragma once
// An annotated type that another input header uses.
#include <lambda/json/annotate.h>

#include <string>

namespace golden::shared {

struct LAMBDA_JSON Money {
  long cents = 0;
  std::string currency;
};

}  // namespace golden::shared
