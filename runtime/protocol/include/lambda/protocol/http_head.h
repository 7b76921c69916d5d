#pragma once
// The head of an HTTP/1.1 message (RFC 9112 §2-5): the request line or status line and the field
// section. Writing one, and parsing its lines strictly: what RFC 9112 says to reject is rejected,
// with a message that names the line or field.

#include <lambda/protocol/http_fields.h>

#include <optional>
#include <string>
#include <string_view>

namespace lambda::protocol {

struct request_head {
  std::string method;
  std::string target;     ///< origin-form: path and query, as sent
  int minor_version = 1;  ///< HTTP/1.<minor_version>
  http_fields fields;

  /// The target's path, without the query.
  std::string_view path() const;
};

struct response_head {
  int status = 0;
  std::string reason;
  int minor_version = 1;
  http_fields fields;
};

/// The standard reason phrase for `status` ("OK", "Not Found", ...); "Status" for others.
std::string_view reason_phrase(int status);

/// Appends `METHOD target HTTP/1.1`, the fields and the empty line to `out`. Control characters
/// in values (but HTAB) are written as spaces: a CR or LF from user data would otherwise end the
/// field and start another.
void append_request_head(std::string& out, std::string_view method, std::string_view target, const http_fields& fields);
/// Appends `HTTP/1.1 status reason`, the fields and the empty line to `out`.
void append_response_head(std::string& out, int status, const http_fields& fields);
/// Appends `name: value` CRLF (the value made safe) to `out`.
void append_field(std::string& out, std::string_view name, std::string_view value);

// Line parsers: `line` is without its CRLF. Each returns nullopt on success, else the reason.

/// `HTTP/1.x SP 3DIGIT SP reason` (a missing reason and its SP are tolerated).
std::optional<std::string> parse_status_line(std::string_view line, response_head& out);
/// `method SP origin-form SP HTTP/1.x`.
std::optional<std::string> parse_request_line(std::string_view line, request_head& out);
/// `name: value`, appended to `out`: the name a token with no whitespace before the colon, the
/// value without leading and trailing whitespace and free of CR, LF, NUL and other controls. A
/// line that starts with whitespace (obs-fold) is rejected.
std::optional<std::string> parse_field_line(std::string_view line, http_fields& out);

}  // namespace lambda::protocol
