// The function the runtime benchmark drives through Lambdagen: echoes the event, no logging, so
// what is measured is the loop (HTTP, headers into Context, response) and not the handler.
#include <lambda/runtime.h>

#include <string>
#include <string_view>

int main() {
  return lambda::run([](std::string_view event) { return std::string(event); });
}
