#pragma once
/// \file
/// `lambda::json::result<T>`: a value or the error that prevented it, like `std::expected`.

#include <lambda/json/error.h>

#include <optional>
#include <stdexcept>
#include <utility>
#include <variant>

namespace lambda::json {

/// Thrown by `result::value()` when there is no value; carries the error.
class bad_result_access : public std::runtime_error {
 public:
  explicit bad_result_access(json::error e) : std::runtime_error(e.message()), error_(std::move(e)) {}
  /// The error the result held.
  const json::error& error() const noexcept { return error_; }

 private:
  json::error error_;
};

/// Either a `T` or an `error`. Test it with `if (r)` and take the value with `*r` or `r.value()`.
template <class T>
class [[nodiscard]] result {
 public:
  result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  result(json::error e) : state_(std::in_place_index<1>, std::move(e)) {}

  /// True when the result holds a value.
  bool has_value() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  /// The value; throws `bad_result_access` when the result holds an error.
  T& value() & {
    check();
    return std::get<0>(state_);
  }
  const T& value() const& {
    check();
    return std::get<0>(state_);
  }
  T&& value() && {
    check();
    return std::get<0>(std::move(state_));
  }

  T& operator*() & noexcept { return *std::get_if<0>(&state_); }
  const T& operator*() const& noexcept { return *std::get_if<0>(&state_); }
  T* operator->() noexcept { return std::get_if<0>(&state_); }
  const T* operator->() const noexcept { return std::get_if<0>(&state_); }

  /// The error; only meaningful when `!has_value()`.
  const json::error& error() const& noexcept { return *std::get_if<1>(&state_); }

 private:
  void check() const {
    if (!has_value()) throw bad_result_access(std::get<1>(state_));
  }
  std::variant<T, json::error> state_;
};

/// The outcome of an operation that produces no value, such as `parse_into`.
template <>
class [[nodiscard]] result<void> {
 public:
  result() = default;
  result(json::error e) : error_(std::move(e)) {}

  bool has_value() const noexcept { return !error_.has_value(); }
  explicit operator bool() const noexcept { return has_value(); }
  /// Throws `bad_result_access` when the result holds an error.
  void value() const {
    if (error_) throw bad_result_access(*error_);
  }
  const json::error& error() const& noexcept { return *error_; }

 private:
  std::optional<json::error> error_;
};

}  // namespace lambda::json
