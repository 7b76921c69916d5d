#pragma once
/// \file
/// Printer: builds indented C++ text, in the manner of protobuf's io::Printer.

#include <map>
#include <string>
#include <string_view>

namespace lambdagen::codegen::emit {

/// Accumulates text with `$name$` substitution and automatic indentation: every line that is
/// not empty starts with the current indentation, so templates are written flush left.
class Printer {
 public:
  using Vars = std::map<std::string_view, std::string_view>;

  /// Appends `text`, replacing `$name$` with vars[name] and `$$` with `$`. Throws
  /// std::invalid_argument for a variable not in `vars` or an unterminated `$`.
  void print(std::string_view text, const Vars& vars = {});
  /// Indents lines started from now on by one more level (two spaces).
  void indent() { ++level_; }
  /// Undoes one indent(); throws std::logic_error when there is none to undo.
  void outdent();

  /// The text so far.
  const std::string& text() const noexcept { return out_; }

 private:
  void append(std::string_view chunk);

  std::string out_;
  int level_ = 0;
  bool at_line_start_ = true;
};

}  // namespace lambdagen::codegen::emit
