#pragma once
/// \file
/// Writing generated files without touching unchanged ones, so builds do not cascade.

#include <string>

namespace lambdagen::codegen::driver {

/// Outcome of write_if_changed.
enum class WriteOutcome { unchanged, written, failed };

/// Writes `content` to `path` unless the file already holds exactly it. Creates missing parent
/// directories and replaces the file atomically (write to a temporary, then rename).
WriteOutcome write_if_changed(const std::string& path, const std::string& content, std::string& error);

}  // namespace lambdagen::codegen::driver
