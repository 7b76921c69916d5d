// The scanner on in-memory headers: the model it builds, and a diagnostic at the right
// file:line:col for every member it cannot serialize.

#include "scan/scanner.h"

#include <gtest/gtest.h>

#include <sstream>

namespace lambdagen::codegen::scan {
namespace {

using model::TypeKind;

constexpr const char* input_path = "/virtual/input.h";

ScanResult scan(const std::string& code, std::vector<std::pair<std::string, std::string>> more_files = {}) {
  ScanRequest request;
  request.header = input_path;
  request.include_as = "input.h";
  request.generated_header = "input.json.h";
  request.compiler_flags = {"-I" LAMBDAGEN_SERIALIZATION_INCLUDE_DIR, "-I/virtual/include"};
  request.resource_dir = LAMBDAGEN_CLANG_RESOURCE_DIR;
  request.virtual_files = std::move(more_files);
  request.virtual_files.emplace_back(input_path, code);
  request.print_diagnostics = false;
  return scan_header(request);
}

/// Errors as "line:col: message", in the order reported.
std::vector<std::string> errors(const ScanResult& result) {
  std::vector<std::string> out;
  for (const auto& d : result.diagnostics)
    if (d.severity == ScanDiagnostic::Severity::error)
      out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  return out;
}

const model::Record& record(const model::Module& m, std::string_view name) {
  for (const auto& t : m.types)
    if (const auto* r = std::get_if<model::Record>(&t); r && r->qualified_name == name) return *r;
  throw std::runtime_error("no record " + std::string(name));
}

TEST(Scan, BuildsTheModelOfEveryMemberKind) {
  ScanResult result = scan(R"(
#include <lambda/json/annotate.h>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>
namespace lambda::json { struct raw_json {}; class epoch_milliseconds {}; class epoch_seconds {}; }
namespace shop::v1 {
using Id = std::string;
template <class T> using List = std::vector<T>;
enum class LAMBDA_JSON Color { red, green };
struct LAMBDA_JSON Everything {
  bool flag;
  std::int8_t i8; unsigned char u8; short i16; std::uint64_t u64; long long ll;
  float f; double d;
  Id id; std::string_view view;
  std::optional<int> maybe;
  List<Color> colors;
  std::map<std::string, double> prices;
  std::unordered_map<std::string_view, std::vector<std::string>> index;
  std::variant<std::monostate, std::int64_t, double, std::string> any;
  lambda::json::raw_json raw;
  std::vector<std::byte> blob;
  std::chrono::sys_seconds at;
  lambda::json::epoch_milliseconds ms;
  lambda::json::epoch_seconds s;
  static int ignored_static;
};
}
)");
  ASSERT_TRUE(result.module) << ::testing::PrintToString(errors(result));
  const auto& r = record(*result.module, "::shop::v1::Everything");
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& f : r.fields) got.emplace_back(f.name, f.type.spelling);
  std::vector<std::pair<std::string, std::string>> want = {
      {"flag", "bool"},
      {"i8", "signed char"},
      {"u8", "unsigned char"},
      {"i16", "short"},
      {"u64", "unsigned long"},
      {"ll", "long long"},
      {"f", "float"},
      {"d", "double"},
      {"id", "std::string"},
      {"view", "std::string_view"},
      {"maybe", "std::optional<int>"},
      {"colors", "std::vector<::shop::v1::Color>"},
      {"prices", "std::map<std::string, double>"},
      {"index", "std::unordered_map<std::string_view, std::vector<std::string>>"},
      {"any", "std::variant<std::monostate, long, double, std::string>"},
      {"raw", "lambda::json::raw_json"},
      {"blob", "std::vector<std::byte>"},
      {"at", "std::chrono::sys_time<std::chrono::duration<long, std::ratio<1, 1>>>"},
      {"ms", "lambda::json::epoch_milliseconds"},
      {"s", "lambda::json::epoch_seconds"},
  };
  EXPECT_EQ(got, want);
  EXPECT_EQ(r.fields[11].type.kind, TypeKind::vector);
  EXPECT_EQ(r.fields[11].type.args.at(0).kind, TypeKind::enumeration);
  EXPECT_EQ(r.fields[16].type.kind, TypeKind::bytes);
  EXPECT_EQ(r.fields[17].type.kind, TypeKind::sys_time);
  // Emission order puts the enum before the record that uses it.
  EXPECT_EQ(model::qualified_name(result.module->types.front()), "::shop::v1::Color");
}

TEST(Scan, ReadsAnnotationsNamingAndBases) {
  ScanResult result = scan(R"(
#include <lambda/json/annotate.h>
#include <optional>
#include <string>
struct Plain { std::string trace_id; };
struct LAMBDA_JSON Tagged { int tag_count; };
struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") LAMBDA_JSON_REJECT_UNKNOWN Derived : Plain, Tagged {
  LAMBDA_JSON_REQUIRED std::string request_id;
  LAMBDA_JSON_NAME("unit_price") double price_each;
  LAMBDA_JSON_SKIP int* cache;
  LAMBDA_JSON_WRITE_NULL std::optional<int> next_token;
};
enum LAMBDA_JSON LAMBDA_JSON_NAMING("PascalCase") Level { debug_level, warn LAMBDA_JSON_NAME("WARNING"), warning = warn };
)");
  ASSERT_TRUE(result.module) << ::testing::PrintToString(errors(result));
  const auto& r = record(*result.module, "::Derived");
  EXPECT_TRUE(r.reject_unknown);
  EXPECT_EQ(r.naming, model::NamingPolicy::camel_case);
  std::vector<std::string> keys;
  for (const auto& f : r.fields) keys.push_back(f.name + "=" + f.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"trace_id=traceId", "tag_count=tagCount", "request_id=requestId",
                                            "price_each=unit_price", "next_token=nextToken"}));
  EXPECT_TRUE(r.fields[2].required);
  EXPECT_FALSE(r.fields[3].required);
  EXPECT_TRUE(r.fields[4].write_null);
  EXPECT_EQ(r.fields[2].position.file, input_path);
  EXPECT_EQ(r.fields[2].position.line, 8u);
  EXPECT_EQ(r.fields[2].position.column, 36u);

  const auto* level = std::get_if<model::Enum>(&result.module->types.back());
  ASSERT_NE(level, nullptr);
  ASSERT_EQ(level->enumerators.size(), 3u);
  EXPECT_EQ(level->enumerators[0].json_name, "DebugLevel");
  EXPECT_EQ(level->enumerators[1].json_name, "WARNING");
  EXPECT_EQ(level->enumerators[2].json_name, "Warning");
  EXPECT_FALSE(level->enumerators[1].alias);
  EXPECT_TRUE(level->enumerators[2].alias);
}

