#include "model/naming_policy.h"

namespace lambdagen::codegen::model {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = to_lower(c);
  return out;
}

std::string capitalized(std::string_view word) {
  std::string out = lowered(word);
  if (!out.empty()) out[0] = to_upper(out[0]);
  return out;
}

}  // namespace

std::optional<NamingPolicy> parse_naming_policy(std::string_view name) {
  if (name == "as_declared") return NamingPolicy::as_declared;
  if (name == "camelCase") return NamingPolicy::camel_case;
  if (name == "PascalCase") return NamingPolicy::pascal_case;
  if (name == "snake_case") return NamingPolicy::snake_case;
  return std::nullopt;
}

std::string_view naming_policy_name(NamingPolicy policy) {
  switch (policy) {
    case NamingPolicy::as_declared:
      return "as_declared";
    case NamingPolicy::camel_case:
      return "camelCase";
    case NamingPolicy::pascal_case:
      return "PascalCase";
    case NamingPolicy::snake_case:
      return "snake_case";
  }
  return "as_declared";
}

std::vector<std::string> split_identifier(std::string_view identifier) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < identifier.size(); ++i) {
    char c = identifier[i];
    if (c == '_') {
      flush();
      continue;
    }
    if (is_upper(c) && !current.empty()) {
      char prev = current.back();
      bool next_is_lower = i + 1 < identifier.size() && is_lower(identifier[i + 1]);
      // "fooBar" breaks before B; "HTTPRequest" breaks before the R that starts "Request".
      if (is_lower(prev) || is_digit(prev) || (is_upper(prev) && next_is_lower)) flush();
    }
    current += c;
  }
  flush();
  return words;
}

std::string apply_naming_policy(NamingPolicy policy, std::string_view identifier) {
  if (policy == NamingPolicy::as_declared) return std::string(identifier);
  std::vector<std::string> words = split_identifier(identifier);
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    switch (policy) {
      case NamingPolicy::camel_case:
        out += i == 0 ? lowered(words[i]) : capitalized(words[i]);
        break;
      case NamingPolicy::pascal_case:
        out += capitalized(words[i]);
        break;
      case NamingPolicy::snake_case:
        if (i != 0) out += '_';
        out += lowered(words[i]);
        break;
      case NamingPolicy::as_declared:
        break;
    }
  }
  return out;
}

}  // namespace lambdagen::codegen::model
