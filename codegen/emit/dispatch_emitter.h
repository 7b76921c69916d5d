#pragma once
/// \file
/// Prints a model::DispatchPlan as nested `switch` statements.

#include "emit/printer.h"
#include "model/dispatch_plan.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lambdagen::codegen::emit {

/// Prints the switches that route the std::string_view named `subject` by its length and bytes,
/// per `plan` over `keys`, down to one `if (subject == "key") { ... }` per key. `on_match(i)`
/// prints the body for keys[i]; it must leave the enclosing loop or function (`continue`,
/// `return`), since a key that matches no body falls out of the switch. Prints nothing for no keys.
void print_dispatch(Printer& p, std::string_view subject, const std::vector<std::string>& keys,
                    const model::DispatchPlan& plan, const std::function<void(std::size_t)>& on_match);

}  // namespace lambdagen::codegen::emit
