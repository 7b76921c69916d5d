// Must not compile: parse of a standard container in a light translation unit (no <lambda/json.h>).
// The test expects the build to stop with lambda::json's own message.
#include <lambda/events/apigateway.h>

#include <vector>

auto parsed = lambda::json::parse<std::vector<int>>("[1]");
