// raw_json's compaction: a value read from a pretty-printed document, without its insignificant
// whitespace.
#include <lambda/json/raw_json.h>

namespace lambda::json::detail {

void assign_compact_slow(std::string& out, std::string_view json) {
  out.clear();
  out.reserve(json.size());
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      out += c;
      if (c == '\\') {
        out += json[++i];  // the escaped byte, which may be a quote; valid JSON has one
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '"') in_string = true;
    out += c;
  }
}

}  // namespace lambda::json::detail
