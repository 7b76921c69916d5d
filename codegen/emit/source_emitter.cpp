#include "emit/source_emitter.h"

#include "emit/codec_name.h"
#include "emit/cpp_literal.h"
#include "emit/dispatch_emitter.h"
#include "emit/printer.h"
#include "model/dispatch_plan.h"

#include <algorithm>
#include <string>
#include <vector>

namespace lambdagen::codegen::emit {
namespace {

using model::Enum;
using model::Field;
using model::Record;

std::vector<std::string> names_of(const Enum& e) {
  std::vector<std::string> names;
  for (const auto& enumerator : e.enumerators) names.push_back(enumerator.json_name);
  return names;
}

// Whether a member that came as `null` must reset the members not seen (see print_unseen_members):
// only when some member reads null as its default and some member is not required.
bool nulls_reset_unseen(const Record& record) {
  return std::any_of(record.fields.begin(), record.fields.end(), model::reads_null_as_default) &&
         !std::all_of(record.fields.begin(), record.fields.end(), [](const Field& f) { return f.required; });
}

// After the members loop: required members that did not come are errors, and when the value
// held an earlier document (parse_into), the optional ones that did not come are reset to the
// defaults a new value has, so that nothing of the earlier document survives. A member that came
// as `null` under LAMBDA_JSON_NULL_AS_DEFAULT counts as not come, and asks for the reset too.
// A member whose default is its type's `T{}` is reset in place (a string or container keeps its
// capacity); the others take their default from a new record, made only when one of them is left out.
void print_unseen_members(Printer& p, const Record& record) {
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    const Field& field = record.fields[i];
    if (!field.required) continue;
    p.print("if (!seen[$i$]) return r.missing_key($key$);\n",
            {{"i", std::to_string(i)}, {"key", cpp_string_literal(field.key)}});
  }
  std::vector<std::size_t> in_place, from_new;
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    const Field& field = record.fields[i];
    if (field.required) continue;
    (field.value_initialized ? in_place : from_new).push_back(i);
  }
  if (in_place.empty() && from_new.empty()) return;
  p.print("if ($reset$ && !seen.all()) {\n",
          {{"reset", nulls_reset_unseen(record) ? "reset_unseen" : "r.into_existing()"}});
  p.indent();
  for (std::size_t i : in_place)
    p.print("if (!seen[$i$]) lambda::json::detail::reset_to_default(out.$name$);\n",
            {{"i", std::to_string(i)}, {"name", record.fields[i].name}});
  if (!from_new.empty()) {
    // Some member is left out; when all of them are from_new ones, it is one of those.
    bool guard = !in_place.empty();
    if (guard) {
      std::string any_left_out;
      for (std::size_t i : from_new)
        any_left_out += (any_left_out.empty() ? "!seen[" : " || !seen[") + std::to_string(i) + "]";
      p.print("if ($cond$) {\n", {{"cond", any_left_out}});
      p.indent();
    }
    p.print("$type$ fresh{};\n", {{"type", record.qualified_name}});
    for (std::size_t i : from_new)
      p.print("if (!seen[$i$]) out.$name$ = std::move(fresh.$name$);\n",
              {{"i", std::to_string(i)}, {"name", record.fields[i].name}});
    if (guard) {
      p.outdent();
      p.print("}\n");
    }
  }
  p.outdent();
  p.print("}\n");
}

// The member read when the key matched is keys[k]: under NULL_AS_DEFAULT a `null` counts as the
// key's absence; otherwise the member's codec reads the value.
void print_member_read(Printer& p, const Record& record, const std::vector<std::string>& keys,
                       const std::vector<std::size_t>& owners, std::size_t k) {
  std::size_t i = owners[k];
  const Field& field = record.fields[i];
  std::string key = cpp_string_literal(keys[k]);
  std::string index = std::to_string(i);
  std::string codec = codec_name(field.type);
  Printer::Vars vars{{"codec", codec}, {"name", field.name}, {"key", key}, {"i", index}};
  if (model::reads_null_as_default(field)) {
    p.print(
        "bool is_null = false;\n"
        "if (!r.null_as_default(value, is_null)) return r.at_key($key$);\n"
        "if (is_null) {\n",
        vars);
    p.indent();
    if (field.required) {
      p.print("return r.null_required_key($key$);\n", vars);
    } else {
      p.print("seen[$i$] = false;\n", vars);
      if (nulls_reset_unseen(record)) p.print("reset_unseen = true;\n");
      p.print("continue;\n");
    }
    p.outdent();
    p.print("}\n");
  }
  if (model::merges_when_read_twice(field.type)) {
    // A repeated key: read over what its first occurrence left (see reader::read_repeated).
    p.print(
        "if (seen[$i$]) [[unlikely]] {\n"
        "  if (!r.read_repeated<$codec$>(value, out.$name$)) return r.at_key($key$);\n"
        "} else if (!$codec$::read(r, value, out.$name$)) {\n"
        "  return r.at_key($key$);\n"
        "}\n",
        vars);
  } else {
    p.print("if (!$codec$::read(r, value, out.$name$)) return r.at_key($key$);\n", vars);
  }
  p.print(
      "seen[$i$] = true;\n"
      "continue;\n",
      vars);
}

