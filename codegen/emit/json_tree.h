#pragma once
/// \file
/// JsonTree: a small JSON value with objects in insertion order, for emitters that write JSON
/// documents (the JSON Schemas) rather than C++.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace lambdagen::codegen::emit {

/// A JSON value. Objects keep their members in the order they were set, so output is stable.
class JsonTree {
 public:
  using Array = std::vector<JsonTree>;
  using Object = std::vector<std::pair<std::string, JsonTree>>;

  /// `{}`.
  JsonTree() : value_(Object{}) {}
  JsonTree(bool b) : value_(b) {}  // NOLINT: implicit, as a JSON literal
  JsonTree(std::int64_t n) : value_(n) {}
  JsonTree(std::uint64_t n) : value_(n) {}
  JsonTree(const char* s) : value_(std::string(s)) {}
  JsonTree(std::string s) : value_(std::move(s)) {}
  JsonTree(Array a) : value_(std::move(a)) {}

  static JsonTree null() { return JsonTree(std::monostate{}); }
  /// A number spelt exactly as `text` (a valid JSON number), for values no integer type holds.
  static JsonTree number(std::string text) { return JsonTree(NumberText{std::move(text)}); }
  static JsonTree array() { return JsonTree(Array{}); }

  bool is_null() const { return std::holds_alternative<std::monostate>(value_); }
  bool is_string() const { return std::holds_alternative<std::string>(value_); }
  bool is_array() const { return std::holds_alternative<Array>(value_); }
  bool is_object() const { return std::holds_alternative<Object>(value_); }
  const std::string& string() const { return std::get<std::string>(value_); }
  Array& elements() { return std::get<Array>(value_); }
  const Array& elements() const { return std::get<Array>(value_); }
  const Object& members() const { return std::get<Object>(value_); }

  /// The member `key` of an object, added (as `{}`) at the end when missing.
  JsonTree& operator[](std::string_view key);
  /// The member `key` of an object, or nullptr.
  const JsonTree* find(std::string_view key) const;
  /// Appends to an array.
  void push_back(JsonTree value) { elements().push_back(std::move(value)); }

  friend bool operator==(const JsonTree&, const JsonTree&) = default;

  /// The value as indented JSON text (two spaces), ending with a newline; empty objects and
  /// arrays, and arrays of scalars, on one line.
  std::string dump() const;

 private:
  struct NumberText {
    std::string text;
    friend bool operator==(const NumberText&, const NumberText&) = default;
  };
  using Value = std::variant<std::monostate, bool, std::int64_t, std::uint64_t, NumberText, std::string, Array, Object>;
  explicit JsonTree(std::monostate) : value_(std::monostate{}) {}
  explicit JsonTree(NumberText n) : value_(std::move(n)) {}
  void dump_to(std::string& out, int depth) const;

  Value value_;
};

}  // namespace lambdagen::codegen::emit
