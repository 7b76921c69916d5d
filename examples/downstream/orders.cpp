// A Lambda function over a type generated with BASE_DIR: counts the items of an order.
#include "shop/order.json.h"

#include <lambda/runtime.h>

shop::Receipt count_items(const shop::Order& order) {
  shop::Receipt receipt{.id = order.id};
  for (const auto& line : order.lines) receipt.items += line.quantity;
  return receipt;
}

int main() { return lambda::run(count_items); }
