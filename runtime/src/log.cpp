#include <lambda/runtime/log_control.h>

#include <lambda/json/writer.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <stdexcept>

namespace lambda::log {

field::field(std::string_view name, std::string_view value) : name_(name) {
  json::writer w;
  w.string(value);
  json_ = w.release();
}

namespace {
template <class Number>
std::string number_json(Number value) {
  json::writer w;
  w.number(value);
  return w.release();
}
}  // namespace

field::field(std::string_view name, long long value) : name_(name), json_(number_json(value)) {}
field::field(std::string_view name, unsigned long long value) : name_(name), json_(number_json(value)) {}
field::field(std::string_view name, double value) : name_(name), json_(number_json(value)) {}
field::field(std::string_view name, float value) : name_(name), json_(number_json(value)) {}
namespace {

struct current_invocation {
  std::string request_id;
  std::optional<std::string> tenant_id;
};

// With one invocation at a time, records may come from threads the handler started, so the
// invocation is process-wide state; with several in flight, each worker thread has its own.
// The sink and the process-wide invocation sit behind one mutex; holding it while writing also
// keeps lines from interleaving.
struct logger_state {
  std::mutex mutex;
  std::atomic<level> min_level{level::info};
  format line_format = format::text;
  bool concurrent = false;
  current_invocation invocation;
  std::function<void(std::string_view)> sink;
};

thread_local current_invocation thread_invocation;

logger_state& state() {
  static logger_state s;
  return s;
}

std::string timestamp_now() {
  auto now = std::chrono::system_clock::now();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                     utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(ms % 1000));
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

// The members every JSON record has; a field of the same name would repeat a key.
bool is_record_member(std::string_view name) {
  return name == "timestamp" || name == "level" || name == "requestId" || name == "tenantId" || name == "message";
}

}  // namespace

std::string_view to_string(level lvl) noexcept {
  switch (lvl) {
    case level::trace:
      return "TRACE";
    case level::debug:
      return "DEBUG";
    case level::info:
      return "INFO";
    case level::warn:
      return "WARN";
    case level::error:
      return "ERROR";
    case level::fatal:
      return "FATAL";
  }
  return "INFO";
}

bool enabled(level lvl) noexcept { return lvl >= state().min_level.load(std::memory_order_relaxed); }

void configure(level min_level, format fmt) {
  auto& s = state();
  std::lock_guard lock(s.mutex);
  s.min_level = min_level;
  s.line_format = fmt;
}

void write(level lvl, std::string_view message, std::span<const field> fields) {
  if (!enabled(lvl)) return;
  auto& s = state();
  std::lock_guard lock(s.mutex);
  const current_invocation& inv = s.concurrent ? thread_invocation : s.invocation;
  std::string line;
  if (s.line_format == format::json) {
    json::writer out;
    out.raw("{\"timestamp\":\"");
    out.raw(timestamp_now());
    out.raw("\",\"level\":\"");
    out.raw(to_string(lvl));
    out.raw('"');
    if (!inv.request_id.empty()) {
      out.raw(",\"requestId\":");
      out.string(inv.request_id);
    }
    if (inv.tenant_id) {
      out.raw(",\"tenantId\":");
      out.string(*inv.tenant_id);
    }
    out.raw(",\"message\":");
    out.string(message);
    for (const field& f : fields) {
      out.raw(',');
      out.string(is_record_member(f.name()) ? "field." + std::string(f.name()) : std::string(f.name()));
      out.raw(':');
      out.raw(f.json());
    }
    out.raw("}\n");
    line = out.release();
  } else {
    // CloudWatch ends a record at '\n'; a carriage return keeps a multi-line message in one record.
    line = timestamp_now();
    line += '\t';
    line += inv.request_id.empty() ? std::string_view("-") : std::string_view(inv.request_id);
    line += '\t';
    line += to_string(lvl);
    line += '\t';
    std::size_t start = line.size();
    line += message;
    for (const field& f : fields) {
      line += ' ';
      line += f.name();
      line += '=';
      line += f.json();
    }
    std::replace(line.begin() + static_cast<std::ptrdiff_t>(start), line.end(), '\n', '\r');
    line += '\n';
  }
  if (s.sink) {
    s.sink(line);
  } else {
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
  }
}

namespace detail {

void configure_from_environment(level default_level, format default_format) {
  level lvl = default_level;
  format line_format = default_format;
  if (const char* value = std::getenv("AWS_LAMBDA_LOG_FORMAT"); value && *value) {
    std::string v = lowercase(value);
    if (v == "json") {
      line_format = format::json;
    } else if (v == "text") {
      line_format = format::text;
    } else {
      throw std::invalid_argument(fmt::format("AWS_LAMBDA_LOG_FORMAT: expected JSON or Text, got '{}'", value));
    }
  }
  if (const char* value = std::getenv("AWS_LAMBDA_LOG_LEVEL"); value && *value) {
    std::string v = lowercase(value);
    if (v == "trace")
      lvl = level::trace;
    else if (v == "debug")
      lvl = level::debug;
    else if (v == "info")
      lvl = level::info;
    else if (v == "warn" || v == "warning")
      lvl = level::warn;
    else if (v == "error")
      lvl = level::error;
    else if (v == "fatal")
      lvl = level::fatal;
    else
      throw std::invalid_argument(
          fmt::format("AWS_LAMBDA_LOG_LEVEL: expected TRACE, DEBUG, INFO, WARN, ERROR or FATAL, got '{}'", value));
  }
  configure(lvl, line_format);
}

void set_invocation(std::string_view request_id, std::optional<std::string_view> tenant_id) {
  auto& s = state();
  std::lock_guard lock(s.mutex);
  current_invocation& inv = s.concurrent ? thread_invocation : s.invocation;
  inv.request_id.assign(request_id);
  if (tenant_id)
    inv.tenant_id.emplace(*tenant_id);
  else
    inv.tenant_id.reset();
}

void set_concurrent(bool concurrent) {
  auto& s = state();
  std::lock_guard lock(s.mutex);
  s.concurrent = concurrent;
  if (concurrent) s.line_format = format::json;
}

void set_sink(std::function<void(std::string_view line)> sink) {
  auto& s = state();
  std::lock_guard lock(s.mutex);
  s.sink = std::move(sink);
}

}  // namespace detail
}  // namespace lambda::log
