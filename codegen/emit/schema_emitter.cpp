#include "emit/schema_emitter.h"

#include "emit/json_tree.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>

namespace lambdagen::codegen::emit {
namespace {

using model::TypeKind;
using model::TypeRef;

/// RFC 3339 as lambda::json reads it (serialization/src/time.cpp): `T`, `t` or a space between
/// date and time, any number of fraction digits, `Z`, `z` or an offset. "format": "date-time" says
/// the same to validators that assert formats (most do not by default); the pattern holds for all.
constexpr std::string_view date_time_pattern =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$";

/// Padded standard base64 as lambda::json::base64_decode reads it: the bits padding leaves
/// unused must be zero. "contentEncoding" is an annotation only in 2020-12; the pattern checks.
constexpr std::string_view base64_pattern =
    "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$";

JsonTree type_only(const char* type) {
  JsonTree s;
  s["type"] = type;
  return s;
}

/// An integer's range, by the spelling the scanner gives builtin integer types (LP64, as every
/// Lambda target is).
template <class I>
JsonTree integer_range() {
  JsonTree s = type_only("integer");
  if constexpr (std::numeric_limits<I>::is_signed) {
    s["minimum"] = static_cast<std::int64_t>(std::numeric_limits<I>::min());
    s["maximum"] = static_cast<std::int64_t>(std::numeric_limits<I>::max());
  } else {
    s["minimum"] = std::int64_t{0};
    s["maximum"] = static_cast<std::uint64_t>(std::numeric_limits<I>::max());
  }
  return s;
}

JsonTree integer_schema(const std::string& spelling) {
  if (spelling == "signed char") return integer_range<signed char>();
  if (spelling == "unsigned char") return integer_range<unsigned char>();
  if (spelling == "short") return integer_range<short>();
  if (spelling == "unsigned short") return integer_range<unsigned short>();
  if (spelling == "int") return integer_range<int>();
  if (spelling == "unsigned int") return integer_range<unsigned int>();
  if (spelling == "long") return integer_range<long>();
  if (spelling == "unsigned long") return integer_range<unsigned long>();
  if (spelling == "long long") return integer_range<long long>();
  if (spelling == "unsigned long long") return integer_range<unsigned long long>();
  throw std::logic_error("schema_emitter: no range known for the integer type '" + spelling + "'");
}

JsonTree string_with(std::string_view pattern) {
  JsonTree s = type_only("string");
  s["pattern"] = std::string(pattern);
  return s;
}

JsonTree null_schema() { return type_only("null"); }

/// A number of seconds or milliseconds since the epoch, fractions kept (1428537600.5), that
/// nanoseconds in 64 bits hold (±292 years), as lambda::json reads it: `limit` is 2^63 - 1 ns in
/// the unit. (The reader truncates below a nanosecond, so it also takes the sliver up to 2^63 ns;
/// an exclusive bound there would refuse 2^63 - 1 ns itself in validators that read doubles.)
JsonTree epoch_schema(std::string limit) {
  JsonTree s = type_only("number");
  s["minimum"] = JsonTree::number("-" + limit);
  s["maximum"] = JsonTree::number(std::move(limit));
  return s;
}

/// `schema` widened to accept `null` too, in the form a reader of the schema expects: a type
/// list, an enum with null, one more `oneOf` alternative, or an `anyOf` around a `$ref`.
JsonTree nullable(JsonTree schema) {
  if (schema == JsonTree()) return schema;  // {} accepts null already
  if (const JsonTree* one_of = schema.find("oneOf")) {
    const auto& alternatives = one_of->elements();
    if (std::find(alternatives.begin(), alternatives.end(), null_schema()) == alternatives.end())
      schema["oneOf"].push_back(null_schema());
    return schema;
  }
  const JsonTree* type = schema.find("type");
  if (schema.find("$ref") || !type) {
    JsonTree any_of;
    any_of["anyOf"] = JsonTree::Array{std::move(schema), null_schema()};
    return any_of;
  }
  if (type->is_string()) {
    if (type->string() == "null") return schema;
    schema["type"] = JsonTree::Array{type->string(), "null"};
  } else if (std::find(type->elements().begin(), type->elements().end(), JsonTree("null")) == type->elements().end()) {
    schema["type"].push_back("null");  // a list of kinds (a codec of the user's own)
  }
  if (schema.find("enum")) schema["enum"].push_back(JsonTree::null());
  return schema;
}

/// Builds the schema document of one type, collecting the module types it uses under `$defs`.
class SchemaBuilder {
 public:
  /// `named`: the name the document goes by, the type's or an annotated alias's.
  SchemaBuilder(const model::Module& module, const model::TypeDecl& root, std::string named)
      : root_(model::qualified_name(root)), root_decl_(root), named_(std::move(named)) {
    for (const model::TypeDecl& type : module.types) module_types_.emplace(model::qualified_name(type), &type);
  }

