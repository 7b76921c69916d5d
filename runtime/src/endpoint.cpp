#include "endpoint.h"

#include <lambda/protocol/http_fields.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <charconv>
#include <cstring>

namespace lambda::detail {
namespace {

socket_address ipv4(const in_addr& address, std::uint16_t port) {
  socket_address out;
  auto* in = reinterpret_cast<sockaddr_in*>(&out.storage);
  in->sin_family = AF_INET;
  in->sin_port = htons(port);
  in->sin_addr = address;
  out.length = sizeof(sockaddr_in);
  return out;
}

socket_address ipv6(const in6_addr& address, std::uint16_t port) {
  socket_address out;
  auto* in = reinterpret_cast<sockaddr_in6*>(&out.storage);
  in->sin6_family = AF_INET6;
  in->sin6_port = htons(port);
  in->sin6_addr = address;
  out.length = sizeof(sockaddr_in6);
  return out;
}

}  // namespace

std::variant<std::vector<socket_address>, std::string> parse_endpoint(std::string_view endpoint) {
  auto bad = [&](std::string_view why) {
    return "AWS_LAMBDA_RUNTIME_API '" + std::string(endpoint) + "': " + std::string(why);
  };
  std::size_t colon = endpoint.rfind(':');
  if (colon == std::string_view::npos) return bad("expected host:port");
  std::string_view host = endpoint.substr(0, colon);
  std::string_view port_text = endpoint.substr(colon + 1);
  unsigned port = 0;
  auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (port_text.empty() || ec != std::errc() || end != port_text.data() + port_text.size() || port == 0 || port > 65535)
    return bad("the port must be a number from 1 to 65535");
  auto p = static_cast<std::uint16_t>(port);

  if (protocol::iequals(host, "localhost")) {
    in_addr v4{};
    v4.s_addr = htonl(INADDR_LOOPBACK);
    return std::vector<socket_address>{ipv4(v4, p), ipv6(in6addr_loopback, p)};
  }
  // inet_pton wants a NUL-terminated string; a host longer than any literal is not one.
  char text[INET6_ADDRSTRLEN + 2] = {};
  if (host.size() >= sizeof text) return bad("the host must be an IP address literal or localhost");
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    std::memcpy(text, host.data() + 1, host.size() - 2);
    in6_addr v6{};
    if (::inet_pton(AF_INET6, text, &v6) == 1) return std::vector<socket_address>{ipv6(v6, p)};
    return bad("the bracketed host is not an IPv6 address");
  }
  std::memcpy(text, host.data(), host.size());
  in_addr v4{};
  if (::inet_pton(AF_INET, text, &v4) == 1) return std::vector<socket_address>{ipv4(v4, p)};
  return bad("the host must be an IPv4 literal, a bracketed IPv6 literal or localhost (no name is resolved)");
}

}  // namespace lambda::detail
