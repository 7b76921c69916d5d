#include "emit/codec_name.h"

#include "emit/cpp_literal.h"

namespace lambdagen::codegen::emit {

std::string codec_name(const model::TypeRef& type) {
  if (!model::holds_tagged_variant(type)) return "lambda::json::codec<" + type.spelling + ">";
  switch (type.kind) {
    case model::TypeKind::tagged_variant: {
      std::string tags = "lambda::json::tags<" + cpp_string_literal(type.tag_key);
      for (const auto& value : type.tag_values) tags += ", " + cpp_string_literal(value);
      return "lambda::json::tagged_codec<" + type.spelling + ", " + tags + ">>";
    }
    case model::TypeKind::optional:
      return "lambda::json::optional_codec<" + type.args[0].spelling + ", " + codec_name(type.args[0]) + ">";
    case model::TypeKind::vector:
      return "lambda::json::vector_codec<" + type.args[0].spelling + ", " + codec_name(type.args[0]) + ">";
    default:  // the scanner takes a tag only on a variant, an optional or a vector of one
      return "lambda::json::codec<" + type.spelling + ">";
  }
}

}  // namespace lambdagen::codegen::emit
