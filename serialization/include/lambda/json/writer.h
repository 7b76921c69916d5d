#pragma once
/// \file
/// `lambda::json::writer`: appends compact JSON to a growable buffer.
///
/// The writer knows nothing of objects or commas; generated code writes keys and punctuation as
/// literals it computed at generation time, which is what keeps writing fast.

#include <lambda/json/detail/plain_string.h>

#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace lambda::json {

/// Appends JSON text to a buffer it owns. Reuse one writer (or hand it a buffer) to keep capacity.
class writer {
 public:
  writer() = default;
  /// Starts writing into `buffer`, keeping its capacity and discarding its content.
  explicit writer(std::string buffer) : buf_(std::move(buffer)) { buf_.resize(buf_.capacity()); }

  /// Appends one character verbatim.
  void raw(char c) {
    reserve(1);
    buf_[pos_++] = c;
  }
  /// Appends text verbatim; it must already be valid JSON in context. (Always inlined: a generated
  /// writer calls it for every key, and GCC's heuristics otherwise keep it out of line in some.)
  [[gnu::always_inline]] void raw(std::string_view s) {
    reserve(s.size());
    std::memcpy(buf_.data() + pos_, s.data(), s.size());
    pos_ += s.size();
  }
  /// Appends `s` as a quoted JSON string, escaping `"`, `\` and control characters. Invalid UTF-8
  /// is replaced by U+FFFD so the output is always valid JSON.
  void string(std::string_view s) {
    // (An empty string wraps around and takes the general path: its data may be null.)
    if (s.size() - 1 < detail::plain_string_limit && buf_.size() - pos_ >= detail::plain_string_limit + 2 &&
        detail::copy_plain_string(s, buf_.data() + pos_)) {
      pos_ += s.size() + 2;
      return;
    }
    string_general(s);
  }
  /// Appends `true` or `false`.
  void boolean(bool b) { b ? raw(std::string_view("true")) : raw(std::string_view("false")); }
  /// Appends `null`.
  void null() { raw(std::string_view("null")); }
  /// Appends an integer in decimal.
  template <std::integral I>
  void number(I value) {
    reserve(24);
    auto r = std::to_chars(buf_.data() + pos_, buf_.data() + buf_.size(), value);
    pos_ = static_cast<std::size_t>(r.ptr - buf_.data());
  }
  /// Appends the shortest text that reads back as exactly `value`, with a fraction or exponent so
  /// it reads back as floating-point (`60.0`); NaN and infinities, which JSON cannot represent,
  /// are written as `null`.
  void number(double value);
  /// Appends a float as the shortest text that reads back as exactly that float.
  void number(float value);

  /// Leaves out what LAMBDA_JSON_EXTRA members hold, so only the keys the types declare are
  /// written: for tools that ask what a type declares (`lambda-event check`), never for output.
  void omit_extra(bool omit = true) noexcept { omit_extra_ = omit; }
  /// True when LAMBDA_JSON_EXTRA members are left out (see omit_extra).
  bool omits_extra() const noexcept { return omit_extra_; }

  /// The bytes written so far.
  std::string_view view() const noexcept { return {buf_.data(), pos_}; }
  /// Number of bytes written so far.
  std::size_t size() const noexcept { return pos_; }
  /// For codecs that write one object's members into another (a tagged variant writes its tag,
  /// then the alternative): makes the object written from byte `at` on, `{...}`, continue the
  /// object before it, `,...}`, or just close it, `}`, when it is empty.
  void continue_object(std::size_t at) noexcept {
    if (pos_ - at == 2) {  // "{}"
      pos_ = at + 1;
      buf_[at] = '}';
    } else {
      buf_[at] = ',';
    }
  }
  /// Forgets what was written, keeping the capacity.
  void clear() noexcept { pos_ = 0; }
  /// Hands over the written text; the writer is empty afterwards.
  std::string release() {
    buf_.resize(pos_);
    pos_ = 0;
    return std::move(buf_);
  }
  /// Makes room for at least `n` more bytes.
  void reserve(std::size_t n) {
    if (buf_.size() - pos_ < n) grow(n);
  }

 private:
  void grow(std::size_t n);
  void append_fraction_if_integral(char* begin, char* end);
  void string_general(std::string_view s);

  std::string buf_;
  std::size_t pos_ = 0;
  bool omit_extra_ = false;
};

namespace detail {
// The size of the last document this thread wrote: `to_string` reserves it up front, because a
// warm Lambda writes the same shape again and again and regrowing the buffer dominates otherwise.
inline thread_local std::size_t last_written_size = 256;
inline std::size_t size_hint() noexcept { return last_written_size + last_written_size / 8; }
inline void remember_size(std::size_t n) noexcept { last_written_size = n; }
}  // namespace detail

}  // namespace lambda::json
