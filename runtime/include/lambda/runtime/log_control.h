#pragma once
// Hooks the runtime loop (and tests) use to steer logging; function code does not need them.

#include <lambda/log.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace lambda::log::detail {

/// Reads AWS_LAMBDA_LOG_FORMAT / AWS_LAMBDA_LOG_LEVEL over the given defaults and applies them;
/// throws std::invalid_argument naming the variable when a value is not recognised.
void configure_from_environment(level default_level, format default_format);

/// Attaches (or, with empty arguments, detaches) the invocation the records belong to: for the
/// whole process, or in concurrent mode for the calling thread only.
void set_invocation(std::string_view request_id, std::optional<std::string_view> tenant_id);

/// Concurrent mode (AWS_LAMBDA_MAX_CONCURRENCY > 1): JSON lines, the only format Lambda Managed
/// Instances accept, and one current invocation per thread. Off restores the process-wide
/// invocation and leaves the format alone.
void set_concurrent(bool concurrent);

/// Redirects finished lines (each ending in '\n'); an empty function restores stderr.
void set_sink(std::function<void(std::string_view line)> sink);

}  // namespace lambda::log::detail
