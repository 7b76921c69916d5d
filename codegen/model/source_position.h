#pragma once
/// \file
/// Where something was declared in the user's sources, as plain data.

#include <string>

namespace lambdagen::codegen::model {

/// A file/line/column position, as the compiler would print it.
struct SourcePosition {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;

  friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

}  // namespace lambdagen::codegen::model
