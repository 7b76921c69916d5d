// RFC 3339 timestamps and exact decimal epoch numbers. Epoch numbers are parsed from their source
// text rather than through a double, so 1428537600.123456789 keeps every digit it can.
#include <lambda/json/time.h>

#include <lambda/json/codecs/string.h>
#include <lambda/json/detail/first_fault.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace lambda::json {
namespace {

using namespace std::chrono;

bool digits(std::string_view s, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

long long nanos_per_unit(long long units_per_second) { return 1'000'000'000LL / units_per_second; }

// An RFC 3339 timestamp taken apart: whole seconds since the epoch (UTC) and nanoseconds.
struct stamp {
  long long seconds = 0;
  long long nanos = 0;         // [0, 1e9)
  bool finer_than_ns = false;  // a non-zero digit after the ninth
  int fraction_digits = 0;     // as spelled
  int offset_minutes = 0;      // as spelled: local time minus UTC
};

// Reads the text's syntax and calendar; std::nullopt if either is wrong. Years 0000-9999 (the
// only ones RFC 3339 spells) fit 64-bit seconds with room to spare.
std::optional<stamp> split_iso8601(std::string_view s) {
  int year, month, day, hour, minute, second;
  if (!digits(s, 0, 4, year) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-' ||
      !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, hour) ||
      s[13] != ':' || !digits(s, 14, 2, minute) || s[16] != ':' || !digits(s, 17, 2, second))
    return std::nullopt;
  year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                      std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;

  stamp out;
  std::size_t pos = 19;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    std::size_t first = pos;
    int kept = 0;
    for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos) {
      if (kept < 9) {
        out.nanos = out.nanos * 10 + (s[pos] - '0');
        ++kept;
      } else if (s[pos] != '0') {
        out.finer_than_ns = true;
      }
    }
    if (pos == first) return std::nullopt;
    out.fraction_digits = static_cast<int>(pos - first);
    for (; kept < 9; ++kept) out.nanos *= 10;
  }
  minutes offset{0};
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int oh, om;
    if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om) ||
        oh > 23 || om > 59)
      return std::nullopt;
    offset = hours{oh} + minutes{om};
    if (s[pos] == '-') offset = -offset;
    pos += 6;
  } else {
    return std::nullopt;  // RFC 3339 requires a zone
  }
  if (pos != s.size()) return std::nullopt;
  out.offset_minutes = static_cast<int>(offset.count());
  out.seconds = static_cast<long long>(sys_days{date}.time_since_epoch().count()) * 86400 + hour * 3600LL +
                minute * 60LL + second - std::chrono::duration_cast<std::chrono::seconds>(offset).count();
  return out;
}

// The instant in nanoseconds, if nanotime holds it (1677-09-21 to 2262-04-11).
std::optional<long long> to_nanos(const stamp& t) {
  const __int128 ns = static_cast<__int128>(t.seconds) * 1'000'000'000 + t.nanos;
  if (ns > std::numeric_limits<long long>::max() || ns < std::numeric_limits<long long>::min()) return std::nullopt;
  return static_cast<long long>(ns);
}

// Days since 1970-01-01 to a civil date, in 64-bit arithmetic for any day count (H. Hinnant's
// days-to-civil algorithm), so that formatting never overflows whatever the time point holds.
void civil_from_days(long long z, long long& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

constexpr long long powers_of_ten[] = {1,       10,        100,        1'000,       10'000,
                                       100'000, 1'000'000, 10'000'000, 100'000'000, 1'000'000'000};

std::string format_parts(long long secs, long long nanos, int fraction_digits) {
  long long day_count = secs / 86400, second_of_day = secs % 86400;
  if (second_of_day < 0) {
    second_of_day += 86400;
    --day_count;
  }
  long long y;
  unsigned m, d;
  civil_from_days(day_count, y, m, d);
  // Digits written by hand: this runs for every time an event writes, and printf costs more than
  // the rest of writing an S3 record.
  char buf[64];
  char* p = buf;
  auto put = [&p](long long value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) p[i] = static_cast<char>('0' + value % 10);
    p += width;
  };
  if (y >= 0 && y <= 9999)
    put(y, 4);
  else
    p += std::snprintf(p, 24, "%04lld", y);  // beyond RFC 3339's years: only coarse types get here
  *p++ = '-';
  put(m, 2);
  *p++ = '-';
  put(d, 2);
  *p++ = 'T';
  put(second_of_day / 3600, 2);
  *p++ = ':';
  put(second_of_day / 60 % 60, 2);
  *p++ = ':';
  put(second_of_day % 60, 2);
  if (fraction_digits > 0) {
    *p++ = '.';
    put(nanos / powers_of_ten[9 - fraction_digits], fraction_digits);
  }
  *p++ = 'Z';
  return std::string(buf, static_cast<std::size_t>(p - buf));
}

