#pragma once
/// \file
/// The scanner's entry point: parse one header with the target's flags and build its model.
/// Nothing of Clang crosses this interface.

#include "model/module.h"
#include "scan/scan_diagnostic.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lambdagen::codegen::scan {

/// What to scan and how to parse it.
struct ScanRequest {
  /// Path of the input header.
  std::string header;
  /// How user code includes it ("shop/order.h"); the generated header includes it so.
  std::string include_as;
  /// How the generated source includes the generated header ("order.json.h").
  std::string generated_header;
  /// The target's own flags (-I, -isystem, -D, -std=...), after the scanner's defaults
  /// (-x c++-header -std=c++20), so a -std here wins.
  std::vector<std::string> compiler_flags;
  /// Clang's resource directory (builtin headers such as <stddef.h>).
  std::string resource_dir;
  /// In-memory files (absolute path, content), for tests; they shadow the disk.
  std::vector<std::pair<std::string, std::string>> virtual_files;
  /// Print diagnostics to stderr as the compiler does, besides collecting them.
  bool print_diagnostics = true;
};

/// The model of the header, or (after any error) none, and every diagnostic reported.
struct ScanResult {
  std::optional<model::Module> module;
  std::vector<ScanDiagnostic> diagnostics;
};

/// Parses `request.header` as a C++ header and builds the model of the annotated records and
/// enums it defines, in dependency order. Compile errors and unsupported members are errors.
ScanResult scan_header(const ScanRequest& request);

}  // namespace lambdagen::codegen::scan
