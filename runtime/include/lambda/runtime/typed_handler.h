#pragma once
// Reading events into, and writing responses from, generated JSON types (<lambda/json/base.h>).
// <lambda/runtime.h> includes this header whenever <lambda/json.h> is on the include path.

#include <lambda/json/base.h>
#include <lambda/outcome.h>

#include <string>
#include <string_view>
#include <typeinfo>
#include <utility>

#define LAMBDA_RUNTIME_TYPED_HANDLERS 1

namespace lambda::detail {

std::string demangled_name(const std::type_info& type);

/// The errorType of an event that does not fit the handler's Request type.
inline constexpr std::string_view invalid_event_error_type = "Runtime.InvalidEventPayload";

/// The parser events are read with, one per thread: not the thread's default parser, so that a
/// borrowed event's strings (`std::string_view` members) stay valid for the whole handler call,
/// whatever the handler parses with `lambda::json::parse` meanwhile.
inline lambda::json::parser& event_parser() {
  thread_local lambda::json::parser parser;
  return parser;
}

/// Parses the event into T, or a function error naming the JSON path that did not fit. The event
/// is read where it lies when its capacity leaves simdjson's padding past the end (the runtime's
/// client reads it so), and copied first otherwise.
template <class T>
outcome<T> read_json_event(const std::string& payload) {
  static_assert(lambda::json::serializable<T>,
                "this Request type has no JSON codec here: include its generated .json.h header (an annotated "
                "type) or <lambda/json.h> (a standard type or container)");
  auto parsed = event_parser().parse<T>(lambda::json::padded_text(payload));
  if (!parsed) {
    // message() already starts with the JSON path: "$.items[2].price: expected double, got string".
    return function_error{std::string(invalid_event_error_type),
                          "the event does not fit " + demangled_name(typeid(T)) + ": " + parsed.error().message()};
  }
  return T(std::move(parsed.value()));
}

/// The response's compact JSON text.
template <class T>
std::string write_json_response(const T& response) {
  static_assert(lambda::json::serializable<T>,
                "this Response type has no JSON codec here: include its generated .json.h header (an annotated "
                "type) or <lambda/json.h> (a standard type or container)");
  return lambda::json::to_string(response);
}

}  // namespace lambda::detail
