#include "invocation.h"

#include "identifiers.h"
#include "replies.h"

#include <utility>

namespace lambda::emulator {

invocation::invocation(invoke_request r)
    : request_id(uuid_v4()), invocation_id(uuid_v4()), trace_id(xray_trace_id()), request(std::move(r)) {}

void end_with_error(invocation& inv, std::string error_type, std::string document) {
  inv.result.function_error = true;
  if (inv.result.streamed) {
    inv.result.error_type = std::move(error_type);
    inv.result.error_body = std::move(document);
  } else {
    inv.result.content_type = "application/json";
    inv.result.body = std::move(document);
  }
  inv.done = true;
}

void fail(invocation& inv, std::string error_type, const std::string& message) {
  std::string document = error_json(error_type, message);
  end_with_error(inv, std::move(error_type), std::move(document));
}

}  // namespace lambda::emulator
