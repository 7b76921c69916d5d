#include "scan/enum_reader.h"

#include "scan/annotations.h"
#include "scan/naming.h"

#include <llvm/ADT/APSInt.h>

#include <vector>

namespace lambdagen::codegen::scan {

std::optional<model::Enum> read_enum(const clang::EnumDecl& decl, ScanContext& context) {
  unsigned errors_before = context.reporter.errors();
  std::string name = decl.getQualifiedNameAsString();
  clang::SourceLocation at = decl.getLocation();
  Annotations annotations = read_annotations(decl, context.reporter);
  if (!decl.getIdentifier() || decl.isInAnonymousNamespace() || decl.getParentFunctionOrMethod()) {
    context.reporter.unsupported_declaration(at, decl.getIdentifier() ? name : "(unnamed)",
                                             "unnamed enums and enums in anonymous namespaces or functions cannot "
                                             "be named by generated code");
    return std::nullopt;
  }
  if (annotations.null_as_default || annotations.reject_unknown) {
    context.reporter.unsupported_declaration(
        at, name,
        std::string("is marked ") +
            (annotations.null_as_default ? "LAMBDA_JSON_NULL_AS_DEFAULT" : "LAMBDA_JSON_REJECT_UNKNOWN") +
            ", which applies to structs, not enums (to read null as an "
            "enum's default, put it on the member or its struct)");
    return std::nullopt;
  }
  if (annotations.tag || annotations.tag_value) {
    context.reporter.unsupported_declaration(at, name,
                                             "is marked LAMBDA_JSON_TAG or LAMBDA_JSON_TAG_VALUE, which apply to a "
                                             "std::variant member and the structs it holds, not to enums");
    return std::nullopt;
  }
  model::Enum out;
  out.qualified_name = "::" + name;
  out.naming = naming_policy_of(annotations, context.reporter);
  out.position = context.position(at);

  std::vector<const clang::EnumConstantDecl*> accepted;
  for (const auto* constant : decl.enumerators()) {
    Annotations own = read_annotations(*constant, context.reporter);
    model::Enumerator enumerator;
    enumerator.name = constant->getNameAsString();
    enumerator.json_name = own.name ? *own.name : model::apply_naming_policy(out.naming, enumerator.name);
    bool duplicate = false;
    for (std::size_t i = 0; i < accepted.size(); ++i) {
      if (llvm::APSInt::isSameValue(accepted[i]->getInitVal(), constant->getInitVal())) enumerator.alias = true;
      if (out.enumerators[i].json_name == enumerator.json_name) {
        context.reporter.duplicate_name(constant->getLocation(), name + "::" + enumerator.name, enumerator.json_name,
                                        name + "::" + out.enumerators[i].name, accepted[i]->getLocation());
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    accepted.push_back(constant);
    out.enumerators.push_back(std::move(enumerator));
  }
  if (decl.enumerators().empty())
    context.reporter.unsupported_declaration(at, name, "an enum without enumerators has no JSON strings");
  if (context.reporter.errors() != errors_before) return std::nullopt;
  return out;
}

}  // namespace lambdagen::codegen::scan
