// The library's own code, using the codecs generated into it.
#include "shop/order.json.h"

#include <string>

namespace shop {

std::string receipt_for(const Order& order) {
  int items = 0;
  for (const Line& line : order.lines) items += line.quantity;
  return lambda::json::to_string(Receipt{order.id, items});
}

}  // namespace shop
