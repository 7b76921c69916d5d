#pragma once
/// \file
/// Module: everything generated from one input header.

#include "model/enumeration.h"
#include "model/record.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lambdagen::codegen::model {

/// An annotated type of the input header.
using TypeDecl = std::variant<Record, Enum>;

/// The fully qualified name of a record or enum.
const std::string& qualified_name(const TypeDecl& type);

/// A generated header of another input that this module's codecs use.
struct Include {
  /// As written between the quotes or brackets: "shop/money.json.h".
  std::string path;
  /// True for `<...>`: the other header was found on a system include path.
  bool angled = false;

  friend auto operator<=>(const Include&, const Include&) = default;
};

/// An annotated alias of the header, `using Name LAMBDA_JSON = Template<Args>;`.
struct Alias {
  /// Fully qualified: "::shop::Message".
  std::string qualified_name;
  /// The specialization it names, as TypeRef::spelling spells it: "::shop::basic_Message<std::string>".
  std::string target;
};

/// The annotated types of one header, in emission order, and the generated headers they need.
struct Module {
  /// The input header as the user's code includes it: "shop/order.h".
  std::string include_as;
  /// How the generated source includes the generated header: "order.json.h".
  std::string generated_header;
  std::vector<TypeDecl> types;
  /// Sorted and unique.
  std::vector<Include> includes;
  /// In declaration order. Their specializations are in `types` (or an included header's).
  std::vector<Alias> aliases;
};

/// The generated header name for an input header: "shop/order.h" becomes "shop/order.json.h"
/// (the extension, whatever it is, is replaced).
std::string generated_header_name(std::string_view input_header);

/// Reorders `module.types` so that every type comes after the types of the same module its
/// members use, keeping declaration order otherwise. Cycles (through std::vector or
/// std::optional of an incomplete type) are broken at the first type met again.
void order_by_dependencies(Module& module);

}  // namespace lambdagen::codegen::model
