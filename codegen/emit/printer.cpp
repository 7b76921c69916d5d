#include "emit/printer.h"

#include <stdexcept>

namespace lambdagen::codegen::emit {

void Printer::print(std::string_view text, const Vars& vars) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t dollar = text.find('$', pos);
    if (dollar == std::string_view::npos) {
      append(text.substr(pos));
      return;
    }
    append(text.substr(pos, dollar - pos));
    std::size_t end = text.find('$', dollar + 1);
    if (end == std::string_view::npos)
      throw std::invalid_argument("Printer: unterminated '$' in \"" + std::string(text) + "\"");
    std::string_view name = text.substr(dollar + 1, end - dollar - 1);
    if (name.empty()) {
      append("$");
    } else {
      auto it = vars.find(name);
      if (it == vars.end()) throw std::invalid_argument("Printer: no value for $" + std::string(name) + "$");
      append(it->second);
    }
    pos = end + 1;
  }
}

void Printer::outdent() {
  if (level_ == 0) throw std::logic_error("Printer: outdent() without indent()");
  --level_;
}

void Printer::append(std::string_view chunk) {
  for (char c : chunk) {
    if (c == '\n') {
      at_line_start_ = true;
    } else if (at_line_start_) {
      out_.append(static_cast<std::size_t>(level_) * 2, ' ');
      at_line_start_ = false;
    }
    out_ += c;
  }
}

}  // namespace lambdagen::codegen::emit
