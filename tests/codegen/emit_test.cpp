// The emit layer on hand-built models: the printer, literal spelling, dispatch switches and the
// comma logic of write functions. Whole-file output is covered by the golden tests.

#include "emit/codec_name.h"
#include "emit/cpp_literal.h"
#include "emit/dispatch_emitter.h"
#include "emit/header_emitter.h"
#include "emit/printer.h"
#include "emit/source_emitter.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace lambdagen::codegen::emit {
namespace {

using model::Field;
using model::TypeKind;

TEST(Printer, SubstitutesVariablesAndIndentsNonEmptyLines) {
  Printer p;
  p.print("struct $name$ {\n", {{"name", "X"}});
  p.indent();
  p.print("int $field$;\n\nint cost = 5$$;\n", {{"field", "y"}});
  p.outdent();
  p.print("};\n");
  EXPECT_EQ(p.text(), "struct X {\n  int y;\n\n  int cost = 5$;\n};\n");
}

TEST(Printer, IndentsTextThatContinuesALine) {
  Printer p;
  p.indent();
  p.print("a");
  p.print("b\nc\n");
  EXPECT_EQ(p.text(), "  ab\n  c\n");
}

TEST(Printer, RejectsUnknownVariablesAndUnbalancedOutdent) {
  Printer p;
  EXPECT_THROW(p.print("$missing$"), std::invalid_argument);
  EXPECT_THROW(p.print("$open"), std::invalid_argument);
  EXPECT_THROW(p.outdent(), std::logic_error);
}

TEST(CppLiteral, EscapesQuotesBackslashesAndNonPrintableBytes) {
  EXPECT_EQ(cpp_string_literal("id"), "\"id\"");
  EXPECT_EQ(cpp_string_literal("a\"b\\c"), "\"a\\\"b\\\\c\"");
  // Octal escapes take exactly three digits, so a following digit stays a digit.
  EXPECT_EQ(cpp_string_literal("\n1"), "\"\\0121\"");
  EXPECT_EQ(cpp_string_literal("\xc3\xa9"), "\"\\303\\251\"");
  EXPECT_EQ(cpp_char_literal('a'), "'a'");
  EXPECT_EQ(cpp_char_literal('\''), "'\\''");
  EXPECT_EQ(cpp_char_literal('\\'), "'\\\\'");
  EXPECT_EQ(cpp_char_literal(0xc3), "'\\303'");
}

TEST(CppLiteral, WritesJsonStringTokens) {
  EXPECT_EQ(json_string_token("id"), "\"id\"");
  EXPECT_EQ(json_string_token("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(json_string_token("\t\x01"), "\"\\t\\u0001\"");
  EXPECT_EQ(json_string_token("\xc3\xa9"), "\"\xc3\xa9\"");
}

TEST(DispatchEmitter, PrintsNestedSwitchesWithOneComparisonPerKey) {
  std::vector<std::string> keys = {"id", "price", "items"};
  Printer p;
  print_dispatch(p, "key", keys, model::plan_dispatch(keys), [&](std::size_t i) {
    p.print("return $i$;\n", {{"i", std::to_string(i)}});
  });
  EXPECT_EQ(p.text(),
            "switch (key.size()) {\n"
            "  case 2:\n"
            "    if (lambda::json::detail::same_key(key, \"id\")) {\n"
            "      return 0;\n"
            "    }\n"
            "    break;\n"
            "  case 5:\n"
            "    switch (key[0]) {\n"
            "      case 'i':\n"
            "        if (lambda::json::detail::same_key(key, \"items\")) {\n"
            "          return 2;\n"
            "        }\n"
            "        break;\n"
            "      case 'p':\n"
            "        if (lambda::json::detail::same_key(key, \"price\")) {\n"
            "          return 1;\n"
            "        }\n"
            "        break;\n"
            "    }\n"
            "    break;\n"
            "}\n");
}

Field field(std::string name, model::TypeRef type) {
  Field f;
  f.name = name;
  f.key = std::move(name);
  f.type = std::move(type);
  return f;
}

model::Module module_with(model::Record record) {
  model::Module m;
  m.include_as = "t.h";
  m.generated_header = "t.json.h";
  m.types.emplace_back(std::move(record));
  return m;
}

/// The body of the write function in `source`.
std::string write_body(const std::string& source) {
  std::size_t start = source.find("::write(");
  start = source.find('\n', start) + 1;
  return source.substr(start, source.find("\n}\n", start) - start + 1);
}

TEST(SourceEmitter, LeadingOptionalsDecideTheCommaAtRunTime) {
  auto text = model::leaf_type(TypeKind::string, "std::string");
  model::Record r;
  r.qualified_name = "::T";
  r.fields = {field("a", model::optional_of(text)), field("b", model::optional_of(text)), field("c", text),
              field("d", model::optional_of(text))};
  EXPECT_EQ(write_body(emit_source(module_with(r))),
            "  w.raw('{');\n"
            "  bool first = true;\n"
            "  if (v.a) {\n"
            "    w.raw(first ? \"\\\"a\\\":\" : \",\\\"a\\\":\");\n"
            "    lambda::json::codec<std::string>::write(w, *v.a);\n"
            "    first = false;\n"
            "  }\n"
            "  if (v.b) {\n"
            "    w.raw(first ? \"\\\"b\\\":\" : \",\\\"b\\\":\");\n"
            "    lambda::json::codec<std::string>::write(w, *v.b);\n"
            "    first = false;\n"
            "  }\n"
            "  w.raw(first ? \"\\\"c\\\":\" : \",\\\"c\\\":\");\n"
            "  lambda::json::codec<std::string>::write(w, v.c);\n"
            "  if (v.d) {\n"
            "    w.raw(\",\\\"d\\\":\");\n"
            "    lambda::json::codec<std::string>::write(w, *v.d);\n"
            "  }\n"
            "  w.raw('}');\n");
}

TEST(SourceEmitter, WriteNullOptionalsAreAlwaysWritten) {
  auto f = field("a", model::optional_of(model::leaf_type(TypeKind::integer, "int")));
  f.write_null = true;
  model::Record r;
  r.qualified_name = "::T";
  r.fields = {f};
  EXPECT_EQ(write_body(emit_source(module_with(r))),
            "  w.raw(\"{\\\"a\\\":\");\n"
            "  lambda::json::codec<std::optional<int>>::write(w, v.a);\n"
            "  w.raw('}');\n");
}

TEST(CodecName, IsTheTypesCodecExceptForTaggedVariantsWhoseTagsItSpells) {
  using model::TypeKind;
  model::TypeRef a = model::leaf_type(TypeKind::record, "::A"), b = model::leaf_type(TypeKind::record, "::B");
  EXPECT_EQ(codec_name(model::vector_of(a)), "lambda::json::codec<std::vector<::A>>");
  EXPECT_EQ(codec_name(model::custom_type("::Decimal", model::JsonKinds::string)), "lambda::json::codec<::Decimal>");
  model::TypeRef tagged = model::tagged_variant_of({a, b}, "type", {"a.created", "B"});
  const std::string codec =
      R"(lambda::json::tagged_codec<std::variant<::A, ::B>, lambda::json::tags<"type", "a.created", "B">>)";
  EXPECT_EQ(codec_name(tagged), codec);
  EXPECT_EQ(codec_name(model::optional_of(tagged)),
            "lambda::json::optional_codec<std::variant<::A, ::B>, " + codec + ">");
  EXPECT_EQ(codec_name(model::vector_of(tagged)), "lambda::json::vector_codec<std::variant<::A, ::B>, " + codec + ">");
}

TEST(SourceEmitter, EmptyRecordsLeaveUnusedParametersUnnamed) {
  model::Record r;
  r.qualified_name = "::Empty";
  std::string source = emit_source(module_with(r));
  EXPECT_NE(source.find("::Empty& /*out*/, lambda::json::detail::tag_key* tag)"), std::string::npos);
  EXPECT_NE(source.find("const ::Empty& /*v*/)"), std::string::npos);
  EXPECT_NE(source.find("w.raw(\"{}\");"), std::string::npos);
}

TEST(SourceEmitter, RequiredMembersAreCheckedAfterTheObject) {
  auto f = field("id", model::leaf_type(TypeKind::string, "std::string"));
  f.required = true;
  model::Record r;
  r.qualified_name = "::T";
  r.fields = {f};
  r.reject_unknown = true;
  std::string source = emit_source(module_with(r));
  EXPECT_NE(source.find("std::bitset<1> seen;"), std::string::npos);
  EXPECT_NE(source.find("seen[0] = true;\n"), std::string::npos);
  EXPECT_NE(source.find("if (!seen[0]) return r.missing_key(\"id\");"), std::string::npos);
  EXPECT_NE(source.find("return r.reject_unknown(key) || r.at_key(key);"), std::string::npos);
  EXPECT_EQ(source.find("r.skip(value)"), std::string::npos);
  // With every member required there is nothing that parse_into would have to reset.
  EXPECT_EQ(source.find("into_existing"), std::string::npos);
}

TEST(SourceEmitter, ParseIntoResetsTheOptionalMembersADocumentLeavesOut) {
  auto id = field("id", model::leaf_type(TypeKind::string, "std::string"));
  id.required = true;
  model::Record r;
  r.qualified_name = "::T";
  r.fields = {id, field("note", model::leaf_type(TypeKind::string, "std::string"))};
  std::string source = emit_source(module_with(r));
  EXPECT_NE(source.find("if (r.into_existing() && !seen.all()) {\n"
                        "    ::T fresh{};\n"
                        "    if (!seen[1]) out.note = std::move(fresh.note);\n"
                        "  }\n"),
            std::string::npos)
      << source;
  EXPECT_EQ(source.find("out.id = std::move"), std::string::npos) << "a required member is never reset";
}

TEST(SourceEmitter, EnumAliasesAreReadButNotWrittenTwice) {
  model::Enum e;
  e.qualified_name = "::Level";
  e.enumerators = {{"warning", "warning", false}, {"warn", "warn", true}};
  model::Module m;
  m.include_as = "l.h";
  m.generated_header = "l.json.h";
  m.types.emplace_back(e);
  std::string source = emit_source(m);
  EXPECT_NE(source.find("out = ::Level::warn;"), std::string::npos);
  EXPECT_NE(source.find("case ::Level::warning:"), std::string::npos);
  EXPECT_EQ(source.find("case ::Level::warn:"), std::string::npos);
}

TEST(HeaderEmitter, IncludesOtherGeneratedHeadersAfterTheLibrary) {
  model::Module m;
  m.include_as = "shop/order.h";
  m.includes = {{"money.json.h", false}, {"lambda/events/s3.json.h", true}};
  std::string header = emit_header(m);
  EXPECT_EQ(header,
            "// Generated by lambdagen-codegen from shop/order.h. Do not edit.\n"
            "#pragma once\n"
            "#include \"shop/order.h\"\n"
            "#include <lambda/json/base.h>\n"
            "#include \"money.json.h\"\n"
            "#include <lambda/events/s3.json.h>\n");
}

}  // namespace
}  // namespace lambdagen::codegen::emit
