#pragma once
// Annotated class templates: an event envelope around any detail, and one message definition
// with an owned (std::string) and a borrowed (std::string_view) variant.

#include <lambda/json/annotate.h>
#include <lambda/json/flat_map.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace events {

template <class Detail>
struct LAMBDA_JSON LAMBDA_JSON_NAMING("camelCase") Envelope {
  LAMBDA_JSON_REQUIRED std::string event_id;
  LAMBDA_JSON_NAME("detail") Detail payload;
  std::optional<std::int32_t> retry_count;
  friend bool operator==(const Envelope&, const Envelope&) = default;
};

struct LAMBDA_JSON Created {
  LAMBDA_JSON_REQUIRED std::string order;
  std::int32_t quantity = 0;
  friend bool operator==(const Created&, const Created&) = default;
};

/// The parameter is a member's type, an optional's, a vector's element and a map's key.
template <class String>
struct LAMBDA_JSON basic_Message {
  String body;
  std::optional<String> id;
  std::vector<String> tags;
  lambda::json::flat_map<String, String> attrs;
  std::map<String, std::int32_t> counts;
  friend bool operator==(const basic_Message&, const basic_Message&) = default;
};

using Message = basic_Message<std::string>;

struct LAMBDA_JSON Feed {
  Envelope<Created> created;
  std::vector<Envelope<std::int64_t>> ints;
  std::optional<Envelope<Message>> last;
  std::map<std::string, Envelope<std::vector<std::string>>> by_name;
  friend bool operator==(const Feed&, const Feed&) = default;
};

/// Specializations no annotated type uses get their codecs by being named in an annotated alias.
using MessageView LAMBDA_JSON = basic_Message<std::string_view>;
using CreatedEvent LAMBDA_JSON = Envelope<Created>;  // Feed uses it too: one codec all the same

}  // namespace events
