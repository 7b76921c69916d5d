// An SQS handler that reports partial batch failures: messages whose body is not a valid order are
// returned to the queue (listed in batchItemFailures); the rest count as processed.
#include "order.json.h"

#include <lambda/events/sqs.h>
#include <lambda/log.h>
#include <lambda/runtime.h>

using lambda::events::SQSEvent;
using lambda::events::SQSEventResponse;

SQSEventResponse handler(const SQSEvent& event, const lambda::Context&) {
  SQSEventResponse response;
  for (const auto& message : event.Records) {
    auto order = lambda::json::parse<example::Order>(message.body);
    if (!order || order->quantity <= 0) {
      std::string why = order ? "quantity must be positive" : order.error().message();
      lambda::log::warn("message {} failed: {}", message.messageId, why);
      response.batchItemFailures.push_back({.itemIdentifier = message.messageId});
      continue;
    }
    lambda::log::info("order {}: {} item(s)", order->id, order->quantity);
  }
  return response;
}

int main() { return lambda::run(handler); }
