#include <lambda/context.h>

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace lambda {
namespace {

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string(value) : std::string();
}

}  // namespace

std::chrono::milliseconds Context::remaining_time() const {
  using namespace std::chrono;
  if (deadline == system_clock::time_point::max()) return milliseconds::max();
  return duration_cast<milliseconds>(deadline - system_clock::now());
}

FunctionConfig FunctionConfig::from_environment() {
  FunctionConfig config;
  config.function_name = env_or_empty("AWS_LAMBDA_FUNCTION_NAME");
  config.function_version = env_or_empty("AWS_LAMBDA_FUNCTION_VERSION");
  config.log_group_name = env_or_empty("AWS_LAMBDA_LOG_GROUP_NAME");
  config.log_stream_name = env_or_empty("AWS_LAMBDA_LOG_STREAM_NAME");
  config.region = env_or_empty("AWS_REGION");
  if (config.region.empty()) config.region = env_or_empty("AWS_DEFAULT_REGION");
  config.initialization_type = env_or_empty("AWS_LAMBDA_INITIALIZATION_TYPE");
  if (std::string memory = env_or_empty("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"); !memory.empty()) {
    std::uint32_t mb = 0;
    auto [end, ec] = std::from_chars(memory.data(), memory.data() + memory.size(), mb);
    if (ec != std::errc() || end != memory.data() + memory.size()) {
      throw std::invalid_argument(
          fmt::format("AWS_LAMBDA_FUNCTION_MEMORY_SIZE: expected a whole number of megabytes, got '{}'", memory));
    }
    config.memory_size_mb = mb;
  }
  if (std::string text = env_or_empty("AWS_LAMBDA_MAX_CONCURRENCY"); !text.empty()) {
    // Lambda's own bound on PerExecutionEnvironmentMaxConcurrency.
    constexpr std::uint32_t lambda_limit = 1600;
    std::uint32_t n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 1 || n > lambda_limit) {
      throw std::invalid_argument(fmt::format(
          "AWS_LAMBDA_MAX_CONCURRENCY: expected a whole number from 1 to {}, got '{}'", lambda_limit, text));
    }
    config.max_concurrency = n;
  }
  return config;
}

}  // namespace lambda
