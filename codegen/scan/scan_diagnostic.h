#pragma once
/// \file
/// A diagnostic of a scan — the compiler's or the scanner's own — as plain data.

#include <string>

namespace lambdagen::codegen::scan {

/// One diagnostic as it was reported, with its presumed location (empty file for none).
struct ScanDiagnostic {
  enum class Severity { note, warning, error };

  Severity severity = Severity::error;
  std::string file;
  unsigned line = 0;
  unsigned column = 0;
  /// The formatted message, without location or severity: "lambdagen: field 'A::x' has ...".
  std::string message;
};

}  // namespace lambdagen::codegen::scan
