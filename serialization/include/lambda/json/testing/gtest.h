#pragma once
/// \file
/// GoogleTest assertions over lambda/json/testing.h:
///
///   EXPECT_JSON_ROUND_TRIPS(shop::Order, R"({"id":"a"})");   // parse → write → parse
///   EXPECT_ROUND_TRIPS(shop::Order);                          // 1000 generated values, seed 1
///   EXPECT_ROUND_TRIPS_SEEDED(shop::Order, seed, count);
///
/// A failure prints the JSON involved and the seed and index that rebuild the failing value.

#include <lambda/json/testing.h>

#include <gtest/gtest.h>

namespace lambda::json::testing {

/// The result of a check as a GoogleTest assertion result.
inline ::testing::AssertionResult as_assertion(const std::optional<std::string>& failure) {
  if (!failure) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << *failure;
}

}  // namespace lambda::json::testing

#define EXPECT_JSON_ROUND_TRIPS(T, text) \
  EXPECT_TRUE(::lambda::json::testing::as_assertion(::lambda::json::testing::check_json_round_trip<T>(text)))
#define ASSERT_JSON_ROUND_TRIPS(T, text) \
  ASSERT_TRUE(::lambda::json::testing::as_assertion(::lambda::json::testing::check_json_round_trip<T>(text)))
#define EXPECT_ROUND_TRIPS_SEEDED(T, seed, count) \
  EXPECT_TRUE(::lambda::json::testing::as_assertion(::lambda::json::testing::check_round_trips<T>(seed, count)))
#define EXPECT_ROUND_TRIPS(T) EXPECT_ROUND_TRIPS_SEEDED(T, 1, 1000)
