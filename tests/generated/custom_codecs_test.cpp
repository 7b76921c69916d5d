// Members whose types have codecs of the user's own (tests/generated/custom_codecs.h): read,
// written, round tripped, and every error path with its JSON path.
#include "custom_codecs.testing.h"

#include <lambda/json/testing/gtest.h>

#include <gtest/gtest.h>

namespace json = lambda::json;

namespace {

constexpr std::string_view invoice_text = R"({
  "id": 42,
  "lines": [{"sku": "AB-1234", "price": "12.50", "quantity": 2}, {"sku": "ZZ-0001", "price": 0.125}],
  "discount": "-1.5",
  "taxByRegion": {"eu": "20", "us": 7.25},
  "reference": "CD-0042"
})";

TEST(CustomCodecs, ReadMembersContainersOptionalsMapsAndVariants) {
  auto r = json::parse<billing::Invoice>(invoice_text);
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->id.value, 42);
  ASSERT_EQ(r->lines.size(), 2u);
  EXPECT_EQ(r->lines[0].sku.text, "AB-1234");
  EXPECT_EQ(r->lines[0].price, (billing::Decimal{1250, 2}));
  EXPECT_EQ(r->lines[1].price, (billing::Decimal{125, 3}));  // a number token, every digit kept
  EXPECT_EQ(r->lines[1].quantity, 1);
  EXPECT_EQ(r->discount, (billing::Decimal{-15, 1}));
  EXPECT_EQ(r->tax_by_region.at("us"), (billing::Decimal{725, 2}));
  EXPECT_EQ(std::get<billing::Sku>(r->reference).text, "CD-0042");

  auto by_number = json::parse<billing::Invoice>(R"({"reference": 7})");
  ASSERT_TRUE(by_number) << by_number.error().message();
  EXPECT_EQ(std::get<long long>(by_number->reference), 7);
}

TEST(CustomCodecs, WriteThroughTheirCodecs) {
  auto r = json::parse<billing::Invoice>(invoice_text);
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(json::to_string(*r), R"({"id":42,"lines":[{"sku":"AB-1234","price":"12.50","quantity":2},)"
                                 R"({"sku":"ZZ-0001","price":"0.125","quantity":1}],"discount":"-1.5",)"
                                 R"("taxByRegion":{"eu":"20","us":"7.25"},"reference":"CD-0042"})");
}

TEST(CustomCodecs, ParseIntoResetsWhatTheNextDocumentLeavesOut) {
  billing::Invoice invoice;
  ASSERT_TRUE(json::parse_into(invoice_text, invoice));
  ASSERT_TRUE(json::parse_into(R"({"lines": []})", invoice));
  EXPECT_EQ(invoice.id.value, 0);
  EXPECT_FALSE(invoice.discount);
  EXPECT_TRUE(invoice.tax_by_region.empty());
}

TEST(CustomCodecs, ErrorsSayWhereAndWhatTheCodecExpected) {
  auto message = [](std::string_view text) {
    auto r = json::parse<billing::Invoice>(text);
    return r ? std::string("parsed") : r.error().message();
  };
  EXPECT_EQ(message(R"({"lines": [{"sku": "ab-1234"}]})"),
            R"($.lines[0].sku: expected a SKU like AB-1234, got "ab-1234")");
  EXPECT_EQ(message(R"({"lines": [{"sku": 5}]})"), "$.lines[0].sku: expected string, got number 5");
  EXPECT_EQ(message(R"({"lines": [{"price": "1e3"}]})"),
            R"($.lines[0].price: expected a decimal of at most 18 digits without an exponent, got "1e3")");
  EXPECT_EQ(message(R"({"lines": [{"price": 1e3}]})"),
            "$.lines[0].price: expected a decimal of at most 18 digits without an exponent, got 1e3");
  EXPECT_EQ(message(R"({"lines": [{"price": true}]})"), "$.lines[0].price: expected number, got boolean");
  EXPECT_EQ(message(R"({"taxByRegion": {"eu": "x"}})"),
            R"($.taxByRegion.eu: expected a decimal of at most 18 digits without an exponent, got "x")");
  EXPECT_EQ(message(R"({"id": "42"})"), R"($.id: expected integer, got string "42")");
  EXPECT_EQ(message(R"({"reference": [1]})"), "$.reference: expected string or number, got array");
  EXPECT_EQ(message(R"({"lines": [{"price": 01}]})").substr(0, 18), "$.lines[0].price: ");
}

TEST(CustomCodecs, RoundTrip) {
  EXPECT_JSON_ROUND_TRIPS(billing::Invoice, invoice_text);
  EXPECT_JSON_ROUND_TRIPS(billing::Invoice, "{}");  // defaults are written, so they must read back
  EXPECT_ROUND_TRIPS(billing::Invoice);
  EXPECT_ROUND_TRIPS(billing::Line);
}

}  // namespace
