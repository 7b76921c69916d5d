// Preparing a document for On-Demand: byte-order mark, padding, and the wrapping array that lets
// scalar documents be read like any other value.
#include <lambda/json/detail/first_fault.h>
#include <lambda/json/detail/reader.h>
#include <lambda/json/parser.h>

#include <simdjson.h>

namespace lambda::json {
static_assert(text_padding == simdjson::SIMDJSON_PADDING, "json::text_padding is simdjson's padding");

namespace {
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Errors a reader meets because the text is malformed (which it may meet only after or without
// reading the values before the fault), as opposed to errors about well-formed values.
bool is_about_text(errc kind) noexcept {
  return kind == errc::syntax || kind == errc::invalid_utf8 || kind == errc::trailing_content;
}
}  // namespace

class parser::state {
 public:
  explicit state(parse_options options) : options_(options) {}

  result<void> read(std::string_view text, std::size_t padding, kinds accepted, detail::read_function read, void* out,
                    bool into_existing) {
    detail::value root;
    if (padding != 0) {
      if (auto e = open(simdjson::padded_string_view(text.data(), text.size(), text.size() + padding), root, accepted);
          !e)
        return e;
    } else if (auto e = open(text, root); !e) {
      return e;
    }
    detail::reader r(doc_, options_.max_depth, into_existing, in_place_ ? text_.data() + text_.size() : nullptr);
    if (!read(r, root, out)) return failure(r);
    return close();
  }

 private:
  /// Copies `json` into buffer_, wrapped in [ ], and opens it.
  result<void> open(std::string_view json, detail::value& root);
  /// Opens a padded object or array where it lies when T (whose codec reads `accepted`) reads
  /// that kind and no scalar kind; anything else goes to the copying open.
  result<void> open(simdjson::padded_string_view json, detail::value& root, kinds accepted);
  result<void> close();
  // The error paths, out of line so that the success path carries none of their temporaries.
  /// The error `r` recorded, explained.
  [[gnu::cold, gnu::noinline]] json::error failure(detail::reader& r) const;
  /// The error simdjson met while opening the document, explained.
  [[gnu::cold, gnu::noinline]] json::error failure(simdjson::error_code code, std::string_view expected);
  /// An error about the whole text, explained.
  [[gnu::cold, gnu::noinline]] json::error failure(errc kind, std::string_view expected, std::string_view found) const;
  /// `e`, or when the text is not well-formed JSON, where and how it is not.
  json::error explain(json::error e) const;

  parse_options options_;
  simdjson::ondemand::parser parser_;
  simdjson::ondemand::document doc_;
  simdjson::ondemand::array top_;
  simdjson::ondemand::array_iterator next_;
  std::string buffer_;       // '[' + the text (without a byte-order mark) + ']'
  std::string_view text_;    // the document's text (without a byte-order mark), in buffer_ or in place
  bool in_place_ = false;    // text_ is the caller's, not wrapped in [ ]
  std::size_t skipped_ = 0;  // bytes of a byte-order mark before the text
};

parser::parser(parse_options options) : state_(std::make_unique<state>(options)) {}
parser::~parser() = default;

result<void> parser::read(std::string_view text, std::size_t padding, kinds accepted, detail::read_function read,
                          void* out, bool into_existing) {
  return state_->read(text, padding, accepted, read, out, into_existing);
}

result<void> parser::state::open(std::string_view json, detail::value& root) {
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
  if (auto e = detail::get_value(*next_, root)) return failure(e, "JSON value");
  return {};
}

result<void> parser::state::open(simdjson::padded_string_view json, detail::value& root, kinds accepted) {
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
  if (parser_.iterate(text.data(), text.size(), text.size() + json.padding()).get(doc_) ||
      detail::get_value(doc_.get_value(), root))
    return open(whole, root);
  return {};
}

result<void> parser::state::close() {
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

json::error parser::state::failure(detail::reader& r) const { return explain(r.take_error()); }

json::error parser::state::failure(simdjson::error_code code, std::string_view expected) {
  detail::reader r(doc_, options_.max_depth);
  r.fail_simdjson(code, expected);
  return failure(r);
}

json::error parser::state::failure(errc kind, std::string_view expected, std::string_view found) const {
  return explain(json::error(kind, "$", std::string(expected), std::string(found)));
}

// simdjson says only that a document is malformed, and rejects invalid UTF-8 anywhere before the
// reader sees a value; scanning the text again finds the first fault, with its place. Malformed
// text is reported as such whatever the type being read, even when the reader failed first on a
// well-formed value before it: whether a text is JSON does not depend on the type.
json::error parser::state::explain(json::error e) const {
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
