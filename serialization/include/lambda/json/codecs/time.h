#pragma once
/// \file
/// The codecs of <lambda/json/time.h>'s time points.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/time.h>
#include <lambda/json/writer.h>

namespace lambda::json {

namespace detail {
/// Reads an RFC 3339 string as a whole number of ticks of `precision` (`out` is that count): a
/// finer time is an error (`expected a time with at most millisecond precision, got "…"`), never
/// truncated, and so is a time beyond the ticks the type holds.
bool read_iso8601(reader& r, value& v, long long& ticks, const time_precision& precision);
bool read_epoch(reader& r, value& v, nanotime& out, long long units_per_second);
/// Reads an RFC 3339 string with its spelling (any digits up to nanoseconds, any offset).
bool read_timestamp(reader& r, value& v, timestamp& out);
}  // namespace detail

/// `std::chrono::sys_time<D>` as an RFC 3339 string spelled with D's precision: `sys_seconds`
/// writes `2024-05-01T12:00:00Z`, `sys_time<milliseconds>` `2024-05-01T12:00:00.000Z`,
/// microseconds 6 digits, nanoseconds 9. Any offset is read (`+02:00`) and written as UTC (`Z`).
template <class D>
struct codec<std::chrono::sys_time<D>> {
  static constexpr kinds accepts = kinds::string;
  static bool read(detail::reader& r, detail::value& v, std::chrono::sys_time<D>& out) {
    static constexpr detail::time_precision precision = detail::precision_of<D>();
    long long ticks = 0;
    if (!detail::read_iso8601(r, v, ticks, precision)) return false;
    out = std::chrono::sys_time<D>(D(static_cast<typename D::rep>(ticks)));
    return true;
  }
  static void write(writer& w, const std::chrono::sys_time<D>& v) {
    w.raw('"');
    w.raw(format_iso8601(v));
    w.raw('"');
  }
};

template <>
struct codec<timestamp> {
  static constexpr kinds accepts = kinds::string;
  static bool read(detail::reader& r, detail::value& v, timestamp& out) { return detail::read_timestamp(r, v, out); }
  static void write(writer& w, const timestamp& v) {
    w.raw('"');
    w.raw(format_timestamp(v));
    w.raw('"');
  }
};

namespace detail {
/// The codec of a number of `UnitsPerSecond` units since the Unix epoch (epoch_milliseconds,
/// epoch_seconds).
template <class Epoch, long long UnitsPerSecond>
struct epoch_codec {
  static constexpr kinds accepts = kinds::number;
  static bool read(reader& r, value& v, Epoch& out) {
    nanotime t;
    if (!read_epoch(r, v, t, UnitsPerSecond)) return false;
    out = Epoch(t);
    return true;
  }
  static void write(writer& w, const Epoch& v) { w.raw(format_epoch_number(v.time(), UnitsPerSecond)); }
};
}  // namespace detail

template <>
struct codec<epoch_milliseconds> : detail::epoch_codec<epoch_milliseconds, 1000> {};

template <>
struct codec<epoch_seconds> : detail::epoch_codec<epoch_seconds, 1> {};

}  // namespace lambda::json
