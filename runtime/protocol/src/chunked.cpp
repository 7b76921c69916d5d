#include <lambda/protocol/chunked.h>

#include <lambda/protocol/http_head.h>

#include <charconv>

namespace lambda::protocol {

std::size_t write_chunk_header(char* out, std::size_t size) {
  auto [end, ec] = std::to_chars(out, out + 16, size, 16);
  *end++ = '\r';
  *end++ = '\n';
  return static_cast<std::size_t>(end - out);
}

void append_last_chunk(std::string& out, const http_fields& trailers) {
  out += "0\r\n";
  for (const auto& f : trailers) append_field(out, f.name, f.value);
  out += "\r\n";
}

std::variant<std::uint64_t, std::string> parse_chunk_size(std::string_view line) {
  std::string_view digits = line.substr(0, line.find_first_not_of("0123456789abcdefABCDEF"));
  std::string_view rest = line.substr(digits.size());
  auto bad = [&] { return "bad chunk size line '" + std::string(line.substr(0, 40)) + "'"; };
  if (digits.empty()) return bad();
  // Leading zeros are allowed, but a size needing more than 64 bits is not a size.
  std::size_t first = digits.find_first_not_of('0');
  if (first != std::string_view::npos && digits.size() - first > 16)
    return "chunk size " + std::string(digits.substr(0, 40)) + " is too large";
  std::uint64_t size = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), size, 16);
  // What may follow: BWS ";" chunk-ext. Anything else (a space inside the number, a sign) is an error.
  std::size_t ext = rest.find_first_not_of(" \t");
  if (ext != std::string_view::npos) {
    if (rest[ext] != ';') return bad();
    for (char c : rest) {
      auto u = static_cast<unsigned char>(c);
      if ((u < 0x20 && c != '\t') || u == 0x7F) return bad();
    }
  } else if (!rest.empty()) {
    return bad();  // trailing whitespace with no extension
  }
  return size;
}

}  // namespace lambda::protocol
