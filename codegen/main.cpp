// lambdagen-codegen: scans one annotated header and writes its lambda::json codecs (and, when
// asked, the JSON Schemas of its types).

#include "driver/options.h"
#include "driver/output_file.h"
#include "emit/header_emitter.h"
#include "emit/schema_emitter.h"
#include "emit/source_emitter.h"
#include "emit/testing_emitter.h"
#include "scan/scanner.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#ifndef LAMBDAGEN_CLANG_RESOURCE_DIR
#error "LAMBDAGEN_CLANG_RESOURCE_DIR must name clang's resource directory"
#endif

namespace {

using namespace lambdagen::codegen;

/// How the generated source includes the generated header: by file name when both outputs sit
/// in one directory, else by the header's generated name relative to the include path.
std::string generated_header_include(const driver::Options& options) {
  std::filesystem::path header(options.out_header);
  std::filesystem::path source(options.out_source);
  if (header.parent_path() == source.parent_path()) return header.filename().string();
  return model::generated_header_name(options.include_as);
}

/// Removes the schemas the previous run listed in `list` that `names` (this run's list) no longer
/// has: types since removed from the header or renamed. Only this header's files are touched.
void remove_dropped_schemas(const std::string& list, const std::string& dir, const std::string& names) {
  std::ifstream previous(list);
  std::set<std::string> current;
  std::istringstream now(names);
  for (std::string line; std::getline(now, line);) current.insert(line);
  for (std::string line; std::getline(previous, line);) {
    std::error_code ignored;
    if (!line.empty() && !current.count(line) && line.find('/') == std::string::npos)
      std::filesystem::remove(std::filesystem::path(dir) / line, ignored);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string error;
  std::optional<driver::Options> options = driver::parse_options(args, error);
  if (!options) {
    std::cerr << "lambdagen-codegen: error: " << error << "\n\n" << driver::usage();
    return 2;
  }
  if (options->help) {
    std::cout << driver::usage();
    return 0;
  }

  scan::ScanRequest request;
  request.header = options->input;
  request.include_as = options->include_as;
  request.generated_header = generated_header_include(*options);
  request.compiler_flags = options->compiler_flags;
  request.resource_dir = options->resource_dir.empty() ? LAMBDAGEN_CLANG_RESOURCE_DIR : options->resource_dir;
  scan::ScanResult scanned = scan::scan_header(request);
  if (!scanned.module) return 1;

  std::vector<std::pair<std::string, std::string>> outputs{{options->out_header, emit::emit_header(*scanned.module)},
                                                           {options->out_source, emit::emit_source(*scanned.module)}};
  if (!options->out_testing.empty()) {
    outputs.emplace_back(options->out_testing,
                         emit::emit_testing_header(*scanned.module, model::generated_header_name(options->include_as)));
  }
  if (!options->schema_dir.empty()) {
    std::string names;
    for (emit::SchemaFile& schema : emit::emit_schemas(*scanned.module)) {
      names += schema.file_name + "\n";
      outputs.emplace_back((std::filesystem::path(options->schema_dir) / schema.file_name).string(),
                           std::move(schema.text));
    }
    if (!options->schema_list.empty()) {
      remove_dropped_schemas(options->schema_list, options->schema_dir, names);
      outputs.emplace_back(options->schema_list, std::move(names));
    }
  }
  for (const auto& [path, text] : outputs) {
    if (driver::write_if_changed(path, text, error) == driver::WriteOutcome::failed) {
      std::cerr << "lambdagen-codegen: error: " << error << "\n";
      return 1;
    }
  }
  return 0;
}
