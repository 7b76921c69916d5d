#include "emit/cpp_literal.h"

namespace lambdagen::codegen::emit {
namespace {

constexpr char hex_digits[] = "0123456789abcdef";

bool is_printable_ascii(unsigned char c) { return c >= 0x20 && c < 0x7f; }

void append_octal(std::string& out, unsigned char c) {
  out += '\\';
  out += static_cast<char>('0' + ((c >> 6) & 7));
  out += static_cast<char>('0' + ((c >> 3) & 7));
  out += static_cast<char>('0' + (c & 7));
}

}  // namespace

std::string cpp_string_literal(std::string_view bytes) {
  std::string out = "\"";
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (is_printable_ascii(c)) {
      out += ch;
    } else {
      append_octal(out, c);
    }
  }
  out += '"';
  return out;
}

std::string cpp_char_literal(unsigned char byte) {
  std::string out = "'";
  if (byte == '\'' || byte == '\\') {
    out += '\\';
    out += static_cast<char>(byte);
  } else if (is_printable_ascii(byte)) {
    out += static_cast<char>(byte);
  } else {
    append_octal(out, byte);
  }
  out += '\'';
  return out;
}

std::string json_string_token(std::string_view key) {
  std::string out = "\"";
  for (char ch : key) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex_digits[c >> 4];
          out += hex_digits[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace lambdagen::codegen::emit
