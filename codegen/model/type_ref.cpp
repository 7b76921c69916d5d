#include "model/type_ref.h"

#include <algorithm>
#include <utility>

namespace lambdagen::codegen::model {
namespace {

std::string join_spellings(const std::vector<TypeRef>& types) {
  std::string out;
  for (const auto& t : types) {
    if (!out.empty()) out += ", ";
    out += t.spelling;
  }
  return out;
}

TypeRef make(TypeKind kind, std::string spelling, std::vector<TypeRef> args) {
  TypeRef type;
  type.kind = kind;
  type.spelling = std::move(spelling);
  type.args = std::move(args);
  return type;
}

}  // namespace

TypeRef leaf_type(TypeKind kind, std::string spelling) { return make(kind, std::move(spelling), {}); }

TypeRef optional_of(TypeRef value) {
  std::string spelling = "std::optional<" + value.spelling + ">";
  return make(TypeKind::optional, std::move(spelling), {std::move(value)});
}

TypeRef vector_of(TypeRef element) {
  std::string spelling = "std::vector<" + element.spelling + ">";
  return make(TypeKind::vector, std::move(spelling), {std::move(element)});
}

TypeRef map_of(TypeKind kind, TypeRef key, TypeRef value) {
  std::string spelling = std::string(kind == TypeKind::map ? "std::map<" : "std::unordered_map<") + key.spelling +
                         ", " + value.spelling + ">";
  return make(kind, std::move(spelling), {std::move(key), std::move(value)});
}

bool merges_when_read_twice(const TypeRef& type) {
  switch (type.kind) {
    case TypeKind::record:  // keeps the members the second value leaves out
    case TypeKind::map:     // and these the keys
    case TypeKind::unordered_map:
      return true;
    case TypeKind::optional:  // reads over its value, a vector over its elements
    case TypeKind::vector:
      return merges_when_read_twice(type.args[0]);
    case TypeKind::tagged_variant:  // records, read over as a record is
      return true;
    case TypeKind::variant:  // reads over the alternative it holds when the second is the same
      return std::any_of(type.args.begin(), type.args.end(), merges_when_read_twice);
    default:  // flat_map starts empty; scalars, strings, times, bytes, raw JSON and custom types are overwritten
      return false;
  }
}

TypeRef flat_map_of(TypeRef key, TypeRef value, std::string_view key_equal) {
  std::string spelling =
      "lambda::json::flat_map<" + key.spelling + ", " + value.spelling + ", " + std::string(key_equal) + ">";
  return make(TypeKind::flat_map, std::move(spelling), {std::move(key), std::move(value)});
}

TypeRef variant_of(std::vector<TypeRef> alternatives) {
  std::string spelling = "std::variant<" + join_spellings(alternatives) + ">";
  return make(TypeKind::variant, std::move(spelling), std::move(alternatives));
}

TypeRef tagged_variant_of(std::vector<TypeRef> alternatives, std::string key, std::vector<std::string> values) {
  TypeRef type = variant_of(std::move(alternatives));
  type.kind = TypeKind::tagged_variant;
  type.tag_key = std::move(key);
  type.tag_values = std::move(values);
  return type;
}

bool spelled_without_escapes(std::string_view text) {
  return std::none_of(text.begin(), text.end(),
                      [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
}

TypeRef custom_type(std::string spelling, JsonKinds accepts) {
  TypeRef type = leaf_type(TypeKind::custom, std::move(spelling));
  type.accepts = accepts;
  return type;
}

bool holds_tagged_variant(const TypeRef& type) {
  return type.kind == TypeKind::tagged_variant || std::any_of(type.args.begin(), type.args.end(), holds_tagged_variant);
}

JsonKinds accepted_kinds(const TypeRef& type) {
  switch (type.kind) {
    case TypeKind::boolean:
      return JsonKinds::boolean;
    case TypeKind::integer:
    case TypeKind::floating:
    case TypeKind::epoch_milliseconds:
    case TypeKind::epoch_seconds:
      return JsonKinds::number;
    case TypeKind::string:
    case TypeKind::string_view:
    case TypeKind::enumeration:
    case TypeKind::bytes:
    case TypeKind::sys_time:
    case TypeKind::timestamp:
      return JsonKinds::string;
    case TypeKind::vector:
      return JsonKinds::array;
    case TypeKind::map:
    case TypeKind::unordered_map:
    case TypeKind::flat_map:
    case TypeKind::record:
    case TypeKind::tagged_variant:
      return JsonKinds::object;
    case TypeKind::custom:
      return type.accepts;
    case TypeKind::monostate:
      return JsonKinds::null;
    case TypeKind::raw_json:
      return JsonKinds::any;
    case TypeKind::optional:
      return accepted_kinds(type.args.at(0)) | JsonKinds::null;
    case TypeKind::variant: {
      JsonKinds all = JsonKinds::none;
      for (const auto& alternative : type.args) all = all | accepted_kinds(alternative);
      return all;
    }
  }
  return JsonKinds::none;
}

std::string describe_kinds(JsonKinds kinds) {
  static constexpr std::pair<JsonKinds, std::string_view> names[] = {
      {JsonKinds::null, "null"},     {JsonKinds::boolean, "boolean"}, {JsonKinds::number, "number"},
      {JsonKinds::string, "string"}, {JsonKinds::array, "array"},     {JsonKinds::object, "object"},
  };
  std::string out;
  for (const auto& [kind, name] : names) {
    if ((kinds & kind) == JsonKinds::none) continue;
    if (!out.empty()) out += " or ";
    out += name;
  }
  return out.empty() ? "nothing" : out;
}

std::string variant_ambiguity(const std::vector<TypeRef>& alternatives) {
  for (std::size_t i = 0; i < alternatives.size(); ++i) {
    for (std::size_t j = i + 1; j < alternatives.size(); ++j) {
      const TypeRef& a = alternatives[i];
      const TypeRef& b = alternatives[j];
      JsonKinds shared = accepted_kinds(a) & accepted_kinds(b);
      if (shared == JsonKinds::none) continue;
      // An integral token picks the integer alternative, any other number the floating one.
      bool a_integral = a.kind == TypeKind::integer;
      bool b_integral = b.kind == TypeKind::integer;
      if (shared == JsonKinds::number && a_integral != b_integral) continue;
      std::string reason = "alternatives '" + a.spelling + "' and '" + b.spelling + "' both accept JSON " +
                           describe_kinds(shared) + ", so the JSON cannot choose between them";
      if (a.kind == TypeKind::record && b.kind == TypeKind::record)
        reason += "; LAMBDA_JSON_TAG(\"<key>\") on the member chooses by a key inside the object";
      return reason;
    }
  }
  return {};
}

}  // namespace lambdagen::codegen::model
