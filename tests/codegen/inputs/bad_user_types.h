#pragma once
// Tagged variants and codecs of the user's own that the generator refuses, each with its reason.
#include <lambda/json/annotate.h>
#include <lambda/json/codec.h>
#include <lambda/json/codecs/containers.h>

#include <map>
#include <unordered_set>

#include <string>
#include <variant>

namespace bad {

struct NoAccepts {};
struct AcceptsNothing {};
struct Plain {};

}  // namespace bad

template <>
struct lambda::json::codec<bad::NoAccepts> {};
template <>
struct lambda::json::codec<bad::AcceptsNothing> {
  static constexpr kinds accepts = kinds::none;
};

namespace bad {

struct LAMBDA_JSON A {
  int id = 0;
};
struct LAMBDA_JSON LAMBDA_JSON_TAG_VALUE("A") B {
  int id = 0;
};
struct LAMBDA_JSON C {
  std::string type;
};
struct LAMBDA_JSON LAMBDA_JSON_TAG("type") D {};
struct LAMBDA_JSON LAMBDA_JSON_NAME("named") Named {};
struct LAMBDA_JSON LAMBDA_JSON_TAG_VALUE("e\\e") E {};

struct LAMBDA_JSON Holder {
  NoAccepts no_accepts;
  AcceptsNothing accepts_nothing;
  Plain plain;
  LAMBDA_JSON_TAG("type") int not_a_variant;
  LAMBDA_JSON_TAG("type") std::variant<A, int> not_a_struct;
  LAMBDA_JSON_TAG("type") std::variant<A, B> same_tag;
  LAMBDA_JSON_TAG("type") std::variant<A, C> takes_the_tag_key;
  LAMBDA_JSON_TAG("ty\"pe") std::variant<A> escaped_key;
  LAMBDA_JSON_TAG_VALUE("x") int tag_value_on_a_member;
  LAMBDA_JSON_TAG("type") std::variant<A, E> escaped_value;
  std::variant<A, D> untagged_structs;
  std::multimap<int, int> int_keys;
  std::unordered_set<int> hashed;
};

}  // namespace bad
