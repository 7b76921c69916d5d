#pragma once
// This project's own EventBridge event: its detail, and the typed event made from the installed
// library's class template (the alias asks the generator for its codec).
#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>

#include <cstdint>
#include <string>

namespace shop_events {

struct LAMBDA_JSON OrderPlaced {
  LAMBDA_JSON_REQUIRED std::string orderId;
  std::int64_t total = 0;
};

using OrderPlacedEvent LAMBDA_JSON = lambda::events::EventBridgeEventOf<OrderPlaced>;

}  // namespace shop_events
