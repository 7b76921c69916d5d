#include "emit/json_tree.h"

#include "emit/cpp_literal.h"

#include <algorithm>

namespace lambdagen::codegen::emit {

JsonTree& JsonTree::operator[](std::string_view key) {
  auto& members = std::get<Object>(value_);
  for (auto& [name, value] : members) {
    if (name == key) return value;
  }
  members.emplace_back(std::string(key), JsonTree());
  return members.back().second;
}

const JsonTree* JsonTree::find(std::string_view key) const {
  if (!is_object()) return nullptr;
  for (const auto& [name, value] : members()) {
    if (name == key) return &value;
  }
  return nullptr;
}

std::string JsonTree::dump() const {
  std::string out;
  dump_to(out, 0);
  out += '\n';
  return out;
}

void JsonTree::dump_to(std::string& out, int depth) const {
  auto newline = [&out](int level) {
    out += '\n';
    out.append(static_cast<std::size_t>(level) * 2, ' ');
  };
  if (is_null()) {
    out += "null";
  } else if (const bool* b = std::get_if<bool>(&value_)) {
    out += *b ? "true" : "false";
  } else if (const auto* i = std::get_if<std::int64_t>(&value_)) {
    out += std::to_string(*i);
  } else if (const auto* u = std::get_if<std::uint64_t>(&value_)) {
    out += std::to_string(*u);
  } else if (const auto* n = std::get_if<NumberText>(&value_)) {
    out += n->text;
  } else if (is_string()) {
    out += json_string_token(string());
  } else if (is_array()) {
    const Array& a = elements();
    bool flat = std::none_of(a.begin(), a.end(), [](const JsonTree& e) { return e.is_array() || e.is_object(); });
    out += '[';
    for (std::size_t k = 0; k < a.size(); ++k) {
      if (k != 0) out += flat ? ", " : ",";
      if (!flat) newline(depth + 1);
      a[k].dump_to(out, depth + 1);
    }
    if (!flat && !a.empty()) newline(depth);
    out += ']';
  } else {
    const Object& o = members();
    out += '{';
    for (std::size_t k = 0; k < o.size(); ++k) {
      if (k != 0) out += ',';
      newline(depth + 1);
      out += json_string_token(o[k].first);
      out += ": ";
      o[k].second.dump_to(out, depth + 1);
    }
    if (!o.empty()) newline(depth);
    out += '}';
  }
}

}  // namespace lambdagen::codegen::emit
