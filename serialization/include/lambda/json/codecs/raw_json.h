#pragma once
/// \file
/// The codec of <lambda/json/raw_json.h>: any JSON value, kept as its text.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/raw_json.h>
#include <lambda/json/writer.h>

#include <string_view>

namespace lambda::json {

template <>
struct codec<raw_json> {
  static constexpr kinds accepts =
      kinds::null | kinds::boolean | kinds::number | kinds::string | kinds::array | kinds::object;
  static bool read(detail::reader& r, detail::value& v, raw_json& out) {
    std::string_view text;
    if (!r.raw_text(v, text)) return false;
    if (text == "null") text = {};
    detail::assign_compact(out.text, text);
    return true;
  }
  static void write(writer& w, const raw_json& v) {
    if (v.text.empty())
      w.null();
    else
      w.raw(v.text);
  }
};

}  // namespace lambda::json
