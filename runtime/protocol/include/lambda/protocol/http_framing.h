#pragma once
// Where the body of a message ends (RFC 9112 §6): no body, a Content-Length, chunked transfer
// coding, or (responses only) the end of the connection. Malformed or ambiguous framing —
// Content-Length with Transfer-Encoding, repeated or conflicting lengths, a coding other than
// chunked — is an error, never a guess: guessing is how request smuggling starts.

#include <lambda/protocol/http_head.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace lambda::protocol {

struct body_framing {
  enum class kind { none, length, chunked, until_close };
  kind how = kind::none;
  std::uint64_t length = 0;  ///< when how == length
};

/// The framing of a response to a request with `request_method`; the error names the field.
std::variant<body_framing, std::string> response_framing(const response_head& head, std::string_view request_method);
/// The framing of a request (no Content-Length and no Transfer-Encoding: no body).
std::variant<body_framing, std::string> request_framing(const request_head& head);

/// Whether the connection stays open after this message (`Connection: close`, HTTP/1.0 without
/// `keep-alive`, a body that ends with the connection).
bool keeps_connection(const http_fields& fields, int minor_version, const body_framing& framing);

}  // namespace lambda::protocol
