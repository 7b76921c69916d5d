#include "invocation.h"

#include "client_context_json.h"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <limits>

namespace lambda::detail {
namespace {

// Present-but-empty headers mean "absent": managed-instances RAPID sends them that way.
std::optional<std::string> non_empty(const header_list& headers, std::string_view name) {
    auto value = headers.find(name);
    if (!value || value->empty()) return std::nullopt;
    return std::string(*value);
}

// The last millisecond system_clock's 64-bit nanosecond count can hold (2262-04-11); converting
// a later deadline would overflow. (Found by runtime_api_fuzz: the old bound was year 9999.)
constexpr long long max_deadline_ms = std::numeric_limits<std::chrono::system_clock::rep>::max() / 1000000;

} // namespace

std::variant<invocation, std::string> read_invocation(api_reply&& reply) {
    const header_list& h = reply.headers;
    invocation inv;
    Context& ctx = inv.context;
    auto request_id = non_empty(h, "lambda-runtime-aws-request-id");
    if (!request_id) return std::string("GET /next answered 200 without a Lambda-Runtime-Aws-Request-Id header");
    ctx.request_id = std::move(*request_id);
    ctx.invocation_id = non_empty(h, "lambda-runtime-invocation-id");
    ctx.trace_id = non_empty(h, "lambda-runtime-trace-id");
    ctx.tenant_id = non_empty(h, "lambda-runtime-aws-tenant-id");
    ctx.invoked_function_arn = non_empty(h, "lambda-runtime-invoked-function-arn").value_or("");
    inv.payload = std::move(reply.body);

    auto fail = [&](std::string message) {
        if (!inv.header_error) inv.header_error = function_error{std::string(invalid_header_error_type), std::move(message)};
    };

    if (auto deadline = non_empty(h, "lambda-runtime-deadline-ms")) {
        long long ms = 0;
        auto [end, ec] = std::from_chars(deadline->data(), deadline->data() + deadline->size(), ms);
        if (ec != std::errc() || end != deadline->data() + deadline->size() || ms < 0 ||
            ms > max_deadline_ms) {
            fail(fmt::format("Lambda-Runtime-Deadline-Ms: expected milliseconds since the Unix epoch, got '{}'",
                             *deadline));
        } else {
            ctx.deadline = std::chrono::system_clock::time_point(std::chrono::milliseconds(ms));
        }
    }
    if (auto json = non_empty(h, "lambda-runtime-client-context")) {
        auto parsed = parse_client_context(*json);
        if (auto* value = std::get_if<ClientContext>(&parsed)) ctx.client_context = std::move(*value);
        else fail(fmt::format("Lambda-Runtime-Client-Context: {}", std::get<std::string>(parsed)));
    }
    if (auto json = non_empty(h, "lambda-runtime-cognito-identity")) {
        auto parsed = parse_cognito_identity(*json);
        if (auto* value = std::get_if<CognitoIdentity>(&parsed)) ctx.identity = std::move(*value);
        else fail(fmt::format("Lambda-Runtime-Cognito-Identity: {}", std::get<std::string>(parsed)));
    }
    return inv;
}

} // namespace lambda::detail
