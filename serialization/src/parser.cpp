// Preparing a document for On-Demand: byte-order mark, padding, and the wrapping array that lets
// scalar documents be read like any other value.
#include <lambda/json/parser.h>

namespace lambda::json {
namespace {
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

json::error top_level_error(errc kind, std::string expected, std::string found) {
  return json::error(kind, "$", std::move(expected), std::move(found));
}
}  // namespace

result<void> parser::open(std::string_view json, detail::value& root) {
  if (json.substr(0, 3) == utf8_bom) json.remove_prefix(3);
  // On-Demand cannot hand out a scalar document as a value, so every document is read as the only
  // element of an array we wrap it in; the copy also gives simdjson the padding it reads past the end.
  buffer_.clear();
  buffer_.reserve(json.size() + 2 + simdjson::SIMDJSON_PADDING);
  buffer_.push_back('[');
  buffer_.append(json);
  buffer_.push_back(']');

  detail::reader r(doc_, options_.max_depth);
  if (auto e = parser_.iterate(buffer_.data(), buffer_.size(), buffer_.capacity()).get(doc_)) {
    r.fail_simdjson(e, "JSON text");
    return r.take_error();
  }
  if (auto e = doc_.get_array().get(top_)) {
    r.fail_simdjson(e, "JSON text");
    return r.take_error();
  }
  if (auto e = top_.begin().get(next_)) {
    r.fail_simdjson(e, "JSON text");
    return r.take_error();
  }
  if (next_ == top_.end()) return top_level_error(errc::syntax, "a JSON value", "empty input");
  if (auto e = (*next_).get(root)) {
    r.fail_simdjson(e, "JSON value");
    return r.take_error();
  }
  return {};
}

result<void> parser::close() {
  ++next_;
  // Anything after the value inside our wrapping array was after the caller's document.
  if (next_ != top_.end()) return top_level_error(errc::trailing_content, "end of input", "more text");
  // Past the wrapping array, simdjson reports "out of bounds" only when no token is left.
  if (doc_.current_location().error() != simdjson::OUT_OF_BOUNDS)
    return top_level_error(errc::trailing_content, "end of input", "more text");
  return {};
}

namespace detail {
parser& thread_parser() {
  thread_local parser instance;
  return instance;
}
}  // namespace detail

}  // namespace lambda::json
