#include "invocation.h"

#include "client_context_json.h"

#include <lambda/protocol/runtime_api.h>

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <limits>

namespace lambda::detail {
namespace {

// Present-but-empty headers mean "absent": managed-instances RAPID sends them that way.
std::optional<std::string> non_empty(const protocol::http_fields& headers, std::string_view name) {
  auto value = headers.find(name);
  if (!value || value->empty()) return std::nullopt;
  return std::string(*value);
}

// The last millisecond system_clock's 64-bit nanosecond count can hold (2262-04-11); converting
// a later deadline would overflow. (Found by runtime_api_fuzz: the old bound was year 9999.)
constexpr long long max_deadline_ms = std::numeric_limits<std::chrono::system_clock::rep>::max() / 1000000;

}  // namespace

std::variant<invocation, std::string> read_invocation(api_reply&& reply) {
  namespace p = protocol;
  const p::http_fields& h = reply.headers;
  invocation inv;
  Context& ctx = inv.context;
  auto request_id = non_empty(h, p::request_id_header);
  if (!request_id) return fmt::format("GET /next answered 200 without a {} header", p::request_id_header);
  ctx.request_id = std::move(*request_id);
  ctx.invocation_id = non_empty(h, p::invocation_id_header);
  ctx.trace_id = non_empty(h, p::trace_id_header);
  ctx.tenant_id = non_empty(h, p::tenant_id_header);
  ctx.invoked_function_arn = non_empty(h, p::function_arn_header).value_or("");
  inv.payload = std::move(reply.body);

  auto fail = [&](std::string message) {
    if (!inv.header_error)
      inv.header_error = function_error{std::string(p::invalid_invocation_header_error_type), std::move(message)};
  };

  if (auto deadline = non_empty(h, p::deadline_header)) {
    long long ms = 0;
    auto [end, ec] = std::from_chars(deadline->data(), deadline->data() + deadline->size(), ms);
    if (ec != std::errc() || end != deadline->data() + deadline->size() || ms < 0 || ms > max_deadline_ms) {
      fail(fmt::format("{}: expected milliseconds since the Unix epoch, got '{}'", p::deadline_header, *deadline));
    } else {
      ctx.deadline = std::chrono::system_clock::time_point(std::chrono::milliseconds(ms));
    }
  }
  if (auto json = non_empty(h, p::client_context_header)) {
    auto parsed = parse_client_context(*json);
    if (auto* value = std::get_if<ClientContext>(&parsed))
      ctx.client_context = std::move(*value);
    else
      fail(fmt::format("{}: {}", p::client_context_header, std::get<std::string>(parsed)));
  }
  if (auto json = non_empty(h, p::cognito_identity_header)) {
    auto parsed = parse_cognito_identity(*json);
    if (auto* value = std::get_if<CognitoIdentity>(&parsed))
      ctx.identity = std::move(*value);
    else
      fail(fmt::format("{}: {}", p::cognito_identity_header, std::get<std::string>(parsed)));
  }
  return inv;
}

}  // namespace lambda::detail
