// The driver's command line and its output writing.

#include "driver/options.h"
#include "driver/output_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace lambdagen::codegen::driver {
namespace {

TEST(Options, ParsesTheDocumentedCommandLine) {
  std::string error;
  auto options = parse_options({"--input", "src/order.h", "--out-header", "o/order.json.h", "--out-source",
                                "o/order.json.cpp", "--", "-DX=1", "-Iinc"},
                               error);
  ASSERT_TRUE(options) << error;
  EXPECT_EQ(options->input, "src/order.h");
  EXPECT_EQ(options->include_as, "order.h");  // defaults to the file name
  EXPECT_EQ(options->compiler_flags, (std::vector<std::string>{"-DX=1", "-Iinc"}));
}

TEST(Options, ReportsMissingAndUnknownArguments) {
  std::string error;
  EXPECT_FALSE(parse_options({"--input", "a.h", "--out-header", "a.json.h"}, error));
  EXPECT_EQ(error, "missing --out-source");
  EXPECT_FALSE(parse_options({"--bogus"}, error));
  EXPECT_EQ(error, "unknown argument '--bogus'");
  EXPECT_FALSE(parse_options({"--input"}, error));
  EXPECT_EQ(error, "missing value after '--input'");
}

TEST(Options, TakesASchemaFolderAndItsList) {
  std::string error;
  std::vector<std::string> args = {"--input", "a.h", "--out-header", "a.json.h", "--out-source", "a.json.cpp"};
  std::vector<std::string> with_dir = args;
  with_dir.insert(with_dir.end(), {"--out-schema-dir", "schema", "--out-schema-list", "a.schemas"});
  auto options = parse_options(with_dir, error);
  ASSERT_TRUE(options) << error;
  EXPECT_EQ(options->schema_dir, "schema");
  EXPECT_EQ(options->schema_list, "a.schemas");
  std::vector<std::string> list_only = args;
  list_only.insert(list_only.end(), {"--out-schema-list", "a.schemas"});
  EXPECT_FALSE(parse_options(list_only, error));
  EXPECT_EQ(error, "--out-schema-list needs --out-schema-dir");
}

TEST(Options, SplitsAFlagsFileOnePerLine) {
  EXPECT_EQ(split_flags_file("-std=c++20\n\n-I/a b/c\r\n-isystem /usr/x\n  -DNAME=some value\n-include pre.h\n"),
            (std::vector<std::string>{"-std=c++20", "-I/a b/c", "-isystem", "/usr/x", "-DNAME=some value", "-include",
                                      "pre.h"}));
}

TEST(Options, FlagsFileComesBeforeTrailingFlags) {
  auto dir = std::filesystem::temp_directory_path() / "lambdagen_options_test";
  std::filesystem::create_directories(dir);
  auto flags = (dir / "flags.txt").string();
  std::ofstream(flags) << "-Ifrom_file\n";
  std::string error;
  auto options = parse_options({"--input", "a.h", "--out-header", "a.json.h", "--out-source", "a.json.cpp",
                                "--flags-file", flags, "--", "-Ilast"},
                               error);
  ASSERT_TRUE(options) << error;
  EXPECT_EQ(options->compiler_flags, (std::vector<std::string>{"-Ifrom_file", "-Ilast"}));
  EXPECT_FALSE(parse_options(
      {"--input", "a.h", "--out-header", "h", "--out-source", "s", "--flags-file", (dir / "missing.txt").string()},
      error));
  std::filesystem::remove_all(dir);
}

TEST(OutputFile, WritesOnlyWhenTheContentChanges) {
  auto dir = std::filesystem::temp_directory_path() / "lambdagen_output_test";
  std::filesystem::remove_all(dir);
  auto path = (dir / "sub" / "x.json.h").string();
  std::string error;
  EXPECT_EQ(write_if_changed(path, "one", error), WriteOutcome::written);
  auto stamp = std::filesystem::last_write_time(path);
  EXPECT_EQ(write_if_changed(path, "one", error), WriteOutcome::unchanged);
  EXPECT_EQ(std::filesystem::last_write_time(path), stamp);
  EXPECT_EQ(write_if_changed(path, "two", error), WriteOutcome::written);
  std::ifstream in(path);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, "two");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace lambdagen::codegen::driver
