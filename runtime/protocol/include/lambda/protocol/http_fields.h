#pragma once
// HTTP header (and trailer) fields: names compared without regard to case, as RFC 9110 §5.1
// says, kept with the spelling and in the order they came or were added.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lambda::protocol {

/// Whether `a` and `b` are equal ignoring ASCII case.
bool iequals(std::string_view a, std::string_view b);

/// Whether the comma-separated list `list` (a Connection or Transfer-Encoding value) holds
/// `token`, ignoring case and optional whitespace.
bool has_token(std::string_view list, std::string_view token);

struct http_field {
  std::string name;
  std::string value;
};

class http_fields {
 public:
  using const_iterator = std::vector<http_field>::const_iterator;

  http_fields() = default;
  // Copies and moves carry the fields, not the spare entries kept for reuse.
  http_fields(const http_fields& other);
  http_fields(http_fields&& other) noexcept;
  http_fields& operator=(const http_fields& other);
  http_fields& operator=(http_fields&& other) noexcept;

  /// The value of the first field named `name` (any case); nullopt when there is none.
  std::optional<std::string_view> find(std::string_view name) const;
  /// How many fields are named `name` (any case).
  std::size_t count(std::string_view name) const;
  /// Appends a field, even if one of that name exists.
  void add(std::string_view name, std::string_view value);
  /// Replaces the value of the first field named `name`, or appends one.
  void set(std::string_view name, std::string_view value);
  /// Removes every field named `name`.
  void erase(std::string_view name);
  /// Forgets the fields; their storage is kept for the next message.
  void clear() { size_ = 0; }

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  const_iterator begin() const { return fields_.begin(); }
  const_iterator end() const { return fields_.begin() + static_cast<std::ptrdiff_t>(size_); }

 private:
  // Entries past size_ are spare: a cleared list reuses their strings' allocations, so reading
  // one /next reply after another allocates nothing once the strings are large enough.
  std::vector<http_field> fields_;
  std::size_t size_ = 0;
};

}  // namespace lambda::protocol
