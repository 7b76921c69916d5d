#pragma once
// A handler result that carries either a response or a typed function error, for handlers that
// prefer returning failures to throwing them.

#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace lambda {

/// A function error as Lambda reports it: `errorType` (e.g. "Order.NotFound") and `errorMessage`.
struct function_error {
  std::string type;
  std::string message;
};

/// Shorthand for returning a function error from a handler: `return lambda::failure("T", "msg");`.
inline function_error failure(std::string type, std::string message) {
  return function_error{std::move(type), std::move(message)};
}

/// Either a value of T or a function_error; converts implicitly from both.
template <class T>
class outcome {
 public:
  outcome(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  outcome(function_error error) : state_(std::in_place_index<1>, std::move(error)) {}

  /// True when the outcome holds a value.
  bool has_value() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  /// The value; throws std::bad_variant_access when the outcome holds an error.
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }

  /// The error; throws std::bad_variant_access when the outcome holds a value.
  const function_error& error() const& { return std::get<1>(state_); }
  function_error&& error() && { return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, function_error> state_;
};

/// A success without a response body, or a function_error.
template <>
class outcome<void> {
 public:
  outcome() = default;
  outcome(function_error error) : error_(std::move(error)), failed_(true) {}

  bool has_value() const noexcept { return !failed_; }
  explicit operator bool() const noexcept { return has_value(); }
  const function_error& error() const& { return error_; }
  function_error&& error() && { return std::move(error_); }

 private:
  function_error error_;
  bool failed_ = false;
};

template <class T>
inline constexpr bool is_outcome_v = false;
template <class T>
inline constexpr bool is_outcome_v<outcome<T>> = true;

}  // namespace lambda
