#pragma once
/// \file
/// Internals of `http.h` and `batch.h`: reading JSON that an event carries as text (an HTTP body,
/// an SQS body, an SNS message, Kinesis data, a Kafka value), with errors whose path says where in
/// the event the problem is.

#include <lambda/json/base.h>
#include <lambda/json/base64.h>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace lambda::events::detail {

/// `e` moved below `prefix`: a path `$.items[0].qty` inside the body becomes
/// `$.body.items[0].qty` with prefix `$.body`, and `$` becomes the prefix itself. The byte
/// position of malformed text stays where it was, within the payload the path names.
inline json::error within(std::string_view prefix, const json::error& e) {
  std::string path(prefix);
  std::string_view inner = e.path();
  if (!inner.empty() && inner.front() == '$') inner.remove_prefix(1);
  path += inner;
  return json::error(e.kind(), std::move(path), std::string(e.expected()), std::string(e.found()), e.position());
}

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

/// Reads `text`, JSON carried inside an event, as `T`; error paths are within `text` (`$` is the
/// text itself: wrap them with `within`). No text (`std::nullopt`) or empty text reads as an empty
/// `T` when `T` is a std::optional, and is otherwise an error that says `nothing` was found
/// ("an empty body") — clearer than the parser's "empty input".
/// The parser payloads are read with, one per thread: not the thread's default parser, so that
/// reading a payload leaves alone the strings a borrowed event (`borrowed::SQSEvent`) read with
/// that parser points to. A payload's own `std::string_view` members last until the next payload.
inline json::parser& payload_parser() {
  thread_local json::parser parser;
  return parser;
}

template <json::serializable T>
json::result<T> parse_payload(std::optional<std::string_view> text, std::string_view nothing) {
  if (text && !text->empty()) return payload_parser().parse<T>(*text);
  if constexpr (is_optional<T>) {
    return T{};
  } else {
    return json::error(text ? json::errc::syntax : json::errc::missing_key, "$", "a JSON value", std::string(nothing));
  }
}

/// The bytes of a decoded base64 member as text, for the parser.
inline std::string_view as_text(const json::bytes& data) noexcept {
  return {reinterpret_cast<const char*>(data.data()), data.size()};
}

}  // namespace lambda::events::detail
