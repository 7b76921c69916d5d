// Every event type against samples: the third-party fixtures listed in fixture-types.tsv (when a
// fixtures folder is given) and our own samples in samples/, whose file names start with the type
// they hold (`SQSEvent.unicode.json`). Each sample is parsed, written, parsed and written again:
// the output must be a fixed point and, compared with the original by meaning, lose nothing
// beyond the differences events/README.md allows; its times must be spelled as they came.

#include "semantic_diff.h"

#include <lambda/events/catalog.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using lambda::events::tools::allowance;

struct sample {
  std::string name;  // relative path, e.g. "aws-lambda-go/sqs-event.json"
  fs::path path;
  std::string type;
  std::string expectation;  // "pass", "error TEXT" or "known REASON"
};

// Names the sample in test output instead of dumping its bytes.
void PrintTo(const sample& s, std::ostream* os) { *os << s.name << " as " << s.type; }

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

fs::path fixtures_dir() {
  const char* from_env = std::getenv("LAMBDAGEN_FIXTURES");
  fs::path dir = from_env && *from_env ? fs::path(from_env) : fs::path(LAMBDAGEN_FIXTURES_DIR);
  std::error_code ec;
  return !dir.empty() && fs::is_directory(dir, ec) ? dir : fs::path();
}

std::vector<sample> listed_fixtures() {
  std::vector<sample> out;
  const fs::path dir = fixtures_dir();
  if (dir.empty()) return out;
  std::ifstream table(LAMBDAGEN_FIXTURE_TABLE);
  std::string line;
  while (std::getline(table, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream row(line);
    sample s;
    std::getline(row, s.name, '\t');
    std::getline(row, s.type, '\t');
    std::getline(row, s.expectation);
    s.path = dir / s.name;
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::string> json_files_below(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      out.push_back(entry.path().lexically_relative(dir).generic_string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<sample> own_samples() {
  std::vector<sample> out;
  const fs::path dir(LAMBDAGEN_OWN_SAMPLES_DIR);
  for (const auto& name : json_files_below(dir)) {
    std::string type = fs::path(name).filename().string();
    type = type.substr(0, type.find('.'));
    out.push_back({name, dir / name, type, "pass"});
  }
  return out;
}

std::string test_name(const testing::TestParamInfo<sample>& info) {
  std::string name = info.param.name;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

// Parses, writes, re-parses and compares, as the sample's expectation says.
void check_sample(const sample& s) {
  const auto* type = lambda::events::find_event_type(s.type);
  ASSERT_NE(type, nullptr) << s.name << " is listed as " << s.type << ", which lambda::events does not have";
  const std::string text = read_file(s.path);
  ASSERT_FALSE(text.empty()) << "cannot read " << s.path;

  if (s.expectation.starts_with("error")) {
    auto parsed = type->check(text);
    ASSERT_FALSE(parsed) << s.name << " should not parse as " << s.type;
    EXPECT_THAT(parsed.error().message(), testing::HasSubstr(s.expectation.substr(6)));
    return;
  }

  auto written = type->roundtrip(text);
  ASSERT_TRUE(written) << s.name << " as " << s.type << ": " << written.error().message();
  auto rewritten = type->roundtrip(*written);
  ASSERT_TRUE(rewritten) << "our own output does not parse: " << rewritten.error().message() << "\n" << *written;
  EXPECT_EQ(*written, *rewritten) << "writing is not a fixed point";

  auto comparison = lambda::events::tools::compare_json(text, *written);
  ASSERT_TRUE(comparison.error.empty()) << comparison.error;
  // A time comes back spelled as it came: the member's type has the precision AWS writes, or keeps
  // the spelling (json::timestamp) where senders differ.
  std::string lost;
  std::map<allowance, int> allowed;
  for (const auto& d : comparison.differences) {
    if (d.allowed == allowance::none || d.allowed == allowance::time_spelling) {
      lost += "  " + lambda::events::tools::describe(d) + "\n";
    } else {
      ++allowed[d.allowed];
    }
  }
  for (const auto& [a, count] : allowed) {
    testing::Test::RecordProperty(std::string(lambda::events::tools::describe(a)), count);
  }
  if (s.expectation == "pass") {
    EXPECT_TRUE(lost.empty()) << s.name << " as " << s.type << " loses data or respells a time:\n" << lost;
  } else {
    EXPECT_FALSE(lost.empty()) << s.name << " is listed as a known difference (" << s.expectation
                               << ") but round-trips cleanly now: mark it pass";
  }
}

class ThirdPartyFixture : public testing::TestWithParam<sample> {};

TEST_P(ThirdPartyFixture, RoundTrips) { check_sample(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Fixtures, ThirdPartyFixture, testing::ValuesIn(listed_fixtures()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ThirdPartyFixture);

class OwnSample : public testing::TestWithParam<sample> {};

TEST_P(OwnSample, RoundTrips) { check_sample(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Samples, OwnSample, testing::ValuesIn(own_samples()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(OwnSample);

TEST(FixtureTable, ListsEveryFixtureAndNothingElse) {
  const fs::path dir = fixtures_dir();
  if (dir.empty()) {
    GTEST_SKIP() << "SKIPPED: no fixtures folder (set LAMBDAGEN_FIXTURES or configure with "
                    "-DLAMBDAGEN_FIXTURES_DIR=…/shared/fixtures); the third-party conformance tests did not run";
  }
  std::vector<std::string> listed;
  for (const auto& s : listed_fixtures()) listed.push_back(s.name);
  std::sort(listed.begin(), listed.end());
  std::vector<std::string> present = json_files_below(dir);
  std::vector<std::string> unlisted, missing;
  std::set_difference(present.begin(), present.end(), listed.begin(), listed.end(), std::back_inserter(unlisted));
  std::set_difference(listed.begin(), listed.end(), present.begin(), present.end(), std::back_inserter(missing));
  EXPECT_THAT(unlisted, testing::IsEmpty()) << "fixtures with no row in fixture-types.tsv";
  EXPECT_THAT(missing, testing::IsEmpty()) << "rows in fixture-types.tsv with no file";
}

TEST(OwnSamples, CoverEveryFamilyWeWroteSamplesFor) {
  EXPECT_FALSE(own_samples().empty()) << "tests/events/samples is empty";
}

}  // namespace
