// Every event type of lambdagen::events under libFuzzer. An input is a type name, a newline, then
// JSON (scripts/sanitize.sh seeds the corpus from our samples that way). A text that parses must write
// back to JSON that parses again and writes identically: reading and writing agree on every value
// the reader accepts. Anything else the reader must reject with an error, never a crash. An event
// with a borrowed variant (std::string_view members) must read every text as its owned type does:
// the same value, or the same error.
#include <lambda/events/alb.h>
#include <lambda/events/apigateway.h>
#include <lambda/events/catalog.h>
#include <lambda/events/lambda_url.h>
#include <lambda/events/s3.h>
#include <lambda/events/sqs.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace {

namespace ev = lambda::events;

template <class Borrowed>
lambda::json::result<std::string> borrowed_roundtrip(std::string_view json) {
  auto value = lambda::json::parse<Borrowed>(json);
  if (!value) return value.error();
  return lambda::json::to_string(*value);
}

struct borrowed_variant {
  std::string_view owned_name;
  lambda::json::result<std::string> (*roundtrip)(std::string_view);
};
constexpr borrowed_variant borrowed_variants[] = {
    {"S3Event", &borrowed_roundtrip<ev::borrowed::S3Event>},
    {"SQSEvent", &borrowed_roundtrip<ev::borrowed::SQSEvent>},
    {"APIGatewayProxyRequest", &borrowed_roundtrip<ev::borrowed::APIGatewayProxyRequest>},
    {"APIGatewayV2HTTPRequest", &borrowed_roundtrip<ev::borrowed::APIGatewayV2HTTPRequest>},
    {"LambdaFunctionURLRequest", &borrowed_roundtrip<ev::borrowed::LambdaFunctionURLRequest>},
    {"ALBTargetGroupRequest", &borrowed_roundtrip<ev::borrowed::ALBTargetGroupRequest>},
};

/// The borrowed variant of `type` must agree with `owned`, the owned type's result on `json`.
void check_borrowed(std::string_view type, std::string_view json, const lambda::json::result<std::string>& owned) {
  for (const auto& variant : borrowed_variants) {
    if (variant.owned_name != type) continue;
    auto borrowed = variant.roundtrip(json);
    const std::string a = owned ? *owned : owned.error().message();
    const std::string b = borrowed ? *borrowed : borrowed.error().message();
    if (bool(owned) != bool(borrowed) || a != b) {
      std::fprintf(stderr, "%.*s: the borrowed variant disagrees\nowned:    %s\nborrowed: %s\n",
                   static_cast<int>(type.size()), type.data(), a.c_str(), b.c_str());
      __builtin_trap();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  if (newline == std::string_view::npos) return 0;
  const auto* type = lambda::events::find_event_type(input.substr(0, newline));
  if (type == nullptr) return -1;  // keep mutated names out of the corpus
  const std::string_view json = input.substr(newline + 1);

  auto first = type->roundtrip(json);
  check_borrowed(type->name, json, first);
  if (!first) {
    if (first.error().message().empty()) __builtin_trap();
    return 0;
  }
  auto second = type->roundtrip(*first);
  if (!second) {
    std::fprintf(stderr, "%.*s: our own output does not parse: %s\n%s\n", static_cast<int>(type->name.size()),
                 type->name.data(), second.error().message().c_str(), first->c_str());
    __builtin_trap();
  }
  if (*second != *first) {
    std::fprintf(stderr, "%.*s: writing is not a fixed point\n%s\n%s\n", static_cast<int>(type->name.size()),
                 type->name.data(), first->c_str(), second->c_str());
    __builtin_trap();
  }
  return 0;
}
