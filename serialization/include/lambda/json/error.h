#pragma once
/// \file
/// `lambda::json::error`: what went wrong while reading JSON, and where.

#include <cstdint>
#include <string>
#include <string_view>

namespace lambda::json {

/// The broad class of a reading failure.
enum class errc : std::uint8_t {
  syntax,            ///< malformed or truncated JSON text
  wrong_type,        ///< a value of another JSON kind than the member takes (incl. null)
  out_of_range,      ///< a number that does not fit the member
  invalid_value,     ///< right kind, unacceptable content (unknown enum name, bad base64, bad time)
  missing_key,       ///< a required key is absent
  unknown_key,       ///< a key the type does not declare, when the type rejects unknown keys
  invalid_utf8,      ///< the text is not valid UTF-8
  too_deep,          ///< nesting beyond the reader's depth limit
  trailing_content,  ///< more JSON after the value
};

/// A reading failure: its kind, the JSON path where it happened, what was expected and found.
class error {
public:
  error(errc kind, std::string path, std::string expected, std::string found)
      : kind_(kind), path_(std::move(path)), expected_(std::move(expected)), found_(std::move(found)) {}

  /// The broad class of the failure.
  errc kind() const noexcept { return kind_; }
  /// Where it happened, as a JSONPath: `$`, `$.Records[0].s3.object.size`, `$["a b"]`.
  std::string_view path() const noexcept { return path_; }
  /// What the reader expected there, e.g. `unsigned integer`.
  std::string_view expected() const noexcept { return expected_; }
  /// What it found there, e.g. `string` or `-1`.
  std::string_view found() const noexcept { return found_; }
  /// The whole story in one line: `$.Records[0].s3.object.size: expected unsigned integer, got string`.
  std::string message() const;

private:
  errc kind_;
  std::string path_;
  std::string expected_;
  std::string found_;
};

}  // namespace lambda::json