void print_record_read(Printer& p, const Record& record) {
  const std::string& type = record.qualified_name;
  bool reads_members = !record.fields.empty() || record.extra;
  p.print(
      "bool lambda::json::codec<$type$>::read(lambda::json::detail::reader& r, lambda::json::detail::value& v, "
      "$type$& out) {\n"
      "  lambda::json::detail::object members;\n"
      "  return r.begin_object(v, members) && read_members(r, members, out, nullptr);\n"
      "}\n"
      "\n"
      "bool lambda::json::codec<$type$>::read_members(lambda::json::detail::reader& r, "
      "lambda::json::detail::object& members, $type$& $out$, lambda::json::detail::tag_key* $tag$) {\n",
      {{"type", type}, {"out", reads_members ? "out" : "/*out*/"}, {"tag", "tag"}});
  p.indent();
  if (!record.fields.empty()) p.print("std::bitset<$n$> seen;\n", {{"n", std::to_string(record.fields.size())}});
  if (nulls_reset_unseen(record)) p.print("bool reset_unseen = r.into_existing();\n");
  if (record.extra) p.print("if (r.into_existing()) out.$name$.clear();\n", {{"name", record.extra->name}});
  p.print("for (auto field : members) {\n");
  p.indent();
  p.print(
      "std::string_view key;\n"
      "lambda::json::detail::value value;\n"
      "if (!r.member(field, key, value)) return false;\n");
  std::vector<std::string> keys = model::keys_read(record);
  std::vector<std::size_t> owners = model::fields_of_keys_read(record);
  print_dispatch(p, "key", keys, model::plan_dispatch(keys),
                 [&](std::size_t k) { print_member_read(p, record, keys, owners, k); });
  // A tagged variant's tag, read already: its value is stepped over, not read (or unescaped)
  // again; a second one is an error.
  p.print(
      "if (tag && key == tag->key) {\n"
      "  if (tag->passed) return r.repeated_tag(key);\n"
      "  tag->passed = true;\n"
      "  continue;\n"
      "}\n");
  if (record.extra)
    p.print("if (!lambda::json::detail::read_extra(r, key, value, out.$name$)) return r.at_key(key);\n",
            {{"name", record.extra->name}});
  else if (record.reject_unknown)
    p.print("return r.reject_unknown(key) || r.at_key(key);\n");
  else
    p.print("if (!r.skip(value)) return r.at_key(key);\n");
  p.outdent();
  p.print(
      "}\n"
      "r.end_nested();\n");
  print_unseen_members(p, record);
  p.print("return true;\n");
  p.outdent();
  p.print("}\n");
}

/// What the writer knows, at generation time, about the members written so far.
enum class WriteState {
  nothing_written,  ///< not even the '{'
  maybe_written,    ///< '{' written; whether a member was depends on optionals (the `first` flag)
  member_written,   ///< some member was written for sure: the next one needs a comma
};

// The LAMBDA_JSON_EXTRA entries, after the members; those whose key a member reads are left out.
void print_extra_write(Printer& p, const Record& record, WriteState state) {
  std::vector<std::string> taken = model::keys_read(record);
  std::sort(taken.begin(), taken.end());
  std::string known = "{}";
  if (!taken.empty()) {
    p.print("static constexpr std::string_view taken[] = {\n");
    p.indent();
    for (const auto& key : taken) p.print("$key$,\n", {{"key", cpp_string_literal(key)}});
    p.outdent();
    p.print("};\n");
    known = "taken";
  }
  std::string first = "first";
  if (state == WriteState::nothing_written) {
    p.print("w.raw('{');\n");
    first = "true";
  } else if (state == WriteState::member_written) {
    first = "false";
  }
  p.print("if (!v.$name$.empty()) lambda::json::detail::write_extra(w, v.$name$, $known$, $first$);\n",
          {{"name", record.extra->name}, {"known", known}, {"first", first}});
}

