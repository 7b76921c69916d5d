#include <lambda/json/custom_codec.h>
#include <lambda/json/detail/first_fault.h>

namespace lambda::json {

bool read_number_token(reader& r, value& v, std::string_view& out) {
  simdjson::ondemand::json_type type;
  if (auto e = v.type().get(type)) return r.fail_simdjson(e, "number");
  if (type != simdjson::ondemand::json_type::number) return r.fail_kind(v, "number");
  const std::string_view token = detail::trim_trailing_whitespace(v.raw_json_token());
  simdjson::ondemand::number checked;  // validates the number's syntax and moves past it
  // simdjson 3.0 cannot convert integers beyond 64 bits or magnitudes beyond a double; the token is still JSON.
  if (auto e = v.get_number().get(checked);
      e && e != simdjson::NUMBER_OUT_OF_RANGE && !detail::number_fault(token).empty())
    return r.fail(errc::syntax, "number", detail::clipped(token));
  out = token;
  return true;
}

bool invalid_value(reader& r, std::string_view expected, std::string_view token) {
  return r.fail(errc::invalid_value, std::string(expected), detail::clipped(token));
}

bool invalid_string(reader& r, std::string_view expected, std::string_view text) {
  return r.fail(errc::invalid_value, std::string(expected), detail::quoted(text));
}

}  // namespace lambda::json