TEST(Scan, LeavesTypesOfIncludedHeadersToTheirOwnRunAndIncludesTheirCodecs) {
  ScanResult result =
      scan(R"(
#include <lambda/json/annotate.h>
#include "money.h"
struct LAMBDA_JSON Order { Money total; };
)",
           {{"/virtual/include/money.h",
             "#pragma once\n#include <lambda/json/annotate.h>\nstruct LAMBDA_JSON Money { long cents; };\n"}});
  ASSERT_TRUE(result.module) << ::testing::PrintToString(errors(result));
  ASSERT_EQ(result.module->types.size(), 1u);
  EXPECT_EQ(model::qualified_name(result.module->types[0]), "::Order");
  ASSERT_EQ(result.module->includes.size(), 1u);
  EXPECT_EQ(result.module->includes[0].path, "money.json.h");
}

TEST(Scan, GeneratesEachUsedSpecializationOfAnAnnotatedClassTemplateOnce) {
  ScanResult result = scan(R"(
#include <lambda/json/annotate.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
namespace ev {
template <class T> struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") Box { LAMBDA_JSON_REQUIRED T held_value; };
template <class S> struct LAMBDA_JSON Msg { S body; std::vector<Box<S>> boxes; };
struct LAMBDA_JSON User { std::optional<Box<int>> a; std::vector<Box<int>> b; Msg<std::string_view> m; };
using Named LAMBDA_JSON = Box<double>;
template struct Box<long>;
}
)");
  ASSERT_TRUE(result.module) << ::testing::PrintToString(errors(result));
  std::vector<std::string> names;
  for (const auto& t : result.module->types) names.push_back(model::qualified_name(t));
  // Dependency order; Box<int> once; Box<std::string_view> found inside Msg's own members.
  EXPECT_EQ(names,
            (std::vector<std::string>{"::ev::Box<int>", "::ev::Box<std::string_view>", "::ev::Msg<std::string_view>",
                                      "::ev::User", "::ev::Box<long>", "::ev::Box<double>"}));
  const auto& box = record(*result.module, "::ev::Box<std::string_view>");
  ASSERT_EQ(box.fields.size(), 1u);
  EXPECT_EQ(box.fields[0].key, "heldValue");  // the template's naming policy
  EXPECT_TRUE(box.fields[0].required);        // and its members' annotations
  EXPECT_EQ(box.fields[0].type.kind, TypeKind::string_view);
  EXPECT_EQ(record(*result.module, "::ev::Msg<std::string_view>").fields[1].type.spelling,
            "std::vector<::ev::Box<std::string_view>>");
}

