// Uses the installed event types: parses an SQS event and prints each message id and body.
#include <lambda/events/sqs.h>

#include <cstdio>

int main() {
  const char* event = R"({"Records":[{"messageId":"m-1","body":"hello"},{"messageId":"m-2","body":"zoë"}]})";
  auto parsed = lambda::json::parse<lambda::events::SQSEvent>(event);
  if (!parsed) {
    std::fprintf(stderr, "%s\n", parsed.error().message().c_str());
    return 1;
  }
  for (const auto& message : parsed->Records) std::printf("%s=%s\n", message.messageId.c_str(), message.body.c_str());
  return 0;
}
