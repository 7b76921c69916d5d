#pragma once
/// \file
/// Emits `<input>.testing.h`: for every annotated type, a builder of arbitrary values and a
/// member-wise equality, the generated half of lambda/json/testing.h. Only tests include it, so
/// production code never compiles it.

#include "model/module.h"

#include <string>
#include <string_view>

namespace lambdagen::codegen::emit {

/// The generated testing header for `module`; `codec_header` is how it includes the module's
/// generated codecs ("shop/order.json.h").
std::string emit_testing_header(const model::Module& module, std::string_view codec_header);

/// The testing header that belongs with a generated codec header: "x/order.json.h" → "x/order.testing.h".
std::string testing_header_name(std::string_view codec_header);

}  // namespace lambdagen::codegen::emit
