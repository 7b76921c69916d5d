#pragma once
/// \file
/// TypeRef: what the generator knows about the C++ type of a member — its kind, its type
/// arguments, and how generated code spells it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lambdagen::codegen::model {

/// Every member type the generator supports; anything else is rejected by the scanner.
enum class TypeKind {
  boolean,             ///< bool
  integer,             ///< signed/unsigned char, short, int, long, long long
  floating,            ///< float, double
  string,              ///< std::string
  string_view,         ///< std::string_view (borrowed from the parser)
  optional,            ///< std::optional<args[0]>
  vector,              ///< std::vector<args[0]>
  map,                 ///< std::map<args[0], args[1]>, args[0] a string or string_view
  unordered_map,       ///< std::unordered_map<args[0], args[1]>, args[0] a string or string_view
  flat_map,            ///< lambda::json::flat_map<args[0], args[1], E>, E in the spelling
  variant,             ///< std::variant<args...>
  monostate,           ///< std::monostate, only as a variant alternative
  record,              ///< an annotated struct/class
  enumeration,         ///< an annotated enum
  raw_json,            ///< lambda::json::raw_json
  bytes,               ///< std::vector<std::byte>, as base64
  sys_time,            ///< std::chrono::time_point<std::chrono::system_clock, D>, as ISO-8601
  epoch_milliseconds,  ///< lambda::json::epoch_milliseconds
  epoch_seconds,       ///< lambda::json::epoch_seconds
  timestamp,           ///< lambda::json::timestamp, as RFC 3339 spelled as it was read
  custom,              ///< a type with a lambda::json::codec the user wrote; what it reads is in `accepts`
  tagged_variant,      ///< std::variant<args...> of records, chosen by the key `tag_key` inside the object
};

/// The JSON kinds a type reads, as a bit set; mirrors lambda::json::codec<T>::accepts.
enum class JsonKinds : std::uint8_t {
  none = 0,
  null = 1,
  boolean = 2,
  number = 4,
  string = 8,
  array = 16,
  object = 32,
  any = 63,
};
constexpr JsonKinds operator|(JsonKinds a, JsonKinds b) noexcept {
  return static_cast<JsonKinds>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
constexpr JsonKinds operator&(JsonKinds a, JsonKinds b) noexcept {
  return static_cast<JsonKinds>(static_cast<std::uint8_t>(a) & static_cast<std::uint8_t>(b));
}

/// A member type: its kind, the types it is built from, and its fully qualified spelling.
struct TypeRef {
  TypeKind kind = TypeKind::boolean;
  /// How generated code names the type: "int", "::shop::Order", "std::vector<::shop::Item>".
  std::string spelling;
  /// Element, key/value or alternative types, per TypeKind.
  std::vector<TypeRef> args;
  /// TypeKind::custom: the JSON kinds its codec reads (its `accepts`).
  JsonKinds accepts = JsonKinds::none;
  /// TypeKind::tagged_variant: the key that names the alternative, and each alternative's name for
  /// it, in the order of `args`.
  std::string tag_key;
  std::vector<std::string> tag_values;

  friend bool operator==(const TypeRef&, const TypeRef&) = default;
};

/// A type without arguments (scalars, strings, records, enums, time and byte types).
TypeRef leaf_type(TypeKind kind, std::string spelling);
/// std::optional<T>.
TypeRef optional_of(TypeRef value);
/// std::vector<T>.
TypeRef vector_of(TypeRef element);
/// std::map<K, V> or std::unordered_map<K, V>; `kind` says which.
TypeRef map_of(TypeKind kind, TypeRef key, TypeRef value);
/// lambda::json::flat_map<key, value, key_equal>; `key_equal` as generated code spells it.
TypeRef flat_map_of(TypeRef key, TypeRef value, std::string_view key_equal);
/// std::variant<Ts...>.
TypeRef variant_of(std::vector<TypeRef> alternatives);
/// std::variant<Ts...> of records, internally tagged: `key` names the alternative, `values[i]` is args[i]'s name.
TypeRef tagged_variant_of(std::vector<TypeRef> alternatives, std::string key, std::vector<std::string> values);
/// Whether `text` is spelled the same inside a JSON string: no quote, backslash or control character
/// (a tag's key and values are matched and written as spelled).
bool spelled_without_escapes(std::string_view text);
/// A type the user's own lambda::json::codec reads, `accepts` saying which JSON kinds.
TypeRef custom_type(std::string spelling, JsonKinds accepts);
/// Whether `type` is, or holds, a tagged variant: its codec is not plain lambda::json::codec<spelling>.
bool holds_tagged_variant(const TypeRef& type);

/// Whether a value of `type` read over one its codec read before, in a fresh parse, can keep
/// parts of the first: a record (the members the second leaves out), a std::map (its keys), and
/// an optional, vector or variant of one of those. Scalars, strings, times, bytes, raw JSON and
/// flat_maps (cleared first) are overwritten whole.
bool merges_when_read_twice(const TypeRef& type);

/// The JSON kinds the codec of `type` accepts.
JsonKinds accepted_kinds(const TypeRef& type);
/// Names a set of kinds for messages: "string or array".
std::string describe_kinds(JsonKinds kinds);

/// Why the alternatives of a std::variant cannot be told apart by the JSON kind, or an empty
/// string when they can. Follows the rule of lambda::json::codec<std::variant>: alternatives must
/// accept disjoint kinds, except that an integer and a floating-point alternative may share numbers.
std::string variant_ambiguity(const std::vector<TypeRef>& alternatives);

}  // namespace lambdagen::codegen::model
