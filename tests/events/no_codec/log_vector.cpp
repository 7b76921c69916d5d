// Must not compile: a log field holding a standard container without <lambda/json.h>. The test
// expects the build to stop with lambda::json's own message, not a brace-initializer mismatch.
#include <lambda/log.h>

#include <vector>

void log_sizes() { lambda::log::with({{"sizes", std::vector<int>{1, 2}}}).info("sizes"); }
