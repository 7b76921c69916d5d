// Uses the installed event types: parses an SQS event and prints each message id and body, and
// the keys the type does not declare (kept in `other`).
#include <lambda/events/sqs.h>

#include <cstdio>

int main() {
  const char* event =
      R"({"Records":[{"messageId":"m-1","body":"hello","attributes":null,"newKey":[1]},{"messageId":"m-2","body":"zoë"}]})";
  auto parsed = lambda::json::parse<lambda::events::SQSEvent>(event);
  if (!parsed) {
    std::fprintf(stderr, "%s\n", parsed.error().message().c_str());
    return 1;
  }
  for (const auto& message : parsed->Records) {
    std::printf("%s=%s", message.messageId.c_str(), message.body.c_str());
    for (const auto& [key, value] : message.other) std::printf(" %s:%s", key.c_str(), value.text.c_str());
    std::printf("\n");
  }
  return 0;
}
