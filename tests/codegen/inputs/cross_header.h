#pragma once
// Uses an annotated type of another input: the generated header includes money.json.h.
#include "money.h"

#include <lambda/json/annotate.h>

#include <map>
#include <string>
#include <vector>

namespace golden {

struct LAMBDA_JSON Invoice {
  std::string number;
  shared::Money total;
  std::vector<shared::Money> lines;
  std::map<std::string, shared::Money> taxes;
};

}  // namespace golden
