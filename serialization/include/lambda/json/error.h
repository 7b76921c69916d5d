#pragma once
/// \file
/// `lambda::json::error`: what went wrong while reading JSON, and where.

#include <cstddef>
#include <cstdint>
#include <optional>
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

/// Where in the caller's text malformed JSON goes wrong.
struct text_position {
  std::size_t offset = 0;  ///< bytes before it, counting a byte-order mark the parser skipped
  std::size_t line = 1;    ///< 1-based
  std::size_t column = 1;  ///< 1-based, in bytes
};

/// A reading failure: its kind, the JSON path where it happened, what was expected and found, and
/// for malformed text (`syntax`, `invalid_utf8`, `trailing_content`) the byte where it goes wrong.
class error {
 public:
  error(errc kind, std::string path, std::string expected, std::string found,
        std::optional<text_position> where = std::nullopt)
      : kind_(kind),
        path_(std::move(path)),
        expected_(std::move(expected)),
        found_(std::move(found)),
        position_(where) {}

  /// The broad class of the failure.
  errc kind() const noexcept { return kind_; }
  /// Where it happened, as a JSONPath: `$`, `$.Records[0].s3.object.size`, `$["a b"]`.
  std::string_view path() const noexcept { return path_; }
  /// What the reader expected there, e.g. `unsigned integer`.
  std::string_view expected() const noexcept { return expected_; }
  /// What it found there, e.g. `string` or `-1`.
  std::string_view found() const noexcept { return found_; }
  /// The byte of the input where malformed text goes wrong; empty for errors about well-formed
  /// JSON (a wrong type, a missing key, …), which the path locates.
  std::optional<std::size_t> offset() const noexcept {
    return position_ ? std::optional<std::size_t>(position_->offset) : std::nullopt;
  }
  /// `offset()` with its line and column.
  std::optional<text_position> position() const noexcept { return position_; }
  /// The whole story in one line: `$.Records[0].s3.object.size: expected unsigned integer, got string`;
  /// malformed text adds where: `$.a: expected ',' or '}' after an object member, got "b" at byte 8`,
  /// with `(line 3, column 5)` after it when that is not on the first line.
  std::string message() const;

 private:
  errc kind_;
  std::string path_;
  std::string expected_;
  std::string found_;
  std::optional<text_position> position_;
};

}  // namespace lambda::json
