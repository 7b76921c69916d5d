// Reads a Greeting from the command line (or a default), prints it back as JSON.
#include "greeting.json.h"

#include <cstdio>

int main(int argc, char** argv) {
  const char* text = argc > 1 ? argv[1] : R"({"name": "Lambda", "times": 2, "signOff": "bye", "languages": ["C++"]})";
  auto greeting = lambda::json::parse<Greeting>(text);
  if (!greeting) {
    std::fprintf(stderr, "%s\n", greeting.error().message().c_str());
    return 1;
  }
  std::printf("%s\n", lambda::json::to_string(*greeting).c_str());
  return 0;
}
