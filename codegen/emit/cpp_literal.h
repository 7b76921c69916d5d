#pragma once
/// \file
/// Spelling bytes as C++ literals in generated code.

#include <string>
#include <string_view>

namespace lambdagen::codegen::emit {

/// A C++ string literal holding exactly `bytes`: printable ASCII stays as is, `"` and `\` are
/// escaped, and every other byte becomes a three-digit octal escape (which, unlike `\x`, cannot
/// swallow the characters after it).
std::string cpp_string_literal(std::string_view bytes);

/// A C++ character literal for `byte`, compared against a `char` of a key.
std::string cpp_char_literal(unsigned char byte);

/// `key` as a JSON string token, quotes included: `"`, `\` and control characters escaped, other
/// bytes (UTF-8) kept.
std::string json_string_token(std::string_view key);

}  // namespace lambdagen::codegen::emit
