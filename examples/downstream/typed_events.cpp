// Uses a class template of the installed event library with this project's detail type, and a
// borrowed event: reads the EventBridge event given as argv[1] (or a built-in one) and prints its
// detail, as read and as written back (a SKU through this project's codec, a tagged payment), then
// reads an SQS event borrowing its strings and prints the bodies.
#include "order_placed.json.h"

#include <lambda/events/sqs.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  const char* order =
      argc > 1 ? argv[1] : R"({"id":"e-1","detail-type":"Order Placed","source":"shop","account":"123456789012",
                    "time":"2026-11-29T12:00:00Z","region":"eu-west-1","detail":{"orderId":"o-1","total":4200,
                    "skus":["AB-1234"],"tags":["gift","b2b"],"payment":{"days":14,"method":"invoice"}}})";
  auto event = lambda::json::parse<shop_events::OrderPlacedEvent>(order);
  if (!event) {
    std::fprintf(stderr, "%s\n", event.error().message().c_str());
    return 1;
  }
  std::printf("%s %lld\n", event->detail.orderId.c_str(), static_cast<long long>(event->detail.total));
  std::printf("%s\n", lambda::json::to_string(event->detail).c_str());

  auto batch = lambda::json::parse<lambda::events::borrowed::SQSEvent>(
      R"({"Records":[{"messageId":"m-1","body":"caf\u00e9"},{"messageId":"m-2","body":"two"}]})");
  if (!batch) return 1;
  for (const auto& message : batch->Records)
    std::printf("%s=%s\n", std::string(message.messageId).c_str(), std::string(message.body).c_str());
  return 0;
}
