// Arbitrary values of every type generated here, written as JSON: each must read back, and with
// LAMBDAGEN_SCHEMA_VALUES=<file> they are also saved, one `<schema file>\t<json>` a line, for
// tests/events/schema_test.py's `values` mode, which validates them against the generated JSON
// Schemas: integers at their limits, doubles at ±max, every enumerator and alternative, times and
// bytes, as the writers spell them.
#include "containers.testing.h"
#include "custom_codecs.testing.h"
#include "shop.testing.h"
#include "tagged.testing.h"
#include "templates.testing.h"
#include "templates_user.testing.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {

template <class T>
void write_values(std::ostream& out, const char* schema, std::uint64_t count = 300) {
  for (std::uint64_t seed = 0; seed < count; ++seed) {
    lambda::json::testing::source s(seed);
    std::string json = lambda::json::to_string(lambda::json::testing::make<T>(s));
    auto read = lambda::json::parse<T>(json);
    ASSERT_TRUE(read) << json << ": " << read.error().message();
    out << schema << '\t' << json << '\n';
  }
}

TEST(SchemaValues, EveryTypeWritesValuesItsReaderTakes) {
  const char* path = std::getenv("LAMBDAGEN_SCHEMA_VALUES");
  std::ofstream file;
  std::ostringstream unused;
  if (path) file.open(path, std::ios::binary);
  std::ostream& out = path ? static_cast<std::ostream&>(file) : unused;
  ASSERT_TRUE(out) << path;
  write_values<shop::Order>(out, "shop.Order.schema.json");
  write_values<shop::Item>(out, "shop.Item.schema.json");
  write_values<shop::Money>(out, "shop.Money.schema.json");
  write_values<shop::Entity>(out, "shop.Entity.schema.json");
  write_values<shop::StrictConfig>(out, "shop.StrictConfig.schema.json");
  write_values<shop::Borrowed>(out, "shop.Borrowed.schema.json");
  write_values<shop::Tree>(out, "shop.Tree.schema.json");
  write_values<shop::Webhook>(out, "shop.Webhook.schema.json");
  write_values<shop::SignedWebhook>(out, "shop.SignedWebhook.schema.json");
  write_values<shop::Receipt>(out, "shop.Receipt.schema.json");
  write_values<shop::Delivery>(out, "shop.Delivery.schema.json");
  write_values<shop::RetryPolicy>(out, "shop.RetryPolicy.schema.json");
  write_values<shop::Color>(out, "shop.Color.schema.json", 20);
  write_values<shop::Shipping>(out, "shop.Shipping.schema.json", 20);
  write_values<events::Feed>(out, "events.Feed.schema.json");
  write_values<events::CreatedEvent>(out, "events.CreatedEvent.schema.json");
  write_values<events::Message>(out, "events.basic_Message(std.string).schema.json");
  write_values<events::MessageView>(out, "events.MessageView.schema.json");
  write_values<events::Archive>(out, "events.Archive.schema.json");
  write_values<billing::Invoice>(out, "billing.Invoice.schema.json");  // codecs of the user's own
  write_values<orders::Envelope>(out, "orders.Envelope.schema.json");  // tagged variants
  write_values<shelf::Shelf>(out, "shelf.Shelf.schema.json");          // containers by shape
}

}  // namespace
