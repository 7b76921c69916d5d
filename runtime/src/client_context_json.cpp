#include "client_context_json.h"

#include <lambda/json.h>
#include <lambda/json/raw_json.h>

#include <simdjson.h>

#include <fmt/format.h>

namespace lambda::detail {
namespace {

namespace od = simdjson::ondemand;

// The header's text has passed lambda::json's syntax check (for_each_top_level_field) before it is
// walked, so what can still go wrong here is a value of another kind than the member takes.
std::string describe(simdjson::error_code code) {
  return code == simdjson::INCORRECT_TYPE ? "got a value of another kind" : "got malformed JSON";
}

// A value's text: the decoded string for JSON strings, the JSON text for anything else.
simdjson::error_code value_text(od::value value, std::string& out) {
  od::json_type type;
  if (auto e = value.type().get(type)) return e;
  std::string_view text;
  switch (type) {
    case od::json_type::string:
      if (auto e = value.get_string().get(text)) return e;
      break;
    case od::json_type::object: {
      od::object obj;
      if (auto e = value.get_object().get(obj)) return e;
      if (auto e = obj.raw_json().get(text)) return e;
      break;
    }
    case od::json_type::array: {
      od::array arr;
      if (auto e = value.get_array().get(arr)) return e;
      if (auto e = arr.raw_json().get(text)) return e;
      break;
    }
    default:
      text = value.raw_json_token();
      while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
      // Validate scalars instead of passing junk on as text.
      if (type == od::json_type::number) {
        double d;
        if (auto e = value.get_double().get(d)) return e;
      } else if (type == od::json_type::boolean) {
        bool b;
        if (auto e = value.get_bool().get(b)) return e;
      } else {
        bool is_null = false;
        if (auto e = value.is_null().get(is_null)) return e;
        if (!is_null) return simdjson::INCORRECT_TYPE;
      }
  }
  out.assign(text);
  return simdjson::SUCCESS;
}

// Reads an object of name → text into `out`; `where` names it in error messages.
std::string read_string_map(od::value value, std::map<std::string, std::string>& out, std::string_view where) {
  od::object obj;
  if (auto e = value.get_object().get(obj)) return fmt::format("{}: expected an object ({})", where, describe(e));
  for (auto field : obj) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return fmt::format("{}: {}", where, describe(e));
    std::string text;
    std::string key_copy(key);
    if (auto e = value_text(field.value(), text)) return fmt::format("{}.{}: {}", where, key_copy, describe(e));
    out.insert_or_assign(std::move(key_copy), std::move(text));
  }
  return {};
}

// Reads a string member, accepting JSON null as empty.
std::string read_string(od::value value, std::string& out, std::string_view where) {
  bool is_null = false;
  if (!value.is_null().get(is_null) && is_null) {
    out.clear();
    return {};
  }
  std::string_view text;
  if (auto e = value.get_string().get(text)) return fmt::format("{}: expected a string ({})", where, describe(e));
  out.assign(text);
  return {};
}

std::string read_client_application(od::value value, ClientApplication& app) {
  od::object obj;
  if (auto e = value.get_object().get(obj)) return fmt::format("$.client: expected an object ({})", describe(e));
  for (auto field : obj) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return fmt::format("$.client: {}", describe(e));
    // The Mobile SDKs and the other runtimes disagree on the spelling (snake_case in Go and
    // .NET, camelCase in Rust), so both are accepted.
    std::string* target = nullptr;
    if (key == "installation_id" || key == "installationId")
      target = &app.installation_id;
    else if (key == "app_title" || key == "appTitle")
      target = &app.app_title;
    else if (key == "app_version_name" || key == "appVersionName")
      target = &app.app_version_name;
    else if (key == "app_version_code" || key == "appVersionCode")
      target = &app.app_version_code;
    else if (key == "app_package_name" || key == "appPackageName")
      target = &app.app_package_name;
    if (!target) continue;
    std::string where = fmt::format("$.client.{}", key);
    if (auto err = read_string(field.value(), *target, where); !err.empty()) return err;
  }
  return {};
}

template <class Fn>
std::string for_each_top_level_field(std::string_view json, Fn&& on_field) {
  // Malformed text is reported by lambda::json, in its words and with the byte it goes wrong at.
  if (auto checked = json::parse<json::raw_json>(json); !checked) return checked.error().message();
  simdjson::padded_string padded(json);
  od::parser parser;
  od::document doc;
  if (auto e = parser.iterate(padded).get(doc)) return fmt::format("$: {}", describe(e));
  od::object obj;
  if (auto e = doc.get_object().get(obj)) return fmt::format("$: expected an object ({})", describe(e));
  for (auto field : obj) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return fmt::format("$: {}", describe(e));
    if (auto err = on_field(key, field.value()); !err.empty()) return err;
  }
  // current_location() fails once every token has been consumed.
  if (doc.current_location().error() == simdjson::SUCCESS) return "$: unexpected text after the JSON value";
  return {};
}

}  // namespace

std::variant<ClientContext, std::string> parse_client_context(std::string_view json) {
  ClientContext context;
  std::string err = for_each_top_level_field(json, [&](std::string_view key, od::value value) -> std::string {
    if (key == "client") return read_client_application(value, context.client);
    if (key == "custom") return read_string_map(value, context.custom, "$.custom");
    if (key == "env") return read_string_map(value, context.environment, "$.env");
    return {};
  });
  if (!err.empty()) return err;
  return context;
}

std::variant<CognitoIdentity, std::string> parse_cognito_identity(std::string_view json) {
  CognitoIdentity identity;
  std::string err = for_each_top_level_field(json, [&](std::string_view key, od::value value) -> std::string {
    if (key == "cognitoIdentityId" || key == "identityId")
      return read_string(value, identity.identity_id, "$.cognitoIdentityId");
    if (key == "cognitoIdentityPoolId" || key == "identityPoolId")
      return read_string(value, identity.identity_pool_id, "$.cognitoIdentityPoolId");
    return {};
  });
  if (!err.empty()) return err;
  return identity;
}

}  // namespace lambda::detail
