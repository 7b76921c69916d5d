// Must not compile: a handler taking a standard container without <lambda/json.h>. The test expects
// the runtime's message.
#include <lambda/runtime.h>

#include <vector>

int main() {
  return lambda::run([](const std::vector<int>& numbers) { return static_cast<int>(numbers.size()); });
}
