#pragma once
/// \file
/// Every event and response type of lambdagen::events, by name: what `lambda-event` and the
/// conformance tests use to parse a captured event as a type chosen at run time.

#include <lambda/json/result.h>

#include <span>
#include <string>
#include <string_view>

namespace lambda::events {

/// One top-level event or response type, and how to read it when only its name is known.
struct event_type {
  /// The type's name in lambda::events, e.g. "SQSEvent".
  std::string_view name;
  /// Parses `json` as the type; the error names the JSON path that did not fit.
  json::result<void> (*check)(std::string_view json);
  /// Parses `json` as the type and writes it back as compact JSON.
  json::result<std::string> (*roundtrip)(std::string_view json);
  /// Like `roundtrip`, but writes only the keys the types declare, leaving out the undeclared
  /// ones their `other` members keep: what tells which keys a type models.
  json::result<std::string> (*roundtrip_declared)(std::string_view json);
};

/// All top-level event and response types, sorted by name.
std::span<const event_type> catalog();

/// The type called `name`, or nullptr.
const event_type* find_event_type(std::string_view name);

}  // namespace lambda::events
