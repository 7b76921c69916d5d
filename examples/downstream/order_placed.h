#pragma once
// This project's own EventBridge event: its detail, and the typed event made from the installed
// library's class template (the alias asks the generator for its codec). The detail holds a type
// with a codec of this project's own (a SKU, through string_codec), a tagged union, and a
// std::set, which the library reads by what it can do.
#include <lambda/events/eventbridge.h>
#include <lambda/json/annotate.h>
#include <lambda/json/codecs/containers.h>
#include <lambda/json/custom_codec.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace shop_events {

/// Two capital letters, a dash, four digits: "AB-1234".
struct Sku {
  std::string text;
};
inline std::optional<Sku> parse_sku(std::string_view text) {
  bool ok = text.size() == 7 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z' && text[2] == '-';
  for (char c : text.substr(ok ? 3 : 0)) ok = ok && c >= '0' && c <= '9';
  return ok ? std::optional<Sku>(Sku{std::string(text)}) : std::nullopt;
}
inline const std::string& format_sku(const Sku& sku) { return sku.text; }

}  // namespace shop_events

template <>
struct lambda::json::codec<shop_events::Sku>
    : lambda::json::string_codec<shop_events::Sku, shop_events::parse_sku, shop_events::format_sku,
                                 "a SKU like AB-1234"> {};

namespace shop_events {

struct LAMBDA_JSON LAMBDA_JSON_TAG_VALUE("card") CardPayment {
  std::string last4;
};
struct LAMBDA_JSON LAMBDA_JSON_TAG_VALUE("invoice") InvoicePayment {
  int days = 30;
};

struct LAMBDA_JSON OrderPlaced {
  LAMBDA_JSON_REQUIRED std::string orderId;
  std::int64_t total = 0;
  std::vector<Sku> skus;
  std::set<std::string> tags;
  LAMBDA_JSON_TAG("method") std::variant<CardPayment, InvoicePayment> payment;
};

using OrderPlacedEvent LAMBDA_JSON = lambda::events::EventBridgeEventOf<OrderPlaced>;

}  // namespace shop_events
