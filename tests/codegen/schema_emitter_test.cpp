// The JSON Schema emitter on hand-built models: file names, and the mapping rules whose cases
// the golden inputs do not all reach (aliases of required members, null on every kind of schema).

#include "emit/json_tree.h"
#include "emit/schema_emitter.h"

#include <gtest/gtest.h>

#include <string>

namespace lambdagen::codegen::emit {
namespace {

using model::Field;
using model::TypeKind;

TEST(SchemaName, SpellsQualifiedNamesAsFileNames) {
  EXPECT_EQ(schema_name("::shop::Order"), "shop.Order");
  EXPECT_EQ(schema_name("::shop::Envelope<::shop::Created, int>"), "shop.Envelope(shop.Created,int)");
  EXPECT_EQ(schema_name("::shop::Box<unsigned int>"), "shop.Box(unsigned_int)");
  EXPECT_EQ(schema_name("::shop::Box<std::vector<std::string>>"), "shop.Box(std.vector(std.string))");
  EXPECT_EQ(schema_file_name("::Order"), "Order.schema.json");
}

TEST(JsonTree, DumpsIndentedWithScalarArraysOnOneLine) {
  JsonTree t;
  t["a"] = JsonTree::Array{"x", JsonTree::null(), true};
  t["b"] = JsonTree();
  t["c"]["d"] = std::int64_t{-1};
  EXPECT_EQ(t.dump(), "{\n  \"a\": [\"x\", null, true],\n  \"b\": {},\n  \"c\": {\n    \"d\": -1\n  }\n}\n");
}

Field field(std::string key, model::TypeRef type) {
  Field f;
  f.name = key;
  f.key = std::move(key);
  f.type = std::move(type);
  return f;
}

model::Module module_of(model::Record record) {
  model::Module module;
  module.types.emplace_back(std::move(record));
  return module;
}

TEST(SchemaEmitter, RequiredMemberWithAliasesNeedsOneOfItsKeys) {
  model::Record r;
  r.qualified_name = "::t::R";
  Field url = field("url", model::leaf_type(TypeKind::string, "std::string"));
  url.required = true;
  url.aliases = {"URL"};
  r.fields.push_back(url);
  r.fields.push_back(field("id", model::leaf_type(TypeKind::string, "std::string")));
  r.fields.back().required = true;
  r.reject_unknown = true;
  auto files = emit_schemas(module_of(r));
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].file_name, "t.R.schema.json");
  const std::string& text = files[0].text;
  EXPECT_NE(text.find("\"URL\": {\n      \"type\": \"string\"\n    }"), std::string::npos) << text;
  EXPECT_NE(text.find("\"required\": [\"id\"]"), std::string::npos) << text;
  EXPECT_NE(text.find("\"allOf\": [\n    {\n      \"anyOf\": [\n        {\n          \"required\": [\"url\"]"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\"required\": [\"URL\"]"), std::string::npos) << text;
  EXPECT_NE(text.find("\"additionalProperties\": false"), std::string::npos) << text;
}

TEST(SchemaEmitter, NullAsDefaultWidensEachKindOfSchema) {
  model::Record r;
  r.qualified_name = "::t::R";
  model::Enum e;
  e.qualified_name = "::t::E";
  e.enumerators = {{"a", "a", false}, {"b", "B", false}, {"c", "B", true}};
  r.fields.push_back(field("e", model::leaf_type(TypeKind::enumeration, "::t::E")));
  r.fields.push_back(field("self", model::leaf_type(TypeKind::record, "::t::R")));
  r.fields.push_back(field("v", model::variant_of({model::leaf_type(TypeKind::integer, "int"),
                                                   model::leaf_type(TypeKind::string, "std::string")})));
  r.fields.push_back(field("raw", model::leaf_type(TypeKind::raw_json, "lambda::json::raw_json")));
  r.fields.push_back(field("kept", model::leaf_type(TypeKind::string, "std::string")));
  r.fields.back().required = true;  // a required member sent as null is an error
  for (Field& f : r.fields) f.null_as_default = true;
  model::Module module;
  module.types.emplace_back(e);
  module.types.emplace_back(r);
  auto files = emit_schemas(module);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_NE(files[0].text.find("\"enum\": [\"a\", \"B\"]"), std::string::npos) << files[0].text;
  const std::string& text = files[1].text;
  EXPECT_NE(text.find("\"e\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#/$defs/t.E\""),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\"self\": {\n      \"anyOf\": [\n        {\n          \"$ref\": \"#\""), std::string::npos)
      << text;
  EXPECT_NE(text.find("\"type\": \"null\"\n        }\n      ]\n    },\n    \"raw\": {},"), std::string::npos) << text;
  EXPECT_NE(text.find("\"kept\": {\n      \"type\": \"string\"\n    }"), std::string::npos) << text;
  EXPECT_NE(text.find("\"$defs\": {\n    \"t.E\": {"), std::string::npos) << text;
}

TEST(SchemaEmitter, IntegerAndFloatingAlternativesShareOneNumber) {
  model::Record r;
  r.qualified_name = "::t::R";
  r.fields.push_back(field("n", model::variant_of({model::leaf_type(TypeKind::integer, "long long"),
                                                   model::leaf_type(TypeKind::floating, "double")})));
  r.fields.push_back(field("u", model::leaf_type(TypeKind::integer, "unsigned long long")));
  auto files = emit_schemas(module_of(r));
  const std::string& text = files.at(0).text;
  EXPECT_NE(text.find("\"oneOf\": [\n        {\n          \"type\": \"number\"\n        }\n      ]"), std::string::npos)
      << text;
  EXPECT_NE(text.find("\"minimum\": 0,\n      \"maximum\": 18446744073709551615"), std::string::npos) << text;
}

TEST(SchemaEmitter, AnAliasOfAnotherHeadersSpecializationRefersToItsSchema) {
  model::Module module;
  module.aliases.push_back({"::t::Event", "::t::Envelope<::t::Created>"});
  auto files = emit_schemas(module);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].file_name, "t.Event.schema.json");
  EXPECT_EQ(files[0].text,
            "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": "
            "\"t.Event.schema.json\",\n  \"title\": \"t::Event\",\n  \"$ref\": "
            "\"t.Envelope(t.Created).schema.json\"\n}\n");
}

}  // namespace
}  // namespace lambdagen::codegen::emit
