#pragma once
// AWS_LAMBDA_RUNTIME_API's `host:port` as socket addresses. The Runtime API is always on
// loopback, so no resolver is needed (or linked): the host is an IPv4 literal, a bracketed IPv6
// literal, or `localhost`.

#include <sys/socket.h>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lambda::detail {

struct socket_address {
  sockaddr_storage storage{};
  socklen_t length = 0;
  int family() const { return storage.ss_family; }
};

/// The addresses to try in order: one for a literal, 127.0.0.1 then ::1 for `localhost`. The
/// error says what is wrong with `endpoint`.
std::variant<std::vector<socket_address>, std::string> parse_endpoint(std::string_view endpoint);

}  // namespace lambda::detail
