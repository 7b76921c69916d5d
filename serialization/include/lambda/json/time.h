#pragma once
/// \file
/// Time points in the four forms Lambda events use:
/// - `std::chrono::sys_time<D>`: an ISO-8601 / RFC 3339 string, `2024-05-01T12:00:00.123Z`, whose
///   fraction has the digits D's precision holds: none for seconds, 3 for milliseconds, 6 for
///   microseconds, 9 for nanoseconds (so a type written as AWS writes that field reads it back
///   spelled the same). Reading refuses a time finer than D rather than truncating it;
/// - `lambda::json::epoch_milliseconds`: a number of milliseconds since the Unix epoch;
/// - `lambda::json::epoch_seconds`: a number of seconds since the Unix epoch, with a fraction;
/// - `lambda::json::timestamp`: an RFC 3339 string written back as it was spelt (its fraction
///   digits and UTC offset kept), for fields whose spelling varies from one sender to another.
///
/// Their codecs are in <lambda/json/codecs/time.h>.

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

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

/// An RFC 3339 time that is written back spelled as it was read: with the same number of fraction
/// digits and the same UTC offset (`2016-02-26T21:23:06Z` stays so, `…06.236Z` too,
/// `…06.5+02:00` too). For a field whose senders spell it differently; where AWS always uses one
/// spelling, `std::chrono::sys_time<D>` of that precision is the simpler member.
class timestamp {
 public:
  timestamp() = default;
  /// `t`, spelled with `fraction_digits` fraction digits at `utc_offset` (zero: UTC, `Z`).
  template <class D>
  explicit timestamp(std::chrono::sys_time<D> t, int fraction_digits = 3,
                     std::chrono::minutes utc_offset = std::chrono::minutes{0})
      : time_(std::chrono::time_point_cast<std::chrono::nanoseconds>(t)),
        offset_minutes_(static_cast<std::int16_t>(utc_offset.count())),
        digits_(static_cast<std::uint8_t>(fraction_digits < 0     ? 0
                                          : fraction_digits > 255 ? 255
                                                                  : fraction_digits)) {}
  /// The instant.
  nanotime time() const noexcept { return time_; }
  operator nanotime() const noexcept { return time_; }
  /// How many fraction digits it is spelled with (digits after the ninth are zeros).
  int fraction_digits() const noexcept { return digits_; }
  /// The offset it is spelled at: local time minus UTC.
  std::chrono::minutes utc_offset() const noexcept { return std::chrono::minutes{offset_minutes_}; }
  /// Equal when the instant and the spelling are.
  friend bool operator==(const timestamp&, const timestamp&) = default;

 private:
  nanotime time_{};
  std::int16_t offset_minutes_ = 0;
  std::uint8_t digits_ = 0;
};

/// `t` as RFC 3339, spelled as `t` says (its digits and offset).
std::string format_timestamp(const timestamp& t);

/// Parses an RFC 3339 timestamp (`2024-05-01T12:00:00Z`, `…T12:00:00.5+02:00`, any number of
/// fraction digits); std::nullopt if invalid, outside nanotime's range (1677-09-21 to 2262-04-11)
/// or finer than a nanosecond (a non-zero digit after the ninth).
std::optional<nanotime> parse_iso8601(std::string_view text);
/// Formats `t` as RFC 3339 in UTC (`Z`) with exactly `fraction_digits` (0 to 9) fraction digits;
/// finer digits are dropped, towards the past.
std::string format_iso8601(nanotime t, int fraction_digits);
/// Parses a JSON number token of (possibly fractional) units since the epoch, exactly, scaled by
/// `units_per_second` (1 for seconds, 1000 for milliseconds); std::nullopt if it does not fit.
std::optional<nanotime> parse_epoch_number(std::string_view token, long long units_per_second);
/// Formats `t` as a number of units since the epoch: integral when exact, else a decimal fraction.
std::string format_epoch_number(nanotime t, long long units_per_second);

namespace detail {

/// The precision of a `sys_time<D>`: its tick in nanoseconds, the fraction digits that spell every
/// tick exactly (the fewest k with the tick a multiple of 10^-k s: 0 for seconds and coarser), and
/// the tick counts D's representation holds.
struct time_precision {
  long long nanos_per_tick;
  int fraction_digits;
  long long min_ticks = std::numeric_limits<long long>::min();
  long long max_ticks = std::numeric_limits<long long>::max();
};

constexpr int fraction_digits_of_tick(long long nanos_per_tick) {
  int digits = 0;
  for (long long step = 1'000'000'000; nanos_per_tick % step != 0; step /= 10) ++digits;
  return digits;
}

template <class D>
constexpr time_precision precision_of() {
  using rep = typename D::rep;
  using period = typename D::period;
  static_assert(std::is_integral_v<rep>,
                "lambda::json: std::chrono::sys_time<D> needs an integer duration: its precision is its spelling");
  static_assert(period::den <= 1'000'000'000 && 1'000'000'000 % period::den == 0,
                "lambda::json: std::chrono::sys_time<D> needs a tick that is a whole number of nanoseconds "
                "(std::chrono::seconds, milliseconds, microseconds, nanoseconds, minutes, ...)");
  constexpr long long scale = period::den <= 1'000'000'000 ? 1'000'000'000 / period::den : 1;
  static_assert(period::num <= std::numeric_limits<long long>::max() / scale,
                "lambda::json: std::chrono::sys_time<D>: D's tick is longer than 292 years");
  constexpr long long tick = period::num * scale;
  time_precision p{tick, fraction_digits_of_tick(tick)};
  if constexpr (sizeof(rep) < sizeof(long long) || std::is_unsigned_v<rep>) {
    p.min_ticks = static_cast<long long>(std::numeric_limits<rep>::min());
    if constexpr (sizeof(rep) < sizeof(long long))
      p.max_ticks = static_cast<long long>(std::numeric_limits<rep>::max());
  }
  return p;
}

/// Formats `ticks` ticks of `precision` since the epoch (any count: split in 128 bits).
std::string format_iso8601_ticks(long long ticks, const time_precision& precision);

}  // namespace detail

/// Formats a time point as its codec writes it: RFC 3339 in UTC with the fraction digits D holds.
template <class D>
std::string format_iso8601(std::chrono::sys_time<D> t) {
  static constexpr detail::time_precision precision = detail::precision_of<D>();
  return detail::format_iso8601_ticks(static_cast<long long>(t.time_since_epoch().count()), precision);
}

}  // namespace lambda::json
