// The smallest Lambda function: answers every event with the event itself.
//
//   lambda-emulator invoke ./echo --event event.json

#include <lambda/runtime.h>

#include <string>
#include <string_view>

std::string echo(std::string_view event, const lambda::Context& context) {
  lambda::log::info("echoing {} bytes, {} ms left", event.size(), context.remaining_time().count());
  return std::string(event);
}

int main() { return lambda::run(echo); }
