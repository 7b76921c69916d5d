#pragma once
/// \file
/// The codec of an internally tagged std::variant (LAMBDA_JSON_TAG): the alternatives are
/// LAMBDA_JSON structs, and a key inside the object names the one it holds —
/// `{"type":"order.created","id":7}`. Generated code names it with the tags spelled out:
/// `tagged_codec<std::variant<Created, Cancelled>, tags<"type", "order.created", "order.cancelled">>`.
///
/// Reading finds the tag wherever it stands: when it comes first (as we write it), the members
/// after it are read on; otherwise the object is read again from its start. A second tag in one
/// object is an error. Writing puts the tag first.

#include <lambda/json/codec.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/writer.h>
#include <lambda/json/fixed_string.h>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace lambda::json {

/// The key of a tagged variant's tag, then the name of each alternative, in order.
template <fixed_string Key, fixed_string... Values>
struct tags {
  static constexpr std::string_view key = Key.view();
  static constexpr std::array<std::string_view, sizeof...(Values)> values{Values.view()...};
};

namespace detail {
/// Finds the member `key` of `members` and reads its value as a string into `tag`, comparing keys
/// as the document spells them (a key spelled with escapes is not the tag). `first`: it was the
/// first member, and reading can go on after it; otherwise `members` must be reset.
bool find_tag(reader& r, object& members, std::string_view key, std::string_view& tag, bool& first);
/// Reports that `tag` names no alternative: `expected one of "a", "b", got "c"`.
bool unknown_tag(reader& r, std::string_view key, std::string_view tag, const std::string_view* values,
                 std::size_t count);
}  // namespace detail

template <class Variant, class Tags>
struct tagged_codec;

template <class... Ts, class Tags>
struct tagged_codec<std::variant<Ts...>, Tags> {
  static_assert(sizeof...(Ts) == Tags::values.size(), "lambda::json::tagged_codec: one tag value per alternative");
  static constexpr kinds accepts = kinds::object;

  static bool read(detail::reader& r, detail::value& v, std::variant<Ts...>& out) {
    detail::object members;
    if (!r.begin_object(v, members)) return false;
    std::string_view tag;
    bool first = false;
    if (!detail::find_tag(r, members, Tags::key, tag, first)) return false;
#if SIMDJSON_DEVELOPMENT_CHECKS
    first = false;  // unoptimized builds check that an object is iterated from its start
#endif
    std::size_t chosen = 0;
    while (chosen < Tags::values.size() && Tags::values[chosen] != tag) ++chosen;
    if (chosen == Tags::values.size())
      return detail::unknown_tag(r, Tags::key, tag, Tags::values.data(), Tags::values.size());
    if (!first) {
      if (auto e = members.reset().error()) return r.fail_simdjson(e, "object");
    }
    // Read on after the tag when it came first (it is then behind), else from the object's start.
    return read_alternative(r, members, out, chosen, first, std::index_sequence_for<Ts...>{});
  }

  static void write(writer& w, const std::variant<Ts...>& v) {
    // The generator refuses tags that would need escaping, so they are written as spelled.
    w.raw(std::string_view("{\""));
    w.raw(Tags::key);
    w.raw(std::string_view("\":\""));
    w.raw(Tags::values[v.index()]);
    w.raw('"');
    const std::size_t at = w.size();
    std::visit([&w](const auto& alternative) { codec<std::decay_t<decltype(alternative)>>::write(w, alternative); }, v);
    w.continue_object(at);
  }

 private:
  template <std::size_t I>
  static bool read_as(detail::reader& r, detail::object& members, std::variant<Ts...>& out, bool passed) {
    using alternative = std::variant_alternative_t<I, std::variant<Ts...>>;
    if (out.index() != I) out.template emplace<I>();
    detail::tag_key tag{Tags::key, passed};
    return codec<alternative>::read_members(r, members, std::get<I>(out), &tag);
  }
  template <std::size_t... I>
  static bool read_alternative(detail::reader& r, detail::object& members, std::variant<Ts...>& out, std::size_t chosen,
                               bool passed, std::index_sequence<I...>) {
    bool ok = false;
    (void)((I == chosen ? (ok = read_as<I>(r, members, out, passed), true) : false) || ...);
    return ok;
  }
};

}  // namespace lambda::json
