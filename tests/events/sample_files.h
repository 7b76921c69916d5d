#pragma once
// Event samples read from files: the third-party fixtures (../shared/fixtures, when present) and
// our own (tests/events/samples).

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace events_test {

/// The third-party fixtures folder (LAMBDAGEN_FIXTURES at run time, else the one given at configure
/// time); empty when there is none.
inline std::filesystem::path fixtures_dir() {
  const char* from_env = std::getenv("LAMBDAGEN_FIXTURES");
  std::filesystem::path dir =
      from_env && *from_env ? std::filesystem::path(from_env) : std::filesystem::path(LAMBDAGEN_FIXTURES_DIR);
  std::error_code ec;
  return !dir.empty() && std::filesystem::is_directory(dir, ec) ? dir : std::filesystem::path();
}

/// The bytes of a file; std::nullopt when it cannot be opened.
inline std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

/// A third-party sample ("aws-lambda-go/sqs-event.json"); std::nullopt when the fixtures are absent.
inline std::optional<std::string> fixture(std::string_view name) {
  const auto dir = fixtures_dir();
  if (dir.empty()) return std::nullopt;
  return read_file(dir / name);
}

/// One of our samples ("SQSEvent.unicode-escapes-extremes.json"); empty text when missing, which
/// the event parser then reports.
inline std::string own_sample(std::string_view name) {
  return read_file(std::filesystem::path(LAMBDAGEN_OWN_SAMPLES_DIR) / name).value_or("");
}

}  // namespace events_test

/// In a GoogleTest body: the third-party sample `name` parsed as `Event` into `var` (a
/// json::result), or the test is skipped, saying which sample, when the fixtures folder is absent.
#define LOAD_FIXTURE_OR_SKIP(Event, var, name)                                                       \
  auto var##_text = events_test::fixture(name);                                                      \
  if (!var##_text) GTEST_SKIP() << "third-party fixtures folder absent: " << name << " not checked"; \
  auto var = lambda::json::parse<Event>(*var##_text);                                                \
  ASSERT_TRUE(var) << name << ": " << var.error().message()
