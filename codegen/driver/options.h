#pragma once
/// \file
/// The command line of lambdagen-codegen.

#include <optional>
#include <string>
#include <vector>

namespace lambdagen::codegen::driver {

/// What one run generates and how to parse its input.
struct Options {
  std::string input;         ///< --input: the header to scan
  std::string include_as;    ///< --include-as: how user code includes it (default: its file name)
  std::string out_header;    ///< --out-header
  std::string out_source;    ///< --out-source
  std::string out_testing;   ///< --out-testing: value builders and equality for tests (optional)
  std::string schema_dir;    ///< --out-schema-dir: one JSON Schema per annotated type (optional)
  std::string schema_list;   ///< --out-schema-list: the names of the schemas written (optional)
  std::string resource_dir;  ///< --resource-dir: clang's builtin headers (default: configured at build)
  /// Compiler flags: the --flags-file lines, then the arguments after `--`.
  std::vector<std::string> compiler_flags;
  bool help = false;
};

/// The usage text printed by --help and after a command-line error.
std::string usage();

/// Parses `args` (without the program name). Reads --flags-file. On error returns std::nullopt
/// and sets `error`.
std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error);

/// Splits the text of a flags file into arguments: one per line; empty lines (left by CMake
/// generator expressions) are dropped and trailing whitespace trimmed; a line with an option
/// that takes a separate value ("-isystem /usr/x", "-include x.h") becomes two arguments.
std::vector<std::string> split_flags_file(const std::string& text);

}  // namespace lambdagen::codegen::driver