void print_record_write(Printer& p, const Record& record) {
  const std::string& type = record.qualified_name;
  p.print("void lambda::json::codec<$type$>::write(lambda::json::writer& w, const $type$& $v$) {\n",
          {{"type", type}, {"v", record.fields.empty() && !record.extra ? "/*v*/" : "v"}});
  p.indent();
  WriteState state = WriteState::nothing_written;
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    const Field& field = record.fields[i];
    std::string key = json_string_token(field.key) + ":";
    std::string first_prefix = cpp_string_literal(key);
    std::string comma_prefix = cpp_string_literal("," + key);
    std::string open_prefix = cpp_string_literal("{" + key);
    bool more_follow = i + 1 < record.fields.size() || record.extra;
    std::string codec = codec_name(field.type);
    std::string value_codec = omitted_when_empty(field) ? codec_name(field.type.args.at(0)) : "";
    Printer::Vars vars{{"codec", codec},
                       {"name", field.name},
                       {"first", first_prefix},
                       {"comma", comma_prefix},
                       {"open", open_prefix}};
    if (!omitted_when_empty(field)) {
      switch (state) {
        case WriteState::nothing_written:
          p.print("w.raw($open$);\n", vars);
          break;
        case WriteState::maybe_written:
          p.print("w.raw(first ? $first$ : $comma$);\n", vars);
          break;
        case WriteState::member_written:
          p.print("w.raw($comma$);\n", vars);
          break;
      }
      p.print("$codec$::write(w, v.$name$);\n", vars);
      state = WriteState::member_written;
      continue;
    }
    vars.emplace("value_codec", value_codec);
    if (state == WriteState::nothing_written) {
      p.print(
          "w.raw('{');\n"
          "bool first = true;\n");
      state = WriteState::maybe_written;
    }
    p.print("if (v.$name$) {\n", vars);
    p.indent();
    if (state == WriteState::maybe_written) {
      p.print("w.raw(first ? $first$ : $comma$);\n", vars);
    } else {
      p.print("w.raw($comma$);\n", vars);
    }
    p.print("$value_codec$::write(w, *v.$name$);\n", vars);
    if (state == WriteState::maybe_written && more_follow) p.print("first = false;\n");
    p.outdent();
    p.print("}\n");
  }
  if (record.extra) {
    print_extra_write(p, record, state);
    state = WriteState::maybe_written;
  }
  if (state == WriteState::nothing_written)
    p.print("w.raw(\"{}\");\n");
  else
    p.print("w.raw('}');\n");
  p.outdent();
  p.print("}\n");
}

void print_enum_read(Printer& p, const Enum& e) {
  const std::string& type = e.qualified_name;
  p.print(
      "bool lambda::json::codec<$type$>::read(lambda::json::detail::reader& r, lambda::json::detail::value& v, "
      "$type$& out) {\n",
      {{"type", type}});
  p.indent();
  p.print(
      "std::string_view s;\n"
      "if (!lambda::json::detail::read_string(r, v, s)) return false;\n");
  std::vector<std::string> names = names_of(e);
  print_dispatch(p, "s", names, model::plan_dispatch(names), [&](std::size_t i) {
    p.print(
        "out = $type$::$name$;\n"
        "return true;\n",
        {{"type", type}, {"name", e.enumerators[i].name}});
  });
  std::string expected = "one of ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i != 0) expected += ", ";
    expected += json_string_token(names[i]);
  }
  std::string expected_literal = cpp_string_literal(expected);
  // append(), not `"\"" + std::string(s)`: g++ 12 warns (-Wrestrict, a false positive) on the latter at -O2+.
  p.print(
      "return r.fail(lambda::json::errc::invalid_value, $expected$, "
      "std::string(\"\\\"\").append(s).append(\"\\\"\"));\n",
      {{"expected", expected_literal}});
  p.outdent();
  p.print("}\n");
}

void print_enum_write(Printer& p, const Enum& e) {
  const std::string& type = e.qualified_name;
  p.print("void lambda::json::codec<$type$>::write(lambda::json::writer& w, const $type$& v) {\n", {{"type", type}});
  p.indent();
  p.print("switch (v) {\n");
  p.indent();
  for (const auto& enumerator : e.enumerators) {
    if (enumerator.alias) continue;  // a second case label for the same value would not compile
    std::string token = cpp_string_literal(json_string_token(enumerator.json_name));
    p.print("case $type$::$name$: w.raw($token$); return;\n",
            {{"type", type}, {"name", enumerator.name}, {"token", token}});
  }
  p.outdent();
  p.print(
      "}\n"
      "w.null();  // a value with no enumerator\n");
  p.outdent();
  p.print("}\n");
}

}  // namespace

std::string emit_source(const model::Module& module) {
  Printer p;
  p.print(
      "// Generated by lambdagen-codegen from $input$. Do not edit.\n"
      "#include \"$header$\"\n"
      "#include <lambda/json.h>\n",
      {{"input", module.include_as}, {"header", module.generated_header}});
  for (const auto& type : module.types) {
    if (const auto* record = std::get_if<Record>(&type)) {
      p.print("\n");
      print_record_read(p, *record);
      p.print("\n");
      print_record_write(p, *record);
    } else if (const auto* e = std::get_if<Enum>(&type)) {
      p.print("\n");
      print_enum_read(p, *e);
      p.print("\n");
      print_enum_write(p, *e);
    }
  }
  return p.text();
}

}  // namespace lambdagen::codegen::emit
