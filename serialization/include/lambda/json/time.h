#pragma once
/// \file
/// Time points in the three forms Lambda events use:
/// - `std::chrono::sys_time<D>`: an ISO-8601 / RFC 3339 string, `2024-05-01T12:00:00.123Z`;
/// - `lambda::json::epoch_milliseconds`: a number of milliseconds since the Unix epoch;
/// - `lambda::json::epoch_seconds`: a number of seconds since the Unix epoch, with a fraction.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace lambda::json {

using nanotime = std::chrono::sys_time<std::chrono::nanoseconds>;

/// A time point serialized as integer milliseconds since the Unix epoch (fractions are kept).
class epoch_milliseconds {
 public:
  epoch_milliseconds() = default;
  template <class D>
  epoch_milliseconds(std::chrono::sys_time<D> t) : time_(std::chrono::time_point_cast<std::chrono::nanoseconds>(t)) {}
  /// The time point.
  nanotime time() const noexcept { return time_; }
  operator nanotime() const noexcept { return time_; }
  friend auto operator<=>(const epoch_milliseconds&, const epoch_milliseconds&) = default;

 private:
  nanotime time_{};
};

/// A time point serialized as seconds since the Unix epoch, with a decimal fraction when needed.
class epoch_seconds {
 public:
  epoch_seconds() = default;
  template <class D>
  epoch_seconds(std::chrono::sys_time<D> t) : time_(std::chrono::time_point_cast<std::chrono::nanoseconds>(t)) {}
  /// The time point.
  nanotime time() const noexcept { return time_; }
  operator nanotime() const noexcept { return time_; }
  friend auto operator<=>(const epoch_seconds&, const epoch_seconds&) = default;

 private:
  nanotime time_{};
};

/// Parses an RFC 3339 timestamp (`2024-05-01T12:00:00Z`, `…T12:00:00.5+02:00`); std::nullopt if invalid.
std::optional<nanotime> parse_iso8601(std::string_view text);
/// Formats `t` as RFC 3339 in UTC with as few fractional digits as keep it exact.
std::string format_iso8601(nanotime t);
/// Parses a JSON number token of (possibly fractional) units since the epoch, exactly, scaled by
/// `units_per_second` (1 for seconds, 1000 for milliseconds); std::nullopt if it does not fit.
std::optional<nanotime> parse_epoch_number(std::string_view token, long long units_per_second);
/// Formats `t` as a number of units since the epoch: integral when exact, else a decimal fraction.
std::string format_epoch_number(nanotime t, long long units_per_second);

namespace detail {
bool read_iso8601(reader& r, value& v, nanotime& out);
bool read_epoch(reader& r, value& v, nanotime& out, long long units_per_second);
}  // namespace detail

template <class D>
struct codec<std::chrono::sys_time<D>> {
  static constexpr kinds accepts = kinds::string;
  static bool read(detail::reader& r, detail::value& v, std::chrono::sys_time<D>& out) {
    nanotime t;
    if (!detail::read_iso8601(r, v, t)) return false;
    out = std::chrono::time_point_cast<D>(t);
    return true;
  }
  static void write(writer& w, const std::chrono::sys_time<D>& v) {
    w.raw('"');
    w.raw(format_iso8601(std::chrono::time_point_cast<std::chrono::nanoseconds>(v)));
    w.raw('"');
  }
};

template <>
struct codec<epoch_milliseconds> {
  static constexpr kinds accepts = kinds::number;
  static bool read(detail::reader& r, detail::value& v, epoch_milliseconds& out) {
    nanotime t;
    if (!detail::read_epoch(r, v, t, 1000)) return false;
    out = epoch_milliseconds(t);
    return true;
  }
  static void write(writer& w, const epoch_milliseconds& v) { w.raw(format_epoch_number(v.time(), 1000)); }
};

template <>
struct codec<epoch_seconds> {
  static constexpr kinds accepts = kinds::number;
  static bool read(detail::reader& r, detail::value& v, epoch_seconds& out) {
    nanotime t;
    if (!detail::read_epoch(r, v, t, 1)) return false;
    out = epoch_seconds(t);
    return true;
  }
  static void write(writer& w, const epoch_seconds& v) { w.raw(format_epoch_number(v.time(), 1)); }
};

}  // namespace lambda::json
