// Preparing a document for On-Demand: byte-order mark, padding, and the wrapping array that lets
// scalar documents be read like any other value.
#include <lambda/json/detail/first_fault.h>
#include <lambda/json/parser.h>

namespace lambda::json {
namespace {
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Errors a reader meets because the text is malformed (which it may meet only after or without
// reading the values before the fault), as opposed to errors about well-formed values.
bool is_about_text(errc kind) noexcept {
  return kind == errc::syntax || kind == errc::invalid_utf8 || kind == errc::trailing_content;
}
}  // namespace

result<void> parser::open(std::string_view json, detail::value& root) {
  in_place_ = false;
  skipped_ = 0;
  if (json.substr(0, 3) == utf8_bom) {
    json.remove_prefix(3);
    skipped_ = 3;
  }
  // On-Demand cannot hand out a scalar document as a value, so every document is read as the only
  // element of an array we wrap it in; the copy also gives simdjson the padding it reads past the end.
  buffer_.clear();
  buffer_.reserve(json.size() + 2 + simdjson::SIMDJSON_PADDING);
  buffer_.push_back('[');
  buffer_.append(json);
  buffer_.push_back(']');
  text_ = std::string_view(buffer_.data() + 1, json.size());

  if (auto e = parser_.iterate(buffer_.data(), buffer_.size(), buffer_.capacity()).get(doc_))
    return failure(e, "JSON text");
  if (auto e = doc_.get_array().get(top_)) return failure(e, "JSON text");
  if (auto e = top_.begin().get(next_)) return failure(e, "JSON text");
  if (next_ == top_.end()) return failure(errc::syntax, "a JSON value", "empty input");
  if (auto e = (*next_).get(root)) return failure(e, "JSON value");
  return {};
}

result<void> parser::open(simdjson::padded_string_view json, detail::value& root, kinds accepted) {
  const std::string_view whole(json);
  std::string_view text = whole;
  const std::size_t bom = text.substr(0, 3) == utf8_bom ? 3 : 0;
  text.remove_prefix(bom);
  // On-Demand hands out the root as a value only when it is an object or an array; a scalar
  // document, or a text without the padding simdjson reads past the end, is copied and wrapped.
  const std::size_t first = text.find_first_not_of(" \t\n\r");
  if (json.padding() < simdjson::SIMDJSON_PADDING || first == std::string_view::npos) return open(whole, root);
  // Only a type that reads nothing but objects and arrays, and reads the root's kind, is given the
  // root itself: simdjson must not be asked for a scalar (or null) at the root of an object or
  // array document (it asserts; optional<T> asks is_null() first). The others take the copying
  // open, whose wrapping makes every value a non-root one, and fail or succeed there as always.
  const kinds root_kind = text[first] == '{' ? kinds::object : text[first] == '[' ? kinds::array : kinds::none;
  const kinds scalars = kinds::null | kinds::boolean | kinds::number | kinds::string;
  if (root_kind == kinds::none || (accepted & root_kind) == kinds::none || (accepted & scalars) != kinds::none)
    return open(whole, root);
  in_place_ = true;
  skipped_ = bom;
  text_ = text;
  // A text simdjson rejects at once goes the copying way too, which says where and why.
  if (parser_.iterate(text.data(), text.size(), text.size() + json.padding()).get(doc_) || doc_.get_value().get(root))
    return open(whole, root);
  return {};
}

result<void> parser::close() {
  if (in_place_) {
    // Past the root value, simdjson reports "out of bounds" only when no token is left.
    if (doc_.current_location().error() != simdjson::OUT_OF_BOUNDS)
      return failure(errc::trailing_content, "end of input", "more text");
    return {};
  }
  ++next_;
  // Anything after the value inside our wrapping array was after the caller's document; past the
  // wrapping array, simdjson reports "out of bounds" only when no token is left.
  if (next_ != top_.end() || doc_.current_location().error() != simdjson::OUT_OF_BOUNDS)
    return failure(errc::trailing_content, "end of input", "more text");
  return {};
}

json::error parser::failure(detail::reader& r) const { return explain(r.take_error()); }

json::error parser::failure(simdjson::error_code code, std::string_view expected) {
  detail::reader r(doc_, options_.max_depth);
  r.fail_simdjson(code, expected);
  return failure(r);
}

json::error parser::failure(errc kind, std::string_view expected, std::string_view found) const {
  return explain(json::error(kind, "$", std::string(expected), std::string(found)));
}

// simdjson says only that a document is malformed, and rejects invalid UTF-8 anywhere before the
// reader sees a value; scanning the text again finds the first fault, with its place. Malformed
// text is reported as such whatever the type being read, even when the reader failed first on a
// well-formed value before it: whether a text is JSON does not depend on the type.
json::error parser::explain(json::error e) const {
  auto fault = detail::first_fault(text_, skipped_, options_.max_depth);
  if (!fault) return e;
  // Nesting past the limit before any fault: a reader that failed on the text got there after
  // that depth (or, for invalid UTF-8, without reading), so the depth is the first problem.
  if (fault->kind() == errc::too_deep && !is_about_text(e.kind())) return e;
  return std::move(*fault);
}

namespace detail {
parser& thread_parser() {
  thread_local parser instance;
  return instance;
}
}  // namespace detail

}  // namespace lambda::json
