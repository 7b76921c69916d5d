#include "emit/dispatch_emitter.h"

#include "emit/cpp_literal.h"

namespace lambdagen::codegen::emit {
namespace {

void print_node(Printer& p, std::string_view subject, const std::vector<std::string>& keys,
                const model::DispatchNode& node, const std::function<void(std::size_t)>& on_match) {
  if (node.is_leaf()) {
    std::string literal = cpp_string_literal(keys[node.candidate]);
    // The switch on the subject's size has already checked the length.
    p.print("if (lambda::json::detail::same_key($subject$, $literal$)) {\n",
            {{"subject", subject}, {"literal", literal}});
    p.indent();
    on_match(node.candidate);
    p.outdent();
    p.print("}\n");
    return;
  }
  std::string position = std::to_string(node.position);
  p.print("switch ($subject$[$position$]) {\n", {{"subject", subject}, {"position", position}});
  p.indent();
  for (const auto& branch : node.branches) {
    std::string label = cpp_char_literal(branch.byte);
    p.print("case $label$:\n", {{"label", label}});
    p.indent();
    print_node(p, subject, keys, branch.next, on_match);
    p.print("break;\n");
    p.outdent();
  }
  p.outdent();
  p.print("}\n");
}

}  // namespace

void print_dispatch(Printer& p, std::string_view subject, const std::vector<std::string>& keys,
                    const model::DispatchPlan& plan, const std::function<void(std::size_t)>& on_match) {
  if (plan.groups.empty()) return;
  p.print("switch ($subject$.size()) {\n", {{"subject", subject}});
  p.indent();
  for (const auto& group : plan.groups) {
    std::string length = std::to_string(group.length);
    p.print("case $length$:\n", {{"length", length}});
    p.indent();
    print_node(p, subject, keys, group.node, on_match);
    p.print("break;\n");
    p.outdent();
  }
  p.outdent();
  p.print("}\n");
}

}  // namespace lambdagen::codegen::emit
