#include "model/module.h"

#include <map>

namespace lambdagen::codegen::model {
namespace {

void collect_used_types(const TypeRef& type, std::vector<std::string>& out) {
  if (type.kind == TypeKind::record || type.kind == TypeKind::enumeration) out.push_back(type.spelling);
  for (const auto& arg : type.args) collect_used_types(arg, out);
}

std::vector<std::string> used_types(const TypeDecl& type) {
  std::vector<std::string> out;
  if (const auto* record = std::get_if<Record>(&type))
    for (const auto& field : record->fields) collect_used_types(field.type, out);
  return out;
}

}  // namespace

const std::string& qualified_name(const TypeDecl& type) {
  return std::visit([](const auto& t) -> const std::string& { return t.qualified_name; }, type);
}

std::string generated_header_name(std::string_view input_header) {
  std::size_t slash = input_header.find_last_of('/');
  std::size_t dot = input_header.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) dot = input_header.size();
  return std::string(input_header.substr(0, dot)) + ".json.h";
}

void order_by_dependencies(Module& module) {
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < module.types.size(); ++i) index_of.emplace(qualified_name(module.types[i]), i);

  enum class Mark { none, visiting, done };
  std::vector<Mark> marks(module.types.size(), Mark::none);
  std::vector<std::size_t> order;
  auto visit = [&](auto& self, std::size_t i) -> void {
    if (marks[i] != Mark::none) return;
    marks[i] = Mark::visiting;
    for (const auto& used : used_types(module.types[i])) {
      auto it = index_of.find(used);
      if (it != index_of.end()) self(self, it->second);
    }
    marks[i] = Mark::done;
    order.push_back(i);
  };
  for (std::size_t i = 0; i < module.types.size(); ++i) visit(visit, i);

  std::vector<TypeDecl> sorted;
  sorted.reserve(order.size());
  for (std::size_t i : order) sorted.push_back(std::move(module.types[i]));
  module.types = std::move(sorted);
}

}  // namespace lambdagen::codegen::model
