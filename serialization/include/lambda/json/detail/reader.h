#pragma once
/// \file
/// The state of one read: the On-Demand document, the nesting depth, and the first error with the
/// path it happened at. Generated codecs and the library's own codecs thread it through.

#include <lambda/json/error.h>

#include <simdjson.h>

#if defined(__AVX2__)
#include <immintrin.h>
#endif

#include <bit>
#include <bitset>  // generated readers mark the members they have seen in one

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::json::detail {

/// A JSON value being read: simdjson's On-Demand value under a name of ours, so that codec
/// declarations (<lambda/json/codec.h>) can name it without simdjson. It adds nothing.
class value : public simdjson::ondemand::value {
 public:
  value() noexcept = default;
  value(const simdjson::ondemand::value& v) noexcept : simdjson::ondemand::value(v) {}
};

/// An object being read, opened from a value (reader::begin_object); as `value`, a name of ours.
class object : public simdjson::ondemand::object {
 public:
  object() noexcept = default;
  object(const simdjson::ondemand::object& o) noexcept : simdjson::ondemand::object(o) {}
};

using array = simdjson::ondemand::array;

/// `out = *result` when `result` holds a value, else its error: simdjson's own `get(out)` takes
/// only simdjson's types.
inline simdjson::error_code get_value(simdjson::simdjson_result<simdjson::ondemand::value> result,
                                      value& out) noexcept {
  return std::move(result).get(static_cast<simdjson::ondemand::value&>(out));
}

/// One read in progress. Functions that fail record the error here and return false; each caller
/// on the way up adds its key or index, so the path costs nothing until something goes wrong.
/// The failure functions are `cold`: the compiler moves the code that calls them out of the
/// readers' hot path, which keeps the generated readers' working set small in the instruction cache.
class reader {
 public:
  /// `into_existing`: the value being read held an earlier document (`parse_into`), so records
  /// must reset the members this document leaves out. `text_end`: where the text ends when the
  /// document is read in place (not wrapped in [ ], so no token follows its root value).
  reader(simdjson::ondemand::document& doc, std::uint32_t max_depth, bool into_existing = false,
         const char* text_end = nullptr) noexcept
      : doc_(&doc), text_end_(text_end), max_depth_(max_depth), into_existing_(into_existing) {}

  /// True when reading into a value that held an earlier document; see the constructor.
  bool into_existing() const noexcept { return into_existing_; }

  /// For generated readers: reads, with `Codec`, a member whose key came before in the same
  /// object. The last value wins, so it is read as `parse_into` reads over a used value (records
  /// reset what the repeat leaves out, containers are replaced), not merged into what the first
  /// occurrence left: `parse` and `parse_into` give the same value.
  template <class Codec, class T>
  bool read_repeated(value& v, T& out) {
    const bool was = into_existing_;
    into_existing_ = true;
    const bool ok = Codec::read(*this, v, out);
    into_existing_ = was;
    return ok;
  }

  /// Records a failure and returns false.
  [[gnu::cold]] bool fail(errc kind, std::string expected, std::string found);
  /// Records that `v` is of the wrong JSON kind for `expected` (`got string`, `got null`, …).
  [[gnu::cold]] bool fail_kind(value& v, std::string_view expected);
  /// Records a simdjson error met while reading `v` as `expected`.
  [[gnu::cold]] bool fail_simdjson(simdjson::error_code code, std::string_view expected);
  /// Adds `.key` to the path of the failure being reported; returns false.
  [[gnu::cold]] bool at_key(std::string_view key);
  /// Adds `[index]` to the path of the failure being reported; returns false.
  [[gnu::cold]] bool at_index(std::size_t index);

  /// Opens `v` as an object, counting nesting depth; false (with the error) if it is not one.
  bool begin_object(value& v, object& out);
  /// Opens `v` as an array, counting nesting depth.
  bool begin_array(value& v, array& out);
  /// Closes the innermost object or array opened with begin_*.
  void end_nested() noexcept { --depth_; }

  /// Splits an object member into its unescaped key and its value.
  [[gnu::always_inline]] bool member(simdjson::simdjson_result<simdjson::ondemand::field> f, std::string_view& key,
                                     value& v);
  /// For members that read `null` as their default, and std::optional: sets `is_null` and, when
  /// it is, consumes the `null`; other values are left for the member's codec.
  [[gnu::always_inline]] bool null_as_default(value& v, bool& is_null);
  /// Steps over a value nobody takes, still checking that it is well-formed.
  bool skip(value& v);
  /// Reports `key` as unknown (for types that reject unknown keys).
  [[gnu::cold]] bool reject_unknown(std::string_view key);
  /// Reports a required `key` as missing from the object being read.
  [[gnu::cold]] bool missing_key(std::string_view key);
  /// Reports a tagged variant's tag `key` coming a second time in one object.
  [[gnu::cold]] bool repeated_tag(std::string_view key);
  /// Reports a required `key` as missing because it came as `null` (under NULL_AS_DEFAULT).
  [[gnu::cold]] bool null_required_key(std::string_view key);
  /// The source text of `v`, verbatim and validated (objects and arrays are walked).
  bool raw_text(value& v, std::string_view& out);

  /// The recorded error, with its path assembled.
  json::error take_error();
  /// True once a failure has been recorded.
  bool failed() const noexcept { return failed_; }

 private:
  struct segment {
    std::string key;  // empty with is_index
    std::size_t index = 0;
    bool is_index = false;
  };

  /// null_as_default's rare path, for a value that starts like `null`: consumes it when it is
  /// (anything else is left for the member's codec to report).
  [[gnu::noinline]] bool consume_null(value& v, bool& is_null);
  /// missing_key and null_required_key: a required `key` did not come, `found` says how.
  [[gnu::cold]] bool fail_required(std::string_view key, std::string found);

  simdjson::ondemand::document* doc_;
  const char* text_end_;  // null when the document is wrapped in [ ]
  std::uint32_t depth_ = 0;
  std::uint32_t max_depth_;
  bool into_existing_;
  bool failed_ = false;
  errc kind_ = errc::syntax;
  std::string expected_;
  std::string found_;
  std::vector<segment> path_;  // innermost first, filled while unwinding
};

/// For the generated readers of records that a tagged variant holds: the tag's key, whose value
/// the variant's codec has read, and whether that occurrence is behind the members still to come
/// (`passed`): if not, the first occurrence met is it, and any other is a repeat.
struct tag_key {
  std::string_view key;
  bool passed = false;
};

/// How many bytes of the input an error message quotes.
inline constexpr std::size_t max_quoted = 40;

/// `text` for an error message: at most max_quoted bytes, cut between UTF-8 characters (messages
/// must stay valid UTF-8) and marked with "…" when cut.
std::string clipped(std::string_view text);

/// `text` clipped as above and in double quotes: how messages show a string they refused.
std::string quoted(std::string_view text);

/// `text` without the JSON whitespace that raw tokens carry up to the next token.
inline std::string_view trim_trailing_whitespace(std::string_view text) noexcept {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

/// The text of the string token starting at `raw` (just past its opening quote) when it holds no
/// escapes, else false. Stage 1 has already checked that the closing quote exists, and the parser
/// keeps the document in a buffer padded by SIMDJSON_PADDING (64) bytes, so reading whole 32-byte
/// blocks up to the block holding that quote stays inside the buffer.
inline bool unescaped_span(const char* raw, std::string_view& out) noexcept {
#if defined(__AVX2__)
  for (std::size_t at = 0;; at += 32) {
    const __m256i block = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(raw + at));
    const auto stops = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(
        _mm256_cmpeq_epi8(block, _mm256_set1_epi8('"')), _mm256_cmpeq_epi8(block, _mm256_set1_epi8('\\')))));
    if (stops == 0) continue;
    const std::size_t end = at + static_cast<std::size_t>(std::countr_zero(stops));
    if (raw[end] != '"') return false;
    out = std::string_view(raw, end);
    return true;
  }
