#pragma once
/// \file
/// How generated code names the codec that reads and writes a member type.

#include "model/type_ref.h"

#include <string>

namespace lambdagen::codegen::emit {

/// The codec of `type`: `lambda::json::codec<T>`, except for a tagged variant (and an optional
/// or vector of one), whose tags are part of its codec's name:
/// `lambda::json::tagged_codec<std::variant<A, B>, lambda::json::tags<"type", "a", "b">>`.
std::string codec_name(const model::TypeRef& type);

}  // namespace lambdagen::codegen::emit
