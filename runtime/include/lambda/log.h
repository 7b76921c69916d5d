#pragma once
// Function logging: fmt format strings, levels TRACE..FATAL, the current request id attached, and
// key-value fields. Plain text lines by default; JSON lines (the fields CloudWatch's advanced
// logging controls read) when AWS_LAMBDA_LOG_FORMAT=JSON. AWS_LAMBDA_LOG_LEVEL sets the lowest
// level written.
//
//     lambda::log::info("order {} placed", id);
//     lambda::log::with({{"orderId", id}, {"total", 12.5}}).info("order {} placed", id);
//
// In JSON lines the fields are members of the record, after "message"; in text lines they follow
// the message as ` orderId="A-1" total=12.5`.

#include <lambda/json/base.h>  // the codecs of annotated types, for fields that hold them

#include <fmt/format.h>

#include <concepts>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace lambda::log {

enum class level { trace, debug, info, warn, error, fatal };
enum class format { text, json };

/// One key-value field of a record. The value is kept as the JSON text it is written as: a string,
/// or any value with a codec (numbers, booleans, containers, annotated types).
class field {
 public:
  field(std::string_view name, std::string_view value);
  field(std::string_view name, const char* value) : field(name, std::string_view(value ? value : "")) {}
  field(std::string_view name, const std::string& value) : field(name, std::string_view(value)) {}
  field(std::string_view name, bool value) : name_(name), json_(value ? "true" : "false") {}
  field(std::string_view name, long long value);
  field(std::string_view name, unsigned long long value);
  field(std::string_view name, double value);
  field(std::string_view name, float value);
  /// Other integers, written as numbers.
  template <class T>
    requires std::integral<T> && (!std::same_as<T, bool>) && (!std::same_as<T, char>) &&
             (!std::same_as<T, long long>) && (!std::same_as<T, unsigned long long>)
  field(std::string_view name, T value)
      : field(name, std::conditional_t<std::is_signed_v<T>, long long, unsigned long long>(value)) {}
  /// Annotated types, and containers and other types with a codec (include <lambda/json.h> for
  /// the library's codecs of standard containers): written as their JSON.
  template <class T>
    requires json::serializable<std::remove_cvref_t<T>> && (!std::convertible_to<T, std::string_view>) &&
             (!std::is_arithmetic_v<std::remove_cvref_t<T>>)
  field(std::string_view name, const T& value) : name_(name) {
    json::to_string(value, json_);
  }
  /// Anything else: the build stops here, saying where a codec comes from.
  template <class T>
    requires(!json::serializable<std::remove_cvref_t<T>>) && (!std::convertible_to<T, std::string_view>) &&
            (!std::is_arithmetic_v<std::remove_cvref_t<T>>)
  field(std::string_view, const T&) {
    static_assert(json::detail::require_codec<std::remove_cvref_t<T>>());
  }

  /// The key, as given.
  std::string_view name() const noexcept { return name_; }
  /// The value as JSON text: `"A-1"`, `12.5`, `true`, `{"id":1}`.
  std::string_view json() const noexcept { return json_; }

 private:
  std::string name_;
  std::string json_;
};

/// True when records at `lvl` are currently written.
bool enabled(level lvl) noexcept;

/// Writes one record (one line) at `lvl`; newlines inside `message` do not split the record.
/// A field named like a member the record already has (timestamp, level, requestId, tenantId,
/// message) is written as `field.<name>`, so no key appears twice.
void write(level lvl, std::string_view message, std::span<const field> fields = {});

/// Sets the lowest level written and the line format (the runtime calls this from the environment).
void configure(level min_level, format fmt);

/// The level's name as Lambda spells it ("TRACE" ... "FATAL").
std::string_view to_string(level lvl) noexcept;

/// Records that carry the same fields: `lambda::log::with({{"orderId", id}}).info("placed")`.
/// Keep one for several records, or make it in the statement that logs.
class with {
 public:
  with(std::initializer_list<field> fields) : fields_(fields) {}

  template <class... Args>
  void trace(fmt::format_string<Args...> f, Args&&... args) const {
    log(level::trace, f, std::forward<Args>(args)...);
  }
  template <class... Args>
  void debug(fmt::format_string<Args...> f, Args&&... args) const {
    log(level::debug, f, std::forward<Args>(args)...);
  }
  template <class... Args>
  void info(fmt::format_string<Args...> f, Args&&... args) const {
    log(level::info, f, std::forward<Args>(args)...);
  }
  template <class... Args>
  void warn(fmt::format_string<Args...> f, Args&&... args) const {
    log(level::warn, f, std::forward<Args>(args)...);
  }
  template <class... Args>
  void error(fmt::format_string<Args...> f, Args&&... args) const {
    log(level::error, f, std::forward<Args>(args)...);
  }
  template <class... Args>
  void fatal(fmt::format_string<Args...> f, Args&&... args) const {
    log(level::fatal, f, std::forward<Args>(args)...);
  }

  /// The fields, in the order given.
  std::span<const field> fields() const noexcept { return fields_; }

 private:
  template <class... Args>
  void log(level lvl, fmt::format_string<Args...> f, Args&&... args) const {
    if (enabled(lvl)) write(lvl, fmt::format(f, std::forward<Args>(args)...), fields_);
  }

  std::vector<field> fields_;
};

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

}  // namespace lambda::log