TEST(Scan, LeavesASpecializationAnIncludedHeaderNamesToThatHeader) {
  ScanResult result = scan(R"(
#include <lambda/json/annotate.h>
#include "box.h"
struct LAMBDA_JSON Order { Box<int> named_there; Box<long> made_here; };
)",
                           {{"/virtual/include/box.h",
                             "#pragma once\n#include <lambda/json/annotate.h>\n"
                             "template <class T> struct LAMBDA_JSON Box { T value; };\n"
                             "using IntBox LAMBDA_JSON = Box<int>;\n"}});
  ASSERT_TRUE(result.module) << ::testing::PrintToString(errors(result));
  std::vector<std::string> names;
  for (const auto& t : result.module->types) names.push_back(model::qualified_name(t));
  EXPECT_EQ(names, (std::vector<std::string>{"::Box<long>", "::Order"}));
  ASSERT_EQ(result.module->includes.size(), 1u);
  EXPECT_EQ(result.module->includes[0].path, "box.json.h");
}

TEST(Scan, LeavesTheSpecializationsAnIncludedHeadersRecordsUseToThatHeader) {
  // events.h generates Envelope<Inner<int>> (its record uses it) and Inner<int> (a member of
  // that), so this header must not generate them again: two definitions would collide.
  ScanResult result = scan(R"(
#include <lambda/json/annotate.h>
#include "events.h"
struct LAMBDA_JSON Mine { Inner<int> inner; Inner<long> own; std::vector<Envelope<Inner<int>>> all; };
)",
                           {{"/virtual/include/events.h",
                             "#pragma once\n#include <lambda/json/annotate.h>\n#include <vector>\n"
                             "template <class T> struct LAMBDA_JSON Inner { T value; };\n"
                             "template <class T> struct LAMBDA_JSON Envelope { T detail; };\n"
                             "struct LAMBDA_JSON Event { std::vector<Envelope<Inner<int>>> items; LAMBDA_JSON_SKIP "
                             "Inner<long> skipped; };\n"}});
  ASSERT_TRUE(result.module) << ::testing::PrintToString(errors(result));
  std::vector<std::string> names;
  for (const auto& t : result.module->types) names.push_back(model::qualified_name(t));
  EXPECT_EQ(names, (std::vector<std::string>{"::Inner<long>", "::Mine"}));
  ASSERT_EQ(result.module->includes.size(), 1u);
  EXPECT_EQ(result.module->includes[0].path, "events.json.h");
}

