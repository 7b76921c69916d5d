#pragma once
// Function logging: fmt format strings, levels TRACE..FATAL, the current request id attached.
// Plain text lines by default; JSON lines (the fields CloudWatch's advanced logging controls read)
// when AWS_LAMBDA_LOG_FORMAT=JSON. AWS_LAMBDA_LOG_LEVEL sets the lowest level written.

#include <fmt/format.h>

#include <string_view>
#include <utility>

namespace lambda::log {

enum class level { trace, debug, info, warn, error, fatal };
enum class format { text, json };

/// True when records at `lvl` are currently written.
bool enabled(level lvl) noexcept;

/// Writes one record (one line) at `lvl`; newlines inside `message` do not split the record.
void write(level lvl, std::string_view message);

/// Sets the lowest level written and the line format (the runtime calls this from the environment).
void configure(level min_level, format fmt);

/// The level's name as Lambda spells it ("TRACE" ... "FATAL").
std::string_view to_string(level lvl) noexcept;

template <class... Args>
void trace(fmt::format_string<Args...> f, Args&&... args) {
    if (enabled(level::trace)) write(level::trace, fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
void debug(fmt::format_string<Args...> f, Args&&... args) {
    if (enabled(level::debug)) write(level::debug, fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
void info(fmt::format_string<Args...> f, Args&&... args) {
    if (enabled(level::info)) write(level::info, fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
void warn(fmt::format_string<Args...> f, Args&&... args) {
    if (enabled(level::warn)) write(level::warn, fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
void error(fmt::format_string<Args...> f, Args&&... args) {
    if (enabled(level::error)) write(level::error, fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
void fatal(fmt::format_string<Args...> f, Args&&... args) {
    if (enabled(level::fatal)) write(level::fatal, fmt::format(f, std::forward<Args>(args)...));
}

} // namespace lambda::log
