// Golden tests: the generator, run as the build runs it, on tests/codegen/inputs/*.h must
// produce tests/codegen/golden/*.json.{h,cpp} and the JSON Schemas in golden/schema/<input>/
// byte for byte; on inputs/bad_*.h it must fail
// with the diagnostics in golden/bad_*.stderr and write nothing.
//
// LAMBDAGEN_UPDATE_GOLDEN=1 rewrites the golden files from the current generator instead.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path inputs_dir = fs::path(LAMBDAGEN_CODEGEN_TEST_DIR) / "inputs";
const fs::path golden_dir = fs::path(LAMBDAGEN_CODEGEN_TEST_DIR) / "golden";
const fs::path output_dir = fs::path(LAMBDAGEN_CODEGEN_OUTPUT_DIR);

bool updating() {
  const char* flag = std::getenv("LAMBDAGEN_UPDATE_GOLDEN");
  return flag && std::string(flag) == "1";
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::vector<std::string> inputs(bool bad) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(inputs_dir)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".h" && (name.rfind("bad_", 0) == 0) == bad) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

/// `text` with this checkout's absolute paths (clang prints files absolute) made relative.
std::string portable(std::string text) {
  auto replace_all = [&](const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  };
  replace_all(inputs_dir.string() + "/", "");
  replace_all(LAMBDAGEN_SERIALIZATION_INCLUDE_DIR "/", "<serialization/include>/");
  return text;
}

struct GeneratorRun {
  int status;
  std::string stderr_text;
  fs::path header;
  fs::path source;
  fs::path testing;
  fs::path schema_dir;
  fs::path schema_list;
};

/// Runs the generator from the inputs folder, so diagnostics name files as the user wrote them.
GeneratorRun generate(const std::string& input) {
  std::string stem = fs::path(input).stem().string();
  fs::create_directories(output_dir);
  GeneratorRun run{0,
                   {},
                   output_dir / (stem + ".json.h"),
                   output_dir / (stem + ".json.cpp"),
                   output_dir / (stem + ".testing.h"),
                   output_dir / (stem + ".schema"),
                   output_dir / (stem + ".schemas")};
  fs::remove(run.header);
  fs::remove(run.source);
  fs::remove(run.testing);
  fs::remove_all(run.schema_dir);
  fs::remove(run.schema_list);
  fs::path err = output_dir / (stem + ".stderr");
  std::string command = "cd \"" + inputs_dir.string() + "\" && \"" LAMBDAGEN_CODEGEN_EXE "\" --input " + input +
                        " --include-as " + input + " --out-header \"" + run.header.string() + "\" --out-source \"" +
                        run.source.string() + "\" --out-testing \"" + run.testing.string() + "\" --out-schema-dir \"" +
                        run.schema_dir.string() + "\" --out-schema-list \"" + run.schema_list.string() +
                        "\" -- -I\"" LAMBDAGEN_SERIALIZATION_INCLUDE_DIR "\" -I. 2> \"" + err.string() + "\"";
  run.status = std::system(command.c_str());
  run.stderr_text = portable(read(err));
  return run;
}

/// Compares `actual` with the golden file `name`, or rewrites it when updating.
void check_golden(const std::string& name, const std::string& actual) {
  fs::path golden = golden_dir / name;
  if (updating()) {
    write(golden, actual);
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with LAMBDAGEN_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, read(golden)) << "generated " << name << " differs from " << golden
                                  << "; if the change is intended, rerun with LAMBDAGEN_UPDATE_GOLDEN=1";
}

/// The schema files a run wrote, by name, as its list names them.
std::vector<std::string> listed_schemas(const GeneratorRun& run) {
  std::vector<std::string> names;
  std::istringstream lines(read(run.schema_list));
  for (std::string line; std::getline(lines, line);) names.push_back(line);
  return names;
}

