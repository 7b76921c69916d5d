#pragma once
// What the serialization tests check most: a text that must parse, and one that must not.
#include <lambda/json.h>

#include <gtest/gtest.h>

#include <string_view>

namespace lambda::json::test {

/// The value `text` reads as (a test failure, and T{}, when it does not parse).
template <class T>
T parsed(std::string_view text) {
  auto r = json::parse<T>(text);
  EXPECT_TRUE(r) << text << " -> " << (r ? "" : r.error().message());
  return r ? *r : T{};
}

/// The error reading `text` gives (a test failure when it parses).
template <class T>
json::error failure(std::string_view text) {
  auto r = json::parse<T>(text);
  EXPECT_FALSE(r) << text << " parsed unexpectedly";
  return r ? json::error(json::errc::syntax, "", "", "") : r.error();
}

}  // namespace lambda::json::test