// A time point of `ticks` ticks of `nanos_per_tick` nanoseconds, split without overflow.
std::string format_ticks(long long ticks, long long nanos_per_tick, int fraction_digits) {
  const __int128 ns = static_cast<__int128>(ticks) * nanos_per_tick;
  __int128 secs = ns / 1'000'000'000, nanos = ns % 1'000'000'000;
  if (nanos < 0) {
    nanos += 1'000'000'000;
    --secs;
  }
  return format_parts(static_cast<long long>(secs), static_cast<long long>(nanos), fraction_digits);
}

// What a type of that precision reads, for the error of a time finer than it holds: "a time with
// at most millisecond precision".
std::string precision_words(long long nanos_per_tick, int fraction_digits) {
  switch (nanos_per_tick) {
    case 1:
      return "a time with at most nanosecond precision";
    case 1'000:
      return "a time with at most microsecond precision";
    case 1'000'000:
      return "a time with at most millisecond precision";
    case 1'000'000'000:
      return "a time with at most second precision";
    case 60'000'000'000:
      return "a time with at most minute precision";
    case 3'600'000'000'000:
      return "a time with at most hour precision";
    case 86'400'000'000'000:
      return "a time with at most day precision";
    default:
      break;
  }
  long long decimal = 1;
  for (int k = fraction_digits; k < 9; ++k) decimal *= 10;
  if (decimal == nanos_per_tick)
    return "a time with at most " + std::to_string(fraction_digits) + " fraction digit" +
           (fraction_digits == 1 ? "" : "s");
  return "a time in whole " + std::to_string(nanos_per_tick) + "-nanosecond steps";
}

}  // namespace

std::optional<nanotime> parse_iso8601(std::string_view s) {
  auto t = split_iso8601(s);
  if (!t || t->finer_than_ns) return std::nullopt;
  auto ns = to_nanos(*t);
  if (!ns) return std::nullopt;
  return nanotime{nanoseconds{*ns}};
}

std::string format_iso8601(nanotime t, int fraction_digits) {
  if (fraction_digits < 0) fraction_digits = 0;
  if (fraction_digits > 9) fraction_digits = 9;
  return format_ticks(t.time_since_epoch().count(), 1, fraction_digits);
}

std::string format_timestamp(const timestamp& t) {
  const long long ns = t.time().time_since_epoch().count();
  long long secs = ns / 1'000'000'000, nanos = ns % 1'000'000'000;
  if (nanos < 0) {
    nanos += 1'000'000'000;
    --secs;
  }
  const long long offset = t.utc_offset().count();
  std::string out = format_parts(secs + offset * 60, nanos, std::min(t.fraction_digits(), 9));
  out.pop_back();  // the 'Z'
  if (t.fraction_digits() > 9) out.append(static_cast<std::size_t>(t.fraction_digits() - 9), '0');
  if (offset == 0) {
    out += 'Z';
  } else {
    char zone[8];
    std::snprintf(zone, sizeof zone, "%c%02d:%02d", offset < 0 ? '-' : '+', static_cast<int>(std::abs(offset) / 60),
                  static_cast<int>(std::abs(offset) % 60));
    out += zone;
  }
  return out;
}

std::optional<nanotime> parse_epoch_number(std::string_view token, long long units_per_second) {
  std::size_t pos = 0;
  bool negative = false;
  if (pos < token.size() && token[pos] == '-') {
    negative = true;
    ++pos;
  }
  __int128 mantissa = 0;
  int exponent10 = 0;
  int significant = 0;
  bool any_digit = false;
  auto take_digit = [&](char c, bool fractional) {
    any_digit = true;
    if (significant < 36) {
      mantissa = mantissa * 10 + (c - '0');
      if (mantissa != 0) ++significant;
      if (fractional) --exponent10;
    } else if (!fractional) {
      ++exponent10;  // digits beyond what we keep still scale the integer part
    }
  };
  for (; pos < token.size() && token[pos] >= '0' && token[pos] <= '9'; ++pos) take_digit(token[pos], false);
  if (pos < token.size() && token[pos] == '.') {
    ++pos;
    for (; pos < token.size() && token[pos] >= '0' && token[pos] <= '9'; ++pos) take_digit(token[pos], true);
  }
  if (!any_digit) return std::nullopt;
  if (pos < token.size() && (token[pos] == 'e' || token[pos] == 'E')) {
    ++pos;
    int e = 0;
    auto r = std::from_chars(token.data() + pos + (pos < token.size() && token[pos] == '+' ? 1 : 0),
                             token.data() + token.size(), e);
    if (r.ec != std::errc{} || r.ptr != token.data() + token.size()) return std::nullopt;
    if (e > 400 || e < -400) return std::nullopt;
    exponent10 += e;
    pos = token.size();
  }
  if (pos != token.size()) return std::nullopt;

  // nanoseconds = mantissa * 10^exponent10 * nanos_per_unit
  int scale = exponent10;
  for (long long k = nanos_per_unit(units_per_second); k > 1; k /= 10) ++scale;
  constexpr __int128 limit = static_cast<__int128>(INT64_MAX);
  __int128 ns = mantissa;
  for (; scale > 0; --scale) {
    ns *= 10;
    if (ns > limit) return std::nullopt;
  }
  for (; scale < 0 && ns != 0; ++scale) ns /= 10;
  if (ns > limit) return std::nullopt;
  auto count = static_cast<long long>(ns);
  return nanotime{nanoseconds{negative ? -count : count}};
}

