// lambda/json/testing.h over the generated testing header of shop.h: every member kind built
// arbitrarily, round-tripped, and the checks shown to fail when a round trip does lose data.
#include "shop.testing.h"
#include "templates.testing.h"
#include "templates_user.testing.h"

#include <lambda/json/testing/gtest.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <set>

namespace {

using lambda::json::testing::check_json_round_trip;
using lambda::json::testing::check_value_round_trip;
using lambda::json::testing::make;
using lambda::json::testing::source;

TEST(RoundTripProperty, EveryShopTypeRoundTrips) {
  EXPECT_ROUND_TRIPS(shop::Order);
  EXPECT_ROUND_TRIPS(shop::Item);
  EXPECT_ROUND_TRIPS(shop::StrictConfig);
  EXPECT_ROUND_TRIPS(shop::Borrowed);
  EXPECT_ROUND_TRIPS(shop::Tree);
  EXPECT_ROUND_TRIPS(shop::Webhook);
  EXPECT_ROUND_TRIPS(shop::SignedWebhook);
  EXPECT_ROUND_TRIPS(shop::Receipt);
  EXPECT_ROUND_TRIPS(shop::Delivery);
  EXPECT_ROUND_TRIPS(shop::RetryPolicy);
  EXPECT_ROUND_TRIPS_SEEDED(shop::Order, 20261123, 300);
}

TEST(RoundTripProperty, EveryClassTemplateSpecializationRoundTrips) {
  EXPECT_ROUND_TRIPS(events::Feed);
  EXPECT_ROUND_TRIPS(events::Envelope<events::Created>);
  EXPECT_ROUND_TRIPS(events::Message);
  EXPECT_ROUND_TRIPS(events::MessageView);
  EXPECT_ROUND_TRIPS(events::Archive);
}

TEST(RoundTripProperty, TheSameSeedBuildsTheSameValue) {
  source a(42), b(42), c(43);
  const auto x = make<shop::Order>(a);
  EXPECT_EQ(lambda::json::to_string(x), lambda::json::to_string(make<shop::Order>(b)));
  EXPECT_NE(lambda::json::to_string(x), lambda::json::to_string(make<shop::Order>(c)));
}

TEST(RoundTripProperty, GeneratedValuesCoverEveryAlternative) {
  std::set<shop::Color> colors;
  std::set<std::size_t> destinations;
  std::set<bool> gift_note_present;
  std::size_t max_items = 0;
  for (std::uint64_t seed = 0; seed < 500; ++seed) {
    source s(seed);
    const auto order = make<shop::Order>(s);
    destinations.insert(order.destination.index());
    gift_note_present.insert(order.gift_note.has_value());
    max_items = std::max(max_items, order.line_items.size());
    for (const auto& item : order.line_items)
      if (item.color) colors.insert(*item.color);
  }
  EXPECT_EQ(colors.size(), 3u);
  EXPECT_EQ(destinations.size(), 2u);
  EXPECT_EQ(gift_note_present.size(), 2u);
  EXPECT_GE(max_items, 5u);
}

TEST(RoundTripProperty, RecursiveTypesStayFinite) {
  for (std::uint64_t seed = 0; seed < 200; ++seed) {
    source s(seed);
    const auto tree = make<shop::Tree>(s);
    std::function<int(const shop::Tree&)> depth = [&](const shop::Tree& t) {
      int d = 0;
      for (const auto& child : t.childNodes) d = std::max(d, depth(child));
      return d + 1;
    };
    EXPECT_LE(depth(tree), source::max_depth + 1);
  }
}

TEST(RoundTripProperty, FuzzBytesDriveTheBuilderAndRunningOutGivesTheSmallestValue) {
  const std::uint8_t nothing[1] = {0};
  source empty(std::span<const std::uint8_t>(nothing, 0));
  const auto smallest = make<shop::Item>(empty);
  EXPECT_EQ(smallest.sku, "");
  EXPECT_FALSE(check_value_round_trip(smallest));
}

TEST(RoundTripProperty, ALossyValueIsReportedWithItsJson) {
  shop::Item item;
  item.sku = "bad \xFF utf-8";  // the writer repairs invalid UTF-8, so this cannot come back equal
  auto failure = check_value_round_trip(item);
  ASSERT_TRUE(failure);
  EXPECT_NE(failure->find("\"sku\":\"bad \xEF\xBF\xBD utf-8\""), std::string::npos) << *failure;
}

TEST(RoundTripProperty, JsonChecksReportTheParseError) {
  auto failure = check_json_round_trip<shop::Item>(R"({"quantity":70000})");
  ASSERT_TRUE(failure);
  EXPECT_NE(failure->find("$.quantity"), std::string::npos) << *failure;
  EXPECT_JSON_ROUND_TRIPS(shop::Item, R"({"sku":"a","quantity":2,"unit_price":{"cents":5,"currency":"€"}})");
}

}  // namespace

namespace {

// Inputs libFuzzer once failed on (tests/fuzz/regressions/shop_order), replayed on every run; in
// the sanitizer build (scripts/sanitize.sh) undefined behaviour in them fails the test too.
TEST(FuzzRegressions, ShopOrderInputsStillRoundTrip) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(LAMBDAGEN_FUZZ_REGRESSIONS_DIR) / "shop_order";
  ASSERT_TRUE(fs::is_directory(dir)) << dir;
  int replayed = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(
        lambda::json::testing::fuzz_one<shop::Order>(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()),
        0)
        << entry.path();
    ++replayed;
  }
  EXPECT_GT(replayed, 0);
}

}  // namespace
