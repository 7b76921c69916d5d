#include "driver/options.h"

#include <fstream>
#include <sstream>
#include <string_view>

namespace lambdagen::codegen::driver {
namespace {

constexpr std::string_view separate_value_options[] = {"-isystem", "-iquote", "-idirafter", "-include",
                                                       "-imacros", "-I",      "-D",         "-U"};

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return std::string(s);
}

std::string file_name(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string usage() {
  return "usage: lambdagen-codegen --input HEADER --out-header FILE --out-source FILE\n"
         "                         [--out-testing FILE] [--include-as PATH] [--flags-file FILE]\n"
         "                         [--out-schema-dir DIR [--out-schema-list FILE]]\n"
         "                         [--resource-dir DIR]\n"
         "                         [-- COMPILER-FLAGS...]\n"
         "\n"
         "Generates the lambda::json codecs of the LAMBDA_JSON types defined in HEADER.\n"
         "  --input HEADER      the annotated header to read\n"
         "  --include-as PATH   how code includes HEADER (\"shop/order.h\"); default: its file name\n"
         "  --out-header FILE   the generated header (HEADER's name with .json.h)\n"
         "  --out-source FILE   the generated source (.json.cpp)\n"
         "  --out-testing FILE  also the testing header (.testing.h): arbitrary-value builders and\n"
         "                      equality for round-trip and fuzz tests\n"
         "  --out-schema-dir DIR\n"
         "                      also a JSON Schema (2020-12) per annotated type, written as\n"
         "                      DIR/<qualified name, :: as .>.schema.json (shop.Order.schema.json)\n"
         "  --out-schema-list FILE\n"
         "                      the file names of those schemas, one a line (for build systems)\n"
         "  --flags-file FILE   compile flags of the target, one per line (-I..., -D..., -std=...)\n"
         "  --resource-dir DIR  clang's resource directory, if not the configured one\n"
         "Outputs are written only when their content changes.\n";
}

std::vector<std::string> split_flags_file(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::string flag = trimmed(line);
    if (flag.empty()) continue;
    std::size_t space = flag.find_first_of(" \t");
    if (space != std::string::npos) {
      std::string_view option(flag.data(), space);
      for (std::string_view known : separate_value_options) {
        if (option == known) {
          out.emplace_back(option);
          out.push_back(trimmed(std::string_view(flag).substr(space + 1)));
          option = {};
          break;
        }
      }
      if (option.empty()) continue;
    }
    out.push_back(std::move(flag));
  }
  return out;
}

std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error) {
  Options options;
  std::string flags_file;
  std::vector<std::string> trailing;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      trailing.assign(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
      break;
    }
    if (arg == "--help" || arg == "-h") {
      options.help = true;
      return options;
    }
    std::string* target = nullptr;
    if (arg == "--input")
      target = &options.input;
    else if (arg == "--include-as")
      target = &options.include_as;
    else if (arg == "--out-header")
      target = &options.out_header;
    else if (arg == "--out-source")
      target = &options.out_source;
    else if (arg == "--out-testing")
      target = &options.out_testing;
    else if (arg == "--out-schema-dir")
      target = &options.schema_dir;
    else if (arg == "--out-schema-list")
      target = &options.schema_list;
    else if (arg == "--flags-file")
      target = &flags_file;
    else if (arg == "--resource-dir")
      target = &options.resource_dir;
    if (!target) {
      error = "unknown argument '" + arg + "'";
      return std::nullopt;
    }
    if (i + 1 == args.size()) {
      error = "missing value after '" + arg + "'";
      return std::nullopt;
    }
    *target = args[++i];
  }
  for (auto [value, name] : {std::pair{&options.input, "--input"}, std::pair{&options.out_header, "--out-header"},
                             std::pair{&options.out_source, "--out-source"}}) {
    if (value->empty()) {
      error = std::string("missing ") + name;
      return std::nullopt;
    }
  }
  if (!options.schema_list.empty() && options.schema_dir.empty()) {
    error = "--out-schema-list needs --out-schema-dir";
    return std::nullopt;
  }
  if (options.include_as.empty()) options.include_as = file_name(options.input);
  if (!flags_file.empty()) {
    std::ifstream in(flags_file, std::ios::binary);
    if (!in) {
      error = "cannot read flags file '" + flags_file + "'";
      return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    options.compiler_flags = split_flags_file(text.str());
  }
  options.compiler_flags.insert(options.compiler_flags.end(), trailing.begin(), trailing.end());
  return options;
}

}  // namespace lambdagen::codegen::driver
