// An SQS handler that reports partial batch failures: each message body is read as an Order, and
// messages whose body is not a valid order are returned to the queue (listed in batchItemFailures,
// logged with the path of the fault, e.g. `$.Records[1].body.quantity`); the rest count as processed.
#include "order.json.h"

#include <lambda/events/batch.h>
#include <lambda/log.h>
#include <lambda/runtime.h>

#include <stdexcept>

using lambda::events::SQSEvent;
using lambda::events::SQSEventResponse;

SQSEventResponse handler(const SQSEvent& event, const lambda::Context&) {
  auto result = lambda::events::process_batch<example::Order>(event, [](const example::Order& order) {
    if (order.quantity <= 0) throw std::invalid_argument("quantity must be positive");
    lambda::log::info("order {}: {} item(s)", order.id, order.quantity);
  });
  for (const auto& failure : result.failures)
    lambda::log::warn("message {} failed: {}", failure.item_identifier, failure.reason);
  return result.response;
}

int main() { return lambda::run(handler); }
