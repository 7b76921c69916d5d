#include <lambda/protocol/http_framing.h>

#include <charconv>

namespace lambda::protocol {
namespace {

// Content-Length and Transfer-Encoding, common to requests and responses; nullopt when neither
// says anything (the caller decides what that means).
std::variant<std::optional<body_framing>, std::string> declared_framing(const http_fields& fields, int minor_version) {
  std::size_t lengths = fields.count("content-length");
  std::size_t codings = fields.count("transfer-encoding");
  if (codings > 0) {
    if (lengths > 0) return std::string("both Content-Length and Transfer-Encoding are present");
    if (minor_version == 0) return std::string("Transfer-Encoding in an HTTP/1.0 message");
    if (codings > 1) return std::string("repeated Transfer-Encoding field");
    std::string_view te = *fields.find("transfer-encoding");
    // We decode no content coding, so "chunked" must be the only coding, not just the last.
    if (!iequals(te, "chunked")) return "unsupported Transfer-Encoding '" + std::string(te) + "'";
    return std::optional<body_framing>(body_framing{body_framing::kind::chunked, 0});
  }
  if (lengths == 0) return std::optional<body_framing>();
  if (lengths > 1) return std::string("repeated Content-Length field");
  std::string_view text = *fields.find("content-length");
  std::uint64_t length = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), length);
  // 1*DIGIT only: no sign, no list ("5, 5"), no spaces inside.
  if (text.empty() || text.front() < '0' || text.front() > '9' || ec != std::errc() || end != text.data() + text.size())
    return "invalid Content-Length '" + std::string(text) + "'";
  return std::optional<body_framing>(body_framing{body_framing::kind::length, length});
}

}  // namespace

std::variant<body_framing, std::string> response_framing(const response_head& head, std::string_view request_method) {
  // RFC 9112 §6.3 rules 1-2: these never have a body, whatever the fields say.
  if (request_method == "HEAD" || head.status < 200 || head.status == 204 || head.status == 304) return body_framing{};
  auto declared = declared_framing(head.fields, head.minor_version);
  if (auto* error = std::get_if<std::string>(&declared)) return std::move(*error);
  auto framing = std::get<std::optional<body_framing>>(declared);
  return framing ? *framing : body_framing{body_framing::kind::until_close, 0};
}

std::variant<body_framing, std::string> request_framing(const request_head& head) {
  auto declared = declared_framing(head.fields, head.minor_version);
  if (auto* error = std::get_if<std::string>(&declared)) return std::move(*error);
  return std::get<std::optional<body_framing>>(declared).value_or(body_framing{});
}

bool keeps_connection(const http_fields& fields, int minor_version, const body_framing& framing) {
  if (framing.how == body_framing::kind::until_close) return false;
  auto connection = fields.find("connection");
  if (connection && has_token(*connection, "close")) return false;
  if (minor_version == 0) return connection && has_token(*connection, "keep-alive");
  return true;
}

}  // namespace lambda::protocol
