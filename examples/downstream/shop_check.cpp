// A program linking the `shop` library: it includes the library's generated header and its
// arbitrary values (shop/order.testing.h, which lambdagen_generate(shop ... TESTING) made) for the
// round-trip kit.
#include "shop/order.json.h"
#include "shop/order.testing.h"

#include <lambda/json/testing.h>  // check_round_trips

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  auto order =
      lambda::json::parse<shop::Order>(argc > 1 ? argv[1] : R"({"id":"A-1","lines":[{"sku":"X","quantity":2}]})");
  if (!order) {
    std::fprintf(stderr, "%s\n", order.error().message().c_str());
    return 1;
  }
  if (auto failure = lambda::json::testing::check_round_trips<shop::Order>(7, 200)) {
    std::fprintf(stderr, "round trip: %s\n", failure->c_str());
    return 1;
  }
  std::puts(shop::receipt_for(*order).c_str());
}
