#pragma once
/// \file
/// All of Lambdagen's JSON: the entry points of <lambda/json/base.h> (parse, parse_into,
/// to_string), the codecs of the standard types and of the library's own (raw_json, times,
/// base64 bytes, containers), the parser and the writer. Generated `<header>.json.cpp` files
/// include it; so does code that parses or writes a library type directly
/// (`parse<std::vector<Order>>`) or defines a codec of its own. It includes simdjson.

#include <lambda/json/annotate.h>
#include <lambda/json/base.h>
#include <lambda/json/base64.h>
#include <lambda/json/codec.h>
#include <lambda/json/codecs/base64.h>
#include <lambda/json/codecs/containers.h>
#include <lambda/json/codecs/flat_map.h>
#include <lambda/json/codecs/map.h>
#include <lambda/json/codecs/optional.h>
#include <lambda/json/codecs/raw_json.h>
#include <lambda/json/codecs/scalar.h>
#include <lambda/json/codecs/string.h>
#include <lambda/json/codecs/tagged.h>
#include <lambda/json/codecs/time.h>
#include <lambda/json/codecs/variant.h>
#include <lambda/json/codecs/vector.h>
#include <lambda/json/error.h>
#include <lambda/json/parser.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/result.h>
#include <lambda/json/time.h>
#include <lambda/json/writer.h>

#include <simdjson.h>

#include <string>
#include <string_view>

namespace lambda::json {

/// Re-formats compact (or any valid) JSON with newlines and `spaces` of indentation per level.
std::string indent(std::string_view json, int spaces = 2);

/// The name of the simdjson kernel that reading runs on in this build ("haswell", "arm64", …;
/// "fallback" means the build flags did not enable SIMD — see LAMBDAGEN_TARGET_ARCH_FLAGS).
/// It is inline because the kernel is chosen by the flags of the code that includes simdjson.
inline std::string_view active_kernel() noexcept { return SIMDJSON_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION); }

}  // namespace lambda::json
