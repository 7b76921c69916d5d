#include "semantic_diff.h"

#include <lambda/json.h>
#include <lambda/json/time.h>

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <optional>
#include <fmt/format.h>

namespace lambda::events::tools {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

template <class T>
std::string to_json(T e) {
  return simdjson::minify(e);
}

std::string child_path(const std::string& parent, std::string_view key) {
  bool plain = !key.empty();
  for (char c : key) plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-');
  if (plain) return fmt::format("{}.{}", parent, key);
  json::writer quoted;
  quoted.string(key);
  return fmt::format("{}[{}]", parent, quoted.view());
}

// A value a typed member holds when its key was absent: what writing it back may add.
bool is_default(element e) {
  switch (e.type()) {
    case element_type::NULL_VALUE:
      return true;
    case element_type::BOOL:
      return !bool(e);
    case element_type::INT64:
      return int64_t(e) == 0;
    case element_type::UINT64:
      return uint64_t(e) == 0;
    case element_type::DOUBLE:
      return double(e) == 0.0;
    case element_type::STRING:
      return std::string_view(e).empty();
    case element_type::ARRAY:
      return simdjson::dom::array(e).size() == 0;
    case element_type::OBJECT:
      for (auto field : simdjson::dom::object(e)) {
        if (!is_default(field.value)) return false;
      }
      return true;
  }
  return false;
}

bool is_number(element e) {
  auto t = e.type();
  return t == element_type::INT64 || t == element_type::UINT64 || t == element_type::DOUBLE;
}

bool same_number(element a, element b) {
  auto ta = a.type(), tb = b.type();
  if (ta != element_type::DOUBLE && tb != element_type::DOUBLE) {
    if (ta == tb) return ta == element_type::INT64 ? int64_t(a) == int64_t(b) : uint64_t(a) == uint64_t(b);
    return false;  // one negative int64, one uint64 beyond int64: never equal
  }
  return double(a) == double(b);
}

bool same_instant(std::string_view a, std::string_view b) {
  using stamp = std::chrono::sys_time<std::chrono::nanoseconds>;
  auto quoted = [](std::string_view s) { return fmt::format("\"{}\"", s); };
  auto ta = json::parse<stamp>(quoted(a));
  auto tb = json::parse<stamp>(quoted(b));
  return ta && tb && *ta == *tb;
}

class differ {
 public:
  explicit differ(std::vector<difference>& out) : out_(out) {}

  void compare(const std::string& path, element original, element written) {
    if (is_number(original) && is_number(written)) {
      if (!same_number(original, written)) report(path, to_json(original), to_json(written));
      return;
    }
    if (original.type() != written.type()) {
      report(path, to_json(original), to_json(written),
             original.is_null() && is_default(written) ? allowance::null_as_default : allowance::none);
      return;
    }
    switch (original.type()) {
      case element_type::OBJECT:
        compare_objects(path, original, written);
        return;
      case element_type::ARRAY:
        compare_arrays(path, original, written);
        return;
      case element_type::STRING: {
        std::string_view a(original), b(written);
        if (a == b) return;
        report(path, to_json(original), to_json(written),
               same_instant(a, b) ? allowance::time_spelling : allowance::none);
        return;
      }
      case element_type::BOOL:
        if (bool(original) != bool(written)) report(path, to_json(original), to_json(written));
        return;
      default:
        return;  // null == null
    }
  }

 private:
  void compare_objects(const std::string& path, simdjson::dom::object original, simdjson::dom::object written) {
    std::vector<std::string_view> respelled;  // written keys that carry an original key's value
    for (auto field : original) {
      std::string p = child_path(path, field.key);
      element other;
      if (written.at_key(field.key).get(other) != simdjson::SUCCESS) {
        if (auto key = respelling(original, written, field.key, field.value)) {
          respelled.push_back(*key);
          report(p, to_json(field.value), fmt::format("as {}", child_path(path, *key)), allowance::key_spelling);
          continue;
        }
        report(p, to_json(field.value), "", field.value.is_null() ? allowance::null_omitted : allowance::none);
        continue;
      }
      compare(p, field.value, other);
    }
    for (auto field : written) {
      element mine;
      if (original.at_key(field.key).get(mine) == simdjson::SUCCESS) continue;
      if (std::find(respelled.begin(), respelled.end(), field.key) != respelled.end()) continue;
      report(child_path(path, field.key), "", to_json(field.value),
             is_default(field.value) ? allowance::default_written : allowance::none);
    }
  }

  // The key of `written` that holds the value of `key`, which `written` lacks: one that differs
  // from it only in ASCII letter case, is absent from `original`, and has the same value.
  static std::optional<std::string_view> respelling(simdjson::dom::object original, simdjson::dom::object written,
                                                    std::string_view key, element value) {
    auto same_letters = [](std::string_view a, std::string_view b) {
      return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
             });
    };
    for (auto field : written) {
      element mine;
      if (!same_letters(field.key, key) || original.at_key(field.key).get(mine) == simdjson::SUCCESS) continue;
      std::vector<difference> inner;
      differ(inner).compare("$", value, field.value);
      if (std::all_of(inner.begin(), inner.end(), [](const difference& d) { return d.allowed != allowance::none; }))
        return field.key;
    }
    return std::nullopt;
  }

  void compare_arrays(const std::string& path, simdjson::dom::array original, simdjson::dom::array written) {
    if (original.size() != written.size()) {
      report(path, to_json(original), to_json(written));
      return;
    }
    auto it = written.begin();
    std::size_t i = 0;
    for (auto item : original) {
      compare(fmt::format("{}[{}]", path, i++), item, *it);
      ++it;
    }
  }

  void report(std::string path, std::string original, std::string written, allowance a = allowance::none) {
    out_.push_back({std::move(path), std::move(original), std::move(written), a});
  }

  std::vector<difference>& out_;
};

std::string_view without_bom(std::string_view text) { return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text; }

}  // namespace

bool comparison::lossless() const noexcept {
  if (!error.empty()) return false;
  for (const auto& d : differences) {
    if (d.allowed == allowance::none) return false;
  }
  return true;
}

comparison compare_json(std::string_view original, std::string_view written) {
  comparison result;
  simdjson::dom::parser original_parser, written_parser;
  simdjson::padded_string original_text(without_bom(original)), written_text(without_bom(written));
  element a, b;
  if (auto e = original_parser.parse(original_text).get(a); e) {
    result.error = fmt::format("the original is not valid JSON: {}", simdjson::error_message(e));
    return result;
  }
  if (auto e = written_parser.parse(written_text).get(b); e) {
    result.error = fmt::format("the written text is not valid JSON: {}", simdjson::error_message(e));
    return result;
  }
  differ(result.differences).compare("$", a, b);
  return result;
}

std::string_view describe(allowance a) {
  switch (a) {
    case allowance::null_omitted:
      return "null omitted";
    case allowance::default_written:
      return "default written";
    case allowance::time_spelling:
      return "time spelling";
    case allowance::null_as_default:
      return "null as default";
    case allowance::key_spelling:
      return "key spelling";
    case allowance::none:
      break;
  }
  return "LOST";
}

std::string describe(const difference& d) {
  auto shown = [](const std::string& v) { return v.empty() ? std::string("(absent)") : v; };
  constexpr std::size_t limit = 120;
  auto clip = [&](std::string v) { return v.size() > limit ? v.substr(0, limit) + "…" : v; };
  return fmt::format("{}: original {}, written {} [{}]", d.path, clip(shown(d.original)), clip(shown(d.written)),
                     describe(d.allowed));
}

}  // namespace lambda::events::tools
