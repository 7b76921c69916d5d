#include <lambda/protocol/http_head.h>

#include <array>
#include <charconv>

namespace lambda::protocol {
namespace {

// One table for the two character classes a head is checked against, so that each byte costs a
// load rather than a chain of comparisons.
enum char_class : unsigned char { tchar = 1, field_text = 2 };

constexpr std::array<unsigned char, 256> char_classes = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    // RFC 9110 §5.5: visible characters, SP, HTAB and obs-text (bytes >= 0x80).
    if ((c >= 0x20 && c != 0x7F) || c == '\t') table[c] |= field_text;
    // RFC 9110 §5.6.2: tchar.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos)
      table[c] |= tchar;
  }
  return table;
}();

bool all_of_class(std::string_view s, char_class wanted) {
  for (char c : s)
    if (!(char_classes[static_cast<unsigned char>(c)] & wanted)) return false;
  return true;
}

bool is_token(std::string_view s) { return !s.empty() && all_of_class(s, tchar); }

bool is_field_text(std::string_view s) { return all_of_class(s, field_text); }

std::string printable(std::string_view s) {
  constexpr std::size_t shown = 60;
  std::string out;
  for (char c : s.substr(0, shown)) {
    auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F) ? '?' : c;
  }
  if (s.size() > shown) out += "...";
  return out;
}

// "HTTP/1.x"; the minor version, or -1.
int http1_minor_version(std::string_view s) {
  if (s.size() != 8 || !s.starts_with("HTTP/1.") || s[7] < '0' || s[7] > '9') return -1;
  return s[7] - '0';
}

void append_fields(std::string& out, const http_fields& fields) {
  for (const auto& f : fields) append_field(out, f.name, f.value);
  out += "\r\n";
}

}  // namespace

std::string_view request_head::path() const {
  std::string_view t = target;
  return t.substr(0, t.find('?'));
}

std::string_view reason_phrase(int status) {
  switch (status) {
    case 100:
      return "Continue";
    case 200:
      return "OK";
    case 202:
      return "Accepted";
    case 204:
      return "No Content";
    case 400:
      return "Bad Request";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 410:
      return "Gone";
    case 413:
      return "Content Too Large";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    default:
      return "Status";
  }
}

void append_field(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += ": ";
  std::size_t start = out.size();
  out += value;
  if (!is_field_text(value))
    for (std::size_t i = start; i < out.size(); ++i)
      if (!(char_classes[static_cast<unsigned char>(out[i])] & field_text)) out[i] = ' ';
  out += "\r\n";
}

void append_request_head(std::string& out, std::string_view method, std::string_view target,
                         const http_fields& fields) {
  out += method;
  out += ' ';
  out += target;
  out += " HTTP/1.1\r\n";
  append_fields(out, fields);
}

void append_response_head(std::string& out, int status, const http_fields& fields) {
  char code[8];
  auto [end, ec] = std::to_chars(code, code + sizeof code, status);
  out += "HTTP/1.1 ";
  out.append(code, end);
  out += ' ';
  out += reason_phrase(status);
  out += "\r\n";
  append_fields(out, fields);
}

std::optional<std::string> parse_status_line(std::string_view line, response_head& out) {
  auto bad = [&] { return "malformed status line '" + printable(line) + "'"; };
  // HTTP-version SP status-code SP [reason-phrase]
  if (line.size() < 12 || line[8] != ' ') return bad();
  out.minor_version = http1_minor_version(line.substr(0, 8));
  if (out.minor_version < 0) return "unsupported HTTP version in status line '" + printable(line) + "'";
  std::string_view code = line.substr(9, 3);
  for (char c : code)
    if (c < '0' || c > '9') return bad();
  out.status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
  if (out.status < 100) return bad();
  std::string_view reason = line.substr(12);
  if (!reason.empty()) {
    if (reason.front() != ' ' || !is_field_text(reason)) return bad();
    reason.remove_prefix(1);
  }
  out.reason.assign(reason);
  return std::nullopt;
}

std::optional<std::string> parse_request_line(std::string_view line, request_head& out) {
  auto bad = [&] { return "malformed request line '" + printable(line) + "'"; };
  std::size_t sp1 = line.find(' ');
  if (sp1 == std::string_view::npos) return bad();
  std::size_t sp2 = line.find(' ', sp1 + 1);
  if (sp2 == std::string_view::npos || line.find(' ', sp2 + 1) != std::string_view::npos) return bad();
  std::string_view method = line.substr(0, sp1);
  std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
  if (!is_token(method)) return bad();
  // origin-form, or "*" for OPTIONS; targets with controls or non-ASCII bytes are not URIs.
  if (target.empty() || (target.front() != '/' && target != "*")) return bad();
  for (char c : target) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7F) return bad();
  }
  out.minor_version = http1_minor_version(line.substr(sp2 + 1));
  if (out.minor_version < 0) return "unsupported HTTP version in request line '" + printable(line) + "'";
  out.method.assign(method);
  out.target.assign(target);
  return std::nullopt;
}

std::optional<std::string> parse_field_line(std::string_view line, http_fields& out) {
  if (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
    return "obsolete line folding in field line '" + printable(line) + "'";
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return "field line without a colon: '" + printable(line) + "'";
  std::string_view name = line.substr(0, colon);
  if (!is_token(name)) {
    if (!name.empty() && (name.back() == ' ' || name.back() == '\t'))
      return "whitespace between field name and colon in '" + printable(line) + "'";
    return "invalid field name '" + printable(name) + "'";
  }
  std::string_view value = line.substr(colon + 1);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (!is_field_text(value)) return "control character in the value of field " + std::string(name);
  out.add(name, value);
  return std::nullopt;
}

}  // namespace lambda::protocol
