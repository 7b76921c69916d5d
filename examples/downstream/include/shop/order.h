#pragma once
// An order as the `orders` function takes it. It sits below include/ and is generated with
// BASE_DIR include, so its codec is "shop/order.json.h", as a library's headers would be.

#include <lambda/json/annotate.h>

#include <string>
#include <vector>

namespace shop {

struct LAMBDA_JSON Line {
  LAMBDA_JSON_REQUIRED std::string sku;
  int quantity = 1;
};

struct LAMBDA_JSON Order {
  LAMBDA_JSON_REQUIRED std::string id;
  std::vector<Line> lines;
};

struct LAMBDA_JSON Receipt {
  std::string id;
  int items = 0;
};

/// The receipt of `order` as JSON (the `shop` library's shop.cpp).
std::string receipt_for(const Order& order);

}  // namespace shop