#else
  const char* end = raw;
  while (*end != '"' && *end != '\\') ++end;
  if (*end != '"') return false;
  out = std::string_view(raw, static_cast<std::size_t>(end - raw));
  return true;
#endif
}

// Most keys carry no escapes: take them from the document itself instead of calling simdjson's
// unescaper (an out-of-line call per key, and a copy).
inline bool reader::member(simdjson::simdjson_result<simdjson::ondemand::field> f, std::string_view& key, value& v) {
  simdjson::ondemand::field field;
  if (auto e = std::move(f).get(field)) return fail_simdjson(e, "object member");
  if (!unescaped_span(field.key().raw(), key)) {
    if (auto e = field.unescaped_key().get(key)) return fail_simdjson(e, "object key");
  }
  v = field.value();
  return true;
}

// A value's first byte says whether it can be `null`; only then does simdjson look at it.
inline bool reader::null_as_default(value& v, bool& is_null) {
  is_null = false;
  const std::string_view token = v.raw_json_token();
  return token.empty() || token.front() != 'n' || consume_null(v, is_null);
}

/// For generated dispatch: whether `s`, which the dispatch already knows to be as long as
/// `literal`, holds it. A comparison whose length is a constant is a few word compares.
template <std::size_t N>
[[gnu::always_inline]] inline bool same_key(std::string_view s, const char (&literal)[N]) noexcept {
  return std::memcmp(s.data(), literal, N - 1) == 0;
}

/// For generated readers (parse_into): gives `x` the value `T{}` a new record gives it, in place
/// where T can clear itself, so that a string or container keeps its capacity for the next document.
template <class T>
void reset_to_default(T& x) {
  if constexpr (requires {
                  x.clear();
                  x.empty();
                  x.begin();
                })
    x.clear();
  else
    x = T{};
}

/// An empty std::optional is `T{}`: resetting one that is already empty is a test.
template <class T>
void reset_to_default(std::optional<T>& x) noexcept {
  x.reset();
}

/// The name of a JSON kind as error messages spell it.
std::string_view kind_name(simdjson::ondemand::json_type t) noexcept;

}  // namespace lambda::json::detail
