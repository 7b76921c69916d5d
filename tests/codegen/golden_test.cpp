// Golden tests: the generator, run as the build runs it, on tests/codegen/inputs/*.h must
// produce tests/codegen/golden/*.json.{h,cpp} byte for byte; on inputs/bad_*.h it must fail
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
};

/// Runs the generator from the inputs folder, so diagnostics name files as the user wrote them.
GeneratorRun generate(const std::string& input) {
  std::string stem = fs::path(input).stem().string();
  fs::create_directories(output_dir);
  GeneratorRun run{
      0, {}, output_dir / (stem + ".json.h"), output_dir / (stem + ".json.cpp"), output_dir / (stem + ".testing.h")};
  fs::remove(run.header);
  fs::remove(run.source);
  fs::remove(run.testing);
  fs::path err = output_dir / (stem + ".stderr");
  std::string command = "cd \"" + inputs_dir.string() + "\" && \"" LAMBDAGEN_CODEGEN_EXE "\" --input " + input +
                        " --include-as " + input + " --out-header \"" + run.header.string() + "\" --out-source \"" +
                        run.source.string() + "\" --out-testing \"" + run.testing.string() +
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

  // Deterministic: a run from scratch produces the same bytes again.
  GeneratorRun again = generate(GetParam());
  ASSERT_EQ(again.status, 0) << again.stderr_text;
  EXPECT_EQ(read(again.header), header);
  EXPECT_EQ(read(again.source), source);
  EXPECT_EQ(read(again.testing), testing);
}

INSTANTIATE_TEST_SUITE_P(Inputs, Golden, ::testing::ValuesIn(inputs(false)),
                         [](const auto& info) { return fs::path(info.param).stem().string(); });

class GoldenFailure : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenFailure, GeneratorFailsWithTheDiagnostics) {
  GeneratorRun run = generate(GetParam());
  EXPECT_NE(run.status, 0);
  EXPECT_FALSE(fs::exists(run.header));
  EXPECT_FALSE(fs::exists(run.source));
  EXPECT_NE(run.stderr_text.find("error: lambdagen: "), std::string::npos) << run.stderr_text;
  check_golden(fs::path(GetParam()).stem().string() + ".stderr", run.stderr_text);
}

INSTANTIATE_TEST_SUITE_P(BadInputs, GoldenFailure, ::testing::ValuesIn(inputs(true)),
                         [](const auto& info) { return fs::path(info.param).stem().string(); });

}  // namespace
