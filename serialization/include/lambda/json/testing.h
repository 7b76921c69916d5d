#pragma once
/// \file
/// Round-trip testing of serializable types, for GoogleTest (see testing/gtest.h) or any other
/// framework: does a JSON text survive parse → write, and does every generated value survive
/// write → parse? Include the generated `<header>.testing.h` of the types under test (generated
/// when `lambdagen_generate` is given `TESTING`).
///
/// Each check returns std::nullopt on success, or a description of the first failure that says
/// what to do to reproduce it: the JSON involved and, for property checks, the seed and the index.

#include <lambda/json.h>
#include <lambda/json/detail/first_fault.h>
#include <lambda/json/testing/arbitrary.h>
#include <lambda/json/testing/source.h>

#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

namespace lambda::json::testing {

namespace detail {
/// `json` with every object's members sorted by key: std::unordered_map members are written in
/// hash order, which changes when the map is rebuilt, so texts may differ only in member order.
inline void write_canonical(simdjson::dom::element e, writer& w) {
  using simdjson::dom::element_type;
  switch (e.type()) {
    case element_type::OBJECT: {
      std::vector<std::pair<std::string_view, simdjson::dom::element>> members;
      for (auto field : simdjson::dom::object(e)) members.emplace_back(field.key, field.value);
      std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      w.raw('{');
      for (std::size_t i = 0; i < members.size(); ++i) {
        if (i) w.raw(',');
        w.string(members[i].first);
        w.raw(':');
        write_canonical(members[i].second, w);
      }
      w.raw('}');
      return;
    }
    case element_type::ARRAY: {
      w.raw('[');
      bool first = true;
      for (auto item : simdjson::dom::array(e)) {
        if (!first) w.raw(',');
        first = false;
        write_canonical(item, w);
      }
      w.raw(']');
      return;
    }
    default:
      w.raw(simdjson::minify(e));
      return;
  }
}

/// True when `a` and `b` are the same JSON up to the order of object members.
inline bool same_up_to_member_order(std::string_view a, std::string_view b) {
  simdjson::dom::parser pa, pb;
  simdjson::padded_string ta(a), tb(b);
  simdjson::dom::element ea, eb;
  if (pa.parse(ta).get(ea) || pb.parse(tb).get(eb)) return false;
  writer wa, wb;
  write_canonical(ea, wa);
  write_canonical(eb, wb);
  return wa.view() == wb.view();
}
}  // namespace detail

/// Checks that `json` parses as T and that writing the value gives text that parses again and
/// writes identically (the written form is a fixed point; members of unordered maps may come out
/// in another order). Values are compared through their
/// written form, which stays valid for types with std::string_view members (their views die
/// when the parser runs again).
template <class T>
std::optional<std::string> check_json_round_trip(std::string_view json) {
  T first{};
  if (auto r = parse_into(json, first); !r) return "does not parse: " + r.error().message();
  const std::string written = to_string(first);
  // Read where it lies, from a caller-padded buffer (as the runtime reads an event), the same value.
  std::string padded;
  padded.reserve(json.size() + simdjson::SIMDJSON_PADDING);
  padded.assign(json);
  T in_place{};
  if (auto r = parse_into(simdjson::padded_string_view(padded), in_place); !r)
    return "does not parse in place: " + r.error().message();
  if (std::string read = to_string(in_place); read != written && !detail::same_up_to_member_order(read, written))
    return "read in place, it is another value\n  copied:   " + written + "\n  in place: " + read;
  T second{};
  if (auto r = parse_into(written, second); !r)
    return "our own output does not parse: " + r.error().message() + "\n  output: " + written;
  if (std::string again = to_string(second); again != written && !detail::same_up_to_member_order(again, written))
    return "writing is not a fixed point\n  first:  " + written + "\n  second: " + again;
  return std::nullopt;
}

/// Checks that `value` written, then parsed, equals itself.
template <class T>
std::optional<std::string> check_value_round_trip(const T& value) {
  const std::string written = to_string(value);
  T back{};
  if (auto r = parse_into(written, back); !r)
    return "the written value does not parse: " + r.error().message() + "\n  value: " + written;
  if (!equal(value, back)) {
    return "the value read back differs\n  written: " + written + "\n  read:    " + to_string(back);
  }
  return std::nullopt;
}

/// Property check over `count` arbitrary values from `seed`: each survives write → parse, and
/// its written form is a fixed point. The failure names the seed and index that reproduce it.
template <class T>
std::optional<std::string> check_round_trips(std::uint64_t seed, std::size_t count = 1000) {
  for (std::size_t i = 0; i < count; ++i) {
    source s(seed + i);
    const T value = make<T>(s);
    if (auto failure = check_value_round_trip(value)) {
      return "value #" + std::to_string(i) + " of seed " + std::to_string(seed) + " (source(" +
             std::to_string(seed + i) + ") rebuilds it): " + *failure;
    }
    if (auto failure = check_json_round_trip<T>(to_string(value))) {
      return "value #" + std::to_string(i) + " of seed " + std::to_string(seed) + ": " + *failure;
    }
  }
  return std::nullopt;
}

/// Checks that `e`, the error of parsing `input`, is told in Lambdagen's words: no simdjson message
/// text, a JSON path, valid UTF-8 (messages end up in JSON logs), and for malformed text (`syntax`,
/// `invalid_utf8`, `trailing_content`) a position inside `input` (its end included) whose line and
/// column agree with the offset.
inline std::optional<std::string> check_error(const error& e, std::string_view input) {
  const std::string message = e.message();
  for (int code = simdjson::SUCCESS + 1; code < simdjson::NUM_ERROR_CODES; ++code) {
    const std::string_view words = simdjson::error_message(static_cast<simdjson::error_code>(code));
    // A message may quote the input, which may hold anything.
    if (message.find(words) != std::string::npos && input.find(words) == std::string_view::npos)
      return "the message quotes simdjson: " + message;
  }
  if (!e.path().starts_with('$')) return "the path does not start at $: " + message;
  if (!simdjson::validate_utf8(message)) return "the message is not valid UTF-8: " + message;
  if (e.kind() != errc::syntax && e.kind() != errc::invalid_utf8 && e.kind() != errc::trailing_content)
    return std::nullopt;
  const auto where = e.position();
  if (!where) return "malformed text without a position: " + message;
  if (where->offset > input.size())
    return "the offset is past the input's " + std::to_string(input.size()) + " bytes: " + message;
  const std::string_view before = input.substr(0, where->offset);
  const std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  if (where->line != line || where->column != where->offset - line_start + 1)
    return "line and column disagree with the offset: " + message;
  return std::nullopt;
}

/// Checks that the parser accepts `input` as JSON (read as raw_json, which validates every value)
/// exactly when its fault scan finds nothing in it, and that a rejection passes check_error.
inline std::optional<std::string> check_json_verdict(std::string_view input) {
  const auto parsed = parse<raw_json>(input);
  std::string_view text = input;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const auto fault = json::detail::first_fault(text, input.size() - text.size(), parse_options{}.max_depth);
  if (parsed && fault) return "the parser accepts the text, the fault scan does not: " + fault->message();
  if (parsed) return std::nullopt;
  if (!fault) return "the parser rejects the text, the fault scan finds nothing: " + parsed.error().message();
  return check_error(parsed.error(), input);
}

/// One libFuzzer input for T. The first byte chooses the mode: even, the rest is JSON text that
/// must either be rejected with an error that passes check_error or round-trip
/// (check_json_round_trip); odd, the rest
/// drives `source` to build a value that must round-trip (check_value_round_trip). Any failure
/// is printed and aborts, which is how libFuzzer learns of it.
template <class T>
int fuzz_one(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::optional<std::string> failure;
  if ((data[0] & 1) == 0) {
    std::string_view json(reinterpret_cast<const char*>(data + 1), size - 1);
    T value{};
    if (auto r = parse_into(json, value); !r)
      failure = check_error(r.error(), json);  // rejected: said well?
    else
      failure = check_json_round_trip<T>(json);
  } else {
    source s(std::span<const std::uint8_t>(data + 1, size - 1));
    failure = check_value_round_trip(make<T>(s));
  }
  if (failure) {
    std::fprintf(stderr, "fuzz check failed: %s\n", failure->c_str());
    std::abort();
  }
  return 0;
}

}  // namespace lambda::json::testing

/// Declares the libFuzzer entry point for T: `LAMBDA_JSON_FUZZ_TARGET(shop::Order)` in a .cpp of
/// its own, linked with -fsanitize=fuzzer (see lambdagen_fuzz_target in CMake).
#define LAMBDA_JSON_FUZZ_TARGET(T)                                                    \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    return ::lambda::json::testing::fuzz_one<T>(data, size);                          \
  }