/// Compares the schemas of a run with golden/schema/<stem>/, or rewrites that folder.
void check_golden_schemas(const std::string& stem, const GeneratorRun& run) {
  std::vector<std::string> names = listed_schemas(run);
  std::vector<std::string> written;
  for (const auto& entry : fs::directory_iterator(run.schema_dir)) written.push_back(entry.path().filename().string());
  std::sort(written.begin(), written.end());
  std::vector<std::string> sorted_names = names;
  std::sort(sorted_names.begin(), sorted_names.end());
  EXPECT_EQ(sorted_names, written) << "the schema list names exactly the schemas written";
  fs::path golden = golden_dir / "schema" / stem;
  if (updating()) fs::remove_all(golden);
  fs::create_directories(golden);
  std::vector<std::string> expected;
  for (const auto& entry : fs::directory_iterator(golden)) expected.push_back(entry.path().filename().string());
  std::sort(expected.begin(), expected.end());
  if (!updating()) {
    EXPECT_EQ(sorted_names, expected) << "schemas differ from " << golden;
  }
  for (const std::string& name : names) check_golden("schema/" + stem + "/" + name, read(run.schema_dir / name));
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, GeneratedCodeMatches) {
  GeneratorRun run = generate(GetParam());
  ASSERT_EQ(run.status, 0) << run.stderr_text;
  EXPECT_EQ(run.stderr_text, "");
  std::string stem = fs::path(GetParam()).stem().string();
  std::string header = read(run.header);
  std::string source = read(run.source);
  check_golden(stem + ".json.h", header);
  check_golden(stem + ".json.cpp", source);
  std::string testing = read(run.testing);
  check_golden(stem + ".testing.h", testing);
  check_golden_schemas(stem, run);

  // Deterministic: a run from scratch produces the same bytes again.
  GeneratorRun again = generate(GetParam());
  ASSERT_EQ(again.status, 0) << again.stderr_text;
  EXPECT_EQ(read(again.header), header);
  EXPECT_EQ(read(again.source), source);
  EXPECT_EQ(read(again.testing), testing);
  for (const std::string& name : listed_schemas(run))
    EXPECT_EQ(read(again.schema_dir / name), read(golden_dir / "schema" / stem / name)) << name;
}

INSTANTIATE_TEST_SUITE_P(Inputs, Golden, ::testing::ValuesIn(inputs(false)),
                         [](const auto& info) { return fs::path(info.param).stem().string(); });

// A header whose types change: the next run removes the schemas its previous list named that it
// no longer writes, and leaves other files of the folder alone.
TEST(GoldenSchemas, ARunRemovesTheSchemasOfTypesItNoLongerHas) {
  fs::path dir = output_dir / "changing.schema";
  fs::path list = output_dir / "changing.schemas";
  fs::remove_all(dir);
  fs::remove(list);
  fs::create_directories(dir);
  write(dir / "other.schema.json", "{}\n");  // another header's
  auto run = [&](const std::string& input) {
    std::string command = "cd \"" + inputs_dir.string() + "\" && \"" LAMBDAGEN_CODEGEN_EXE "\" --input " + input +
                          " --out-header \"" + (output_dir / "changing.json.h").string() + "\" --out-source \"" +
                          (output_dir / "changing.json.cpp").string() + "\" --out-schema-dir \"" + dir.string() +
                          "\" --out-schema-list \"" + list.string() +
                          "\" -- -I\"" LAMBDAGEN_SERIALIZATION_INCLUDE_DIR "\" -I.";
    return std::system(command.c_str());
  };
  ASSERT_EQ(run("money.h"), 0);
  EXPECT_TRUE(fs::exists(dir / "golden.shared.Money.schema.json"));
  ASSERT_EQ(run("naming.h"), 0);
  EXPECT_FALSE(fs::exists(dir / "golden.shared.Money.schema.json"));
  EXPECT_TRUE(fs::exists(dir / "golden.naming.Color.schema.json"));
  EXPECT_TRUE(fs::exists(dir / "other.schema.json"));
}

class GoldenFailure : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenFailure, GeneratorFailsWithTheDiagnostics) {
  GeneratorRun run = generate(GetParam());
  EXPECT_NE(run.status, 0);
  EXPECT_FALSE(fs::exists(run.header));
  EXPECT_FALSE(fs::exists(run.source));
  EXPECT_FALSE(fs::exists(run.schema_list));
  EXPECT_NE(run.stderr_text.find("error: lambdagen: "), std::string::npos) << run.stderr_text;
  check_golden(fs::path(GetParam()).stem().string() + ".stderr", run.stderr_text);
}

INSTANTIATE_TEST_SUITE_P(BadInputs, GoldenFailure, ::testing::ValuesIn(inputs(true)),
                         [](const auto& info) { return fs::path(info.param).stem().string(); });

}  // namespace