  JsonTree document() {
    JsonTree doc;
    doc["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    doc["$id"] = schema_file_name(named_);
    JsonTree root = definition(root_decl_);
    for (const auto& [key, value] : root.members()) doc[key] = value;
    doc["title"] = title(named_);
    JsonTree defs;
    while (!pending_.empty()) {
      const model::TypeDecl* decl = pending_.front();
      pending_.pop_front();
      defs[schema_name(model::qualified_name(*decl))] = definition(*decl);
    }
    if (!defs.members().empty()) doc["$defs"] = std::move(defs);
    return doc;
  }

 private:
  JsonTree definition(const model::TypeDecl& decl) {
    return std::visit([this](const auto& type) { return definition_of(type); }, decl);
  }

  JsonTree definition_of(const model::Enum& e) {
    JsonTree s;
    s["title"] = title(e.qualified_name);
    s["type"] = "string";
    JsonTree names = JsonTree::array();
    std::set<std::string> seen;
    for (const model::Enumerator& enumerator : e.enumerators) {
      if (seen.insert(enumerator.json_name).second) names.push_back(enumerator.json_name);
    }
    s["enum"] = std::move(names);
    return s;
  }

  JsonTree definition_of(const model::Record& record) {
    JsonTree s;
    s["title"] = title(record.qualified_name);
    s["type"] = "object";
    JsonTree properties;
    JsonTree required = JsonTree::array();
    JsonTree required_with_aliases = JsonTree::array();
    for (const model::Field& field : record.fields) {
      JsonTree value = type_schema(field.type);
      // A required member sent as null is an error, whatever NULL_AS_DEFAULT says.
      if (field.null_as_default && !field.required) value = nullable(std::move(value));
      properties[field.key] = value;
      for (const std::string& alias : field.aliases) properties[alias] = value;
      if (!field.required) continue;
      if (field.aliases.empty()) {
        required.push_back(field.key);
        continue;
      }
      // Any one of the member's keys satisfies REQUIRED.
      JsonTree any_key;
      any_key["anyOf"] = JsonTree::array();
      any_key["anyOf"].push_back(requiring(field.key));
      for (const std::string& alias : field.aliases) any_key["anyOf"].push_back(requiring(alias));
      required_with_aliases.push_back(std::move(any_key));
    }
    s["properties"] = std::move(properties);
    if (!required.elements().empty()) s["required"] = std::move(required);
    if (!required_with_aliases.elements().empty()) s["allOf"] = std::move(required_with_aliases);
    if (record.extra) {
      s["additionalProperties"] = type_schema(record.extra->type.args.at(1));
    } else if (record.reject_unknown) {
      s["additionalProperties"] = false;
    }
    return s;
  }

  static JsonTree requiring(const std::string& key) {
    JsonTree s;
    s["required"] = JsonTree::Array{key};
    return s;
  }

  /// The C++ name without the leading `::`s: "shop::Envelope<shop::Created>".
  static std::string title(const std::string& qualified_name) {
    std::string out = qualified_name.rfind("::", 0) == 0 ? qualified_name.substr(2) : qualified_name;
    for (std::size_t at = out.find("<::"); at != std::string::npos; at = out.find("<::", at)) out.erase(at + 1, 2);
    for (std::size_t at = out.find(" ::"); at != std::string::npos; at = out.find(" ::", at)) out.erase(at + 1, 2);
    return out;
  }

  /// A `$ref` to an annotated type: the document itself, a `$defs` entry of a type of this
  /// module, or another header's schema file.
  JsonTree reference(const std::string& qualified_name) {
    JsonTree s;
    if (qualified_name == root_) {
      s["$ref"] = "#";
    } else if (auto found = module_types_.find(qualified_name); found != module_types_.end()) {
      if (queued_.insert(qualified_name).second) pending_.push_back(found->second);
      s["$ref"] = "#/$defs/" + schema_name(qualified_name);
    } else {
      s["$ref"] = schema_file_name(qualified_name);
    }
    return s;
  }

  /// The schema of a member type. Every kind is one case: a new TypeKind is a compile warning
  /// here (-Wswitch) until it says what its reader accepts.
  JsonTree type_schema(const TypeRef& type) {
    switch (type.kind) {
      case TypeKind::boolean:
        return type_only("boolean");
      case TypeKind::integer:
        return integer_schema(type.spelling);
      case TypeKind::floating:
        return type_only("number");
      case TypeKind::string:
      case TypeKind::string_view:
        return type_only("string");
      case TypeKind::optional:
        return nullable(type_schema(type.args.at(0)));
      case TypeKind::vector: {
        JsonTree s = type_only("array");
        s["items"] = type_schema(type.args.at(0));
        return s;
      }
      case TypeKind::map:
      case TypeKind::unordered_map:
      case TypeKind::flat_map: {
        JsonTree s = type_only("object");
        s["additionalProperties"] = type_schema(type.args.at(1));
        return s;
      }
      case TypeKind::variant:
        return variant_schema(type.args);
      case TypeKind::monostate:
        return null_schema();
      case TypeKind::record:
      case TypeKind::enumeration:
        return reference(type.spelling);
      case TypeKind::raw_json:
        return JsonTree();
      case TypeKind::bytes: {
        JsonTree s = string_with(base64_pattern);
        s["contentEncoding"] = "base64";
        return s;
      }
      case TypeKind::sys_time:
      case TypeKind::timestamp: {
        JsonTree s = string_with(date_time_pattern);
        s["format"] = "date-time";
        return s;
      }
      case TypeKind::epoch_milliseconds:
        return epoch_schema("9223372036854.775807");
      case TypeKind::epoch_seconds:
        return epoch_schema("9223372036.854775807");
      case TypeKind::custom:
        return custom_schema(type);
      case TypeKind::tagged_variant:
        return tagged_schema(type);
    }
    throw std::logic_error("schema_emitter: a TypeKind without a schema");
  }

  /// A type with a codec of the user's own: the JSON kinds it accepts, and for a container whose
  /// codec names what it holds, its elements' or values' schema. What the codec does with a
  /// string or number beyond its kind is the codec's own, so the schema says no more.
  JsonTree custom_schema(const TypeRef& type) {
    static constexpr std::pair<model::JsonKinds, std::string_view> kinds[] = {
        {model::JsonKinds::null, "null"},     {model::JsonKinds::boolean, "boolean"},
        {model::JsonKinds::number, "number"}, {model::JsonKinds::string, "string"},
        {model::JsonKinds::array, "array"},   {model::JsonKinds::object, "object"},
    };
    JsonTree names = JsonTree::array();
    for (const auto& [kind, name] : kinds)
      if ((type.accepts & kind) != model::JsonKinds::none) names.push_back(std::string(name));
    JsonTree s;
    if (names.elements().size() == 1)
      s["type"] = names.elements().front();
    else
      s["type"] = std::move(names);
    if (type.accepts == model::JsonKinds::array && type.args.size() == 1) s["items"] = type_schema(type.args[0]);
    if (type.accepts == model::JsonKinds::object && !type.args.empty())
      s["additionalProperties"] = type_schema(type.args.back());
    return s;
  }

  /// An internally tagged variant: one alternative per tag value, each its record's members
  /// plus the tag, required and constant. A record of this header is written out in place, so
  /// that one rejecting unknown keys (or keeping them in a typed EXTRA map) takes its tag; one of
  /// another header is referred to, with the tag beside it.
  JsonTree tagged_schema(const TypeRef& type) {
    JsonTree one_of = JsonTree::array();
    for (std::size_t i = 0; i < type.args.size(); ++i) {
      JsonTree tag;
      tag["const"] = type.tag_values[i];
      auto found = module_types_.find(type.args[i].spelling);
      const auto* record = found == module_types_.end() ? nullptr : std::get_if<model::Record>(found->second);
      JsonTree s;
      if (record) {
        s = definition_of(*record);
      } else {
        s["allOf"] = JsonTree::array();
        s["allOf"].push_back(reference(type.args[i].spelling));
      }
      s["properties"][type.tag_key] = std::move(tag);
      if (!s.find("required")) s["required"] = JsonTree::array();
      s["required"].push_back(type.tag_key);
      one_of.push_back(std::move(s));
    }
    JsonTree s;
    s["oneOf"] = std::move(one_of);
    return s;
  }

  /// The alternatives accept distinct JSON kinds, so exactly one matches — except that an
  /// integer and a floating-point alternative share numbers. There the reader takes integral
  /// tokens as the integer and others as the floating point; a schema cannot see the token, so
  /// the floating alternative ("number") stands for both.
  JsonTree variant_schema(const std::vector<TypeRef>& alternatives) {
    bool has_floating = std::any_of(alternatives.begin(), alternatives.end(),
                                    [](const TypeRef& t) { return t.kind == TypeKind::floating; });
    JsonTree one_of = JsonTree::array();
    for (const TypeRef& alternative : alternatives) {
      if (has_floating && alternative.kind == TypeKind::integer) continue;
      one_of.push_back(type_schema(alternative));
    }
    JsonTree s;
    s["oneOf"] = std::move(one_of);
    return s;
  }

  std::string root_;
  const model::TypeDecl& root_decl_;
  std::string named_;
  std::map<std::string, const model::TypeDecl*> module_types_;
  std::deque<const model::TypeDecl*> pending_;
  std::set<std::string> queued_;
};

}  // namespace

std::string schema_name(std::string_view qualified_name) {
  std::string out;
  for (std::size_t i = 0; i < qualified_name.size(); ++i) {
    char c = qualified_name[i];
    if (qualified_name.substr(i, 2) == "::") {
      if (!out.empty() && out.back() != '(' && out.back() != ',') out += '.';
      ++i;
    } else if (c == '<') {
      out += '(';
    } else if (c == '>') {
      out += ')';
    } else if (c == ' ' && !out.empty() && out.back() == ',') {
      continue;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
               c == ',' || c == '(' || c == ')') {
      out += c;
    } else {
      out += '_';
    }
  }
  return out;
}

std::string schema_file_name(std::string_view qualified_name) { return schema_name(qualified_name) + ".schema.json"; }

std::vector<SchemaFile> emit_schemas(const model::Module& module) {
  std::vector<SchemaFile> out;
  for (const model::TypeDecl& type : module.types) {
    SchemaBuilder builder(module, type, model::qualified_name(type));
    out.push_back({schema_file_name(model::qualified_name(type)), builder.document().dump()});
  }
  for (const model::Alias& alias : module.aliases) {
    auto named = std::find_if(module.types.begin(), module.types.end(),
                              [&](const model::TypeDecl& type) { return model::qualified_name(type) == alias.target; });
    if (named != module.types.end()) {
      SchemaBuilder builder(module, *named, alias.qualified_name);
      out.push_back({schema_file_name(alias.qualified_name), builder.document().dump()});
      continue;
    }
    // A specialization an included header generates: its schema is that header's.
    JsonTree doc;
    doc["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    doc["$id"] = schema_file_name(alias.qualified_name);
    doc["title"] = alias.qualified_name.substr(2);
    doc["$ref"] = schema_file_name(alias.target);
    out.push_back({schema_file_name(alias.qualified_name), doc.dump()});
  }
  return out;
}

}  // namespace lambdagen::codegen::emit