TEST(Scan, LeavesTheSpecializationsAnIncludedHeadersAliasUsesToThatHeader) {
  // events.h names Outer<int> in an alias, so it generates Outer<int> and Inner<int> (a member of
  // that) too: this header must generate neither again.
  ScanResult result = scan(R"(
#include <lambda/json/annotate.h>
#include "events.h"
struct LAMBDA_JSON Mine { Inner<int> inner; Outer<int> outer; Inner<long> own; };
)",
                           {{"/virtual/include/events.h",
                             "#pragma once\n#include <lambda/json/annotate.h>\n"
                             "template <class T> struct LAMBDA_JSON Inner { T value; };\n"
                             "template <class T> struct LAMBDA_JSON Outer { Inner<T> inner; };\n"
                             "using OuterInt LAMBDA_JSON = Outer<int>;\n"}});
  ASSERT_TRUE(result.module) << ::testing::PrintToString(errors(result));
  std::vector<std::string> names;
  for (const auto& t : result.module->types) names.push_back(model::qualified_name(t));
  EXPECT_EQ(names, (std::vector<std::string>{"::Inner<long>", "::Mine"}));
  ASSERT_EQ(result.module->includes.size(), 1u);
  EXPECT_EQ(result.module->includes[0].path, "events.json.h");
}

TEST(Scan, ReportsEveryUnsupportedMemberAtItsLocation) {
  struct Case {
    std::string declaration;  // one member, on its own line
    std::string name;         // where the diagnostic points
    std::string message;
  };
  const std::vector<Case> cases = {
      {"long double total;", "total",
       "field 'Bad::total' has unsupported type 'long double': long double is not supported; use double"},
      {"char letter;", "letter", "field 'Bad::letter' has unsupported type 'char': plain 'char' is ambiguous"},
      {"wchar_t wide;", "wide",
       "field 'Bad::wide' has unsupported type 'wchar_t': 'wchar_t' is not a supported arithmetic type"},
      {"int* pointer;", "pointer", "field 'Bad::pointer' has unsupported type 'int *': pointers are not supported"},
      {"int array[3];", "array",
       "field 'Bad::array' has unsupported type 'int[3]': C arrays are not supported; use std::vector"},
      {"const int& ref;", "ref", "field 'Bad::ref' has unsupported type 'const int &': references are not supported"},
      {"const int constant = 1;", "constant",
       "field 'Bad::constant' has unsupported type 'const int': const or volatile types cannot be read into"},
      {"int bits : 3;", "bits", "field 'Bad::bits' is a bit-field, which is not supported"},
      {"Plain plain;", "plain",
       "field 'Bad::plain' has unsupported type 'Plain': type 'Plain' is not annotated with LAMBDA_JSON"},
      {"Mood mood;", "mood",
       "field 'Bad::mood' has unsupported type 'Mood': enum 'Mood' is not annotated with LAMBDA_JSON"},
      {"std::list<int> history;", "history",
       "field 'Bad::history' has unsupported type 'std::list<int>': 'std::list' is not a supported standard type"},
      {"std::map<int, int> by_number;", "by_number", "std::map keys must be std::string or std::string_view"},
      {"std::vector<long double> nested;", "nested",
       "has unsupported type 'std::vector<long double>': long double is not supported"},
      {"std::variant<A, B> either;", "either", "std::variant alternatives '::A' and '::B' both accept JSON object"},
      {"std::monostate nothing;", "nothing", "std::monostate is supported only as a std::variant alternative"},
      {"std::byte one_byte;", "one_byte", "std::byte is supported only as std::vector<std::byte> (base64)"},
      {"std::chrono::steady_clock::time_point started;", "started", "only time points of std::chrono::system_clock"},
      {"std::chrono::seconds timeout;", "timeout", "durations are not supported"},
      {"std::u16string utf16;", "utf16", "only strings of char (std::string, std::string_view) are supported"},
      {"Box<int> box;", "box",
       "'Box<int>' is a specialization of class template 'Box', which is not annotated with LAMBDA_JSON"},
      {"struct { int x; } unnamed;", "unnamed", "unnamed types are not supported"},
      {"LAMBDA_JSON_WRITE_NULL int not_optional;", "not_optional",
       "field 'Bad::not_optional' is marked LAMBDA_JSON_WRITE_NULL but is not a std::optional"},
  };
  std::ostringstream code;
  code << "#include <lambda/json/annotate.h>\n#include <chrono>\n#include <cstddef>\n#include <list>\n#include <map>\n"
          "#include <string>\n#include <variant>\n#include <vector>\n"
          "struct Plain {};\nenum class Mood { ok };\ntemplate <class T> struct Box { T t; };\n"
          "struct LAMBDA_JSON A { int a; };\nstruct LAMBDA_JSON B { int b; };\n"
          "class LAMBDA_JSON Bad {\npublic:\n";
  unsigned line = 16;
  std::vector<std::string> expected;
  for (const auto& c : cases) {
    code << "  " << c.declaration << "\n";
    expected.push_back(std::to_string(line) + ":" + std::to_string(3 + c.declaration.find(c.name)) +
                       ": lambdagen: " + c.message);
    ++line;
  }
  code << "private:\n  int hidden;\n};\n";
  expected.push_back(std::to_string(line + 1) +
                     ":7: lambdagen: field 'Bad::hidden' is not public; make it public "
                     "or mark it LAMBDA_JSON_SKIP");
  ScanResult result = scan(code.str());
  EXPECT_FALSE(result.module);
  std::vector<std::string> got = errors(result);
  ASSERT_EQ(got.size(), expected.size()) << ::testing::PrintToString(got);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    // Each expected message may stop before the end of the reason.
    EXPECT_EQ(got[i].substr(0, got[i].find(": lambdagen: ")), expected[i].substr(0, expected[i].find(": lambdagen: ")));
    std::string want_message = expected[i].substr(expected[i].find(": lambdagen: "));
    EXPECT_NE(got[i].find(want_message.substr(want_message.find("lambdagen: ") + 11)), std::string::npos)
        << "got:  " << got[i] << "\nwant: " << expected[i];
  }
}

