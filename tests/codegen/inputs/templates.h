#pragma once
// Annotated class templates: the specializations the header's types use (at any depth) and the
// ones its annotated aliases name get codecs, each once, under the template's annotations.
#include <lambda/json/annotate.h>
#include <lambda/json/flat_map.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace golden {

template <class Detail>
struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") Envelope {
  LAMBDA_JSON_REQUIRED std::string event_id;
  LAMBDA_JSON_NAME("detail") Detail payload;
  std::optional<Detail> previous;
};

struct LAMBDA_JSON Created {
  std::string order;
};

/// Owned and borrowed variants of one event from one definition: the parameter is a member's
/// type, a container's element and a map's key.
template <class String>
struct LAMBDA_JSON basic_Message {
  String body;
  std::optional<String> id;
  std::vector<String> tags;
  lambda::json::flat_map<String, String> attrs;
  std::map<String, int> counts;
};

/// A template whose specializations use themselves, and one with a templated base class (read
/// first, like any base).
template <class T>
struct LAMBDA_JSON Tree {
  T value;
  std::vector<Tree> children;
};

template <class T>
struct Base {
  std::string base_id;
  T base_value;
};

template <class T>
struct LAMBDA_JSON LAMBDA_JSON_REJECT_UNKNOWN Derived : Base<T> {
  T extra;
};

struct LAMBDA_JSON Order {
  Envelope<Created> created;
  std::vector<Envelope<int>> ints;
  std::map<std::string, Envelope<std::vector<std::string>>> by_name;
  std::variant<std::string, Envelope<basic_Message<std::string_view>>> either;
  basic_Message<std::string> message;
  Tree<int> tree;
  std::optional<Derived<double>> derived;
};

using CreatedEvent LAMBDA_JSON = Envelope<Created>;  // also used by Order: generated once
using DoubleEvent LAMBDA_JSON = Envelope<double>;    // named only here

}  // namespace golden