std::string format_epoch_number(nanotime t, long long units_per_second) {
  long long ns = t.time_since_epoch().count();
  long long per = nanos_per_unit(units_per_second);
  bool negative = ns < 0;
  unsigned long long magnitude =
      negative ? 0ULL - static_cast<unsigned long long>(ns) : static_cast<unsigned long long>(ns);
  unsigned long long whole = magnitude / static_cast<unsigned long long>(per);
  unsigned long long rest = magnitude % static_cast<unsigned long long>(per);
  std::string out = negative ? "-" : "";
  out += std::to_string(whole);
  if (rest != 0) {
    int width = 0;
    for (long long k = per; k > 1; k /= 10) ++width;
    std::string frac = std::to_string(rest);
    frac.insert(0, static_cast<std::size_t>(width) - frac.size(), '0');
    while (frac.back() == '0') frac.pop_back();
    out += '.';
    out += frac;
  }
  return out;
}

namespace detail {

namespace {

// Reads a string holding an RFC 3339 time within nanotime's range: its text, its parts and the
// instant in nanoseconds; otherwise records the error.
bool read_rfc3339(reader& r, value& v, std::string_view& text, stamp& parts, long long& ns) {
  if (!read_string(r, v, text)) return false;
  auto t = split_iso8601(text);
  std::optional<long long> instant = t ? to_nanos(*t) : std::nullopt;
  if (!instant) return r.fail(errc::invalid_value, "RFC 3339 timestamp from 1677-09-21 to 2262-04-11", quoted(text));
  parts = *t;
  ns = *instant;
  return true;
}

}  // namespace

bool read_iso8601(reader& r, value& v, long long& ticks, const time_precision& precision) {
  std::string_view text;
  stamp t;
  long long ns = 0;
  if (!read_rfc3339(r, v, text, t, ns)) return false;
  if (t.finer_than_ns || ns % precision.nanos_per_tick != 0)
    return r.fail(errc::invalid_value, precision_words(precision.nanos_per_tick, precision.fraction_digits),
                  quoted(text));
  const long long count = ns / precision.nanos_per_tick;
  if (count < precision.min_ticks || count > precision.max_ticks) {
    return r.fail(errc::out_of_range,
                  "a time from " +
                      format_ticks(precision.min_ticks, precision.nanos_per_tick, precision.fraction_digits) + " to " +
                      format_ticks(precision.max_ticks, precision.nanos_per_tick, precision.fraction_digits),
                  quoted(text));
  }
  ticks = count;
  return true;
}

bool read_timestamp(reader& r, value& v, timestamp& out) {
  std::string_view text;
  stamp t;
  long long ns = 0;
  if (!read_rfc3339(r, v, text, t, ns)) return false;
  if (t.finer_than_ns) return r.fail(errc::invalid_value, precision_words(1, 9), quoted(text));
  out = timestamp(nanotime(nanoseconds(ns)), t.fraction_digits, minutes(t.offset_minutes));
  return true;
}

std::string format_iso8601_ticks(long long ticks, const time_precision& precision) {
  return format_ticks(ticks, precision.nanos_per_tick, precision.fraction_digits);
}

bool read_epoch(reader& r, value& v, nanotime& out, long long units_per_second) {
  const char* expected = units_per_second == 1 ? "seconds since the epoch" : "milliseconds since the epoch";
  simdjson::ondemand::json_type type;
  if (auto e = v.type().get(type)) return r.fail_simdjson(e, expected);
  if (type != simdjson::ondemand::json_type::number) return r.fail_kind(v, expected);
  // Most epochs are whole numbers: simdjson reads those (and moves past them), and one checked
  // multiplication scales them. Anything else (a fraction, an exponent, a syntax error, more than
  // 64 bits) takes the exact path below, as does a product that overflows, for its message.
  if (std::int64_t whole = 0; !v.get_int64().get(whole)) {
    long long ns = 0;
    if (!__builtin_mul_overflow(whole, nanos_per_unit(units_per_second), &ns)) {
      out = nanotime(nanoseconds(ns));
      return true;
    }
  }
  std::string_view token = trim_trailing_whitespace(v.raw_json_token());
  simdjson::ondemand::number checked;  // validates the number's syntax and moves past it
  // simdjson 3.0 cannot convert integers beyond 64 bits, which parse_epoch_number reports as out of range.
  if (auto e = v.get_number().get(checked); e && e != simdjson::NUMBER_OUT_OF_RANGE && !number_fault(token).empty())
    return r.fail_simdjson(e, expected);
  auto t = parse_epoch_number(token, units_per_second);
  if (!t) return r.fail(errc::out_of_range, std::string(expected) + " within ±292 years", clipped(token));
  out = *t;
  return true;
}

}  // namespace detail
}  // namespace lambda::json
