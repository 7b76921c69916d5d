// The runtime's reading of a /next reply: arbitrary invocation headers (deadline, client context,
// Cognito identity, ids) and body must become a Context or a clear header error, never a crash.
// Input: header lines "name: value" up to an empty line, then the body.
#include "invocation.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  lambda::detail::api_reply reply;
  reply.status = 200;
  while (!input.empty()) {
    std::size_t end = input.find('\n');
    std::string_view line = input.substr(0, end);
    input = end == std::string_view::npos ? std::string_view() : input.substr(end + 1);
    if (line.empty()) break;
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    reply.headers.add(std::string(line.substr(0, colon)), std::string(value));
  }
  reply.body = std::string(input);
  auto result = lambda::detail::read_invocation(std::move(reply));
  if (auto* inv = std::get_if<lambda::detail::invocation>(&result)) {
    if (inv->context.request_id.empty()) __builtin_trap();  // a request id is the one thing required
    if (inv->header_error && inv->header_error->message.empty()) __builtin_trap();
  } else if (std::get<std::string>(result).empty()) {
    __builtin_trap();
  }
  return 0;
}