TEST(Scan, ReportsInvalidDeclarationsAndAnnotations) {
  ScanResult result = scan(R"(#include <lambda/json/annotate.h>
#include <string>
union LAMBDA_JSON U { int i; float f; };
struct LAMBDA_JSON LAMBDA_JSON_NAMING("kebab-case") K { int x; };
struct LAMBDA_JSON D {
  LAMBDA_JSON_NAME("id") std::string first;
  LAMBDA_JSON_NAME("id") std::string second;
};
struct Base { int x; };
struct LAMBDA_JSON H : Base { int x; };
class Hidden { public: int y; };
struct LAMBDA_JSON P : private Hidden {};
enum class LAMBDA_JSON E { a LAMBDA_JSON_NAME("same"), b LAMBDA_JSON_NAME("same") };
struct LAMBDA_JSON T { [[clang::annotate("lambda.json.requried")]] int typo; };
namespace { struct LAMBDA_JSON Anon { int a; }; }
)");
  EXPECT_FALSE(result.module);
  EXPECT_EQ(errors(result),
            (std::vector<std::string>{
                "3:19: lambdagen: type 'U' cannot be serialized: unions are not supported; use std::variant",
                "4:20: lambdagen: unknown naming policy \"kebab-case\"; use \"as_declared\", \"camelCase\", "
                "\"PascalCase\" or \"snake_case\"",
                "7:38: lambdagen: 'D::second' has JSON name \"id\", already used by 'D::first'",
                "10:35: lambdagen: field 'H::x' hides the member 'Base::x' of a base class",
                "12:32: lambdagen: type 'P' cannot be serialized: base class 'Hidden' is not public",
                "13:56: lambdagen: 'E::b' has JSON name \"same\", already used by 'E::a'",
                "14:26: lambdagen: unknown annotation 'lambda.json.requried'",
                "15:32: lambdagen: type '(anonymous namespace)::Anon' cannot be serialized: types in anonymous "
                "namespaces or functions cannot be named by generated code",
            }));
  // The duplicate name points at its first use with a note.
  bool noted = false;
  for (const auto& d : result.diagnostics)
    if (d.severity == ScanDiagnostic::Severity::note && d.message == "lambdagen: 'D::first' declared here")
      noted = d.line == 6 && d.column == 38;
  EXPECT_TRUE(noted);
}

TEST(Scan, CompileErrorsFailTheScanWithoutAModel) {
  ScanResult result = scan("#include <lambda/json/annotate.h>\nstruct LAMBDA_JSON X { undeclared_t y; };\n");
  EXPECT_FALSE(result.module);
  ASSERT_FALSE(errors(result).empty());
  EXPECT_EQ(errors(result)[0], "2:24: unknown type name 'undeclared_t'");
}

}  // namespace
}  // namespace lambdagen::codegen::scan
