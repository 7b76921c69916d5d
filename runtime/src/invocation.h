#pragma once
// Turning a `GET /next` reply into a Context and the event bytes.

#include "runtime_api_client.h"

#include <lambda/context.h>
#include <lambda/outcome.h>

#include <optional>
#include <string>
#include <variant>

namespace lambda::detail {

/// One invocation as read from /next. When a header was malformed, `header_error` says which
/// one and why; the invocation is then answered with that error instead of calling the handler.
struct invocation {
  Context context;
  std::string payload;
  std::optional<function_error> header_error;
};

/// Reads a 200 reply of /next; a string describing the protocol violation when there is no
/// request id (nothing can be reported to Lambda for such a reply).
std::variant<invocation, std::string> read_invocation(api_reply&& reply);

}  // namespace lambda::detail
