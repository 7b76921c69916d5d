// The model on its own: naming policies, the key-dispatch planner, type spellings and kinds,
// emission order.

#include "model/dispatch_plan.h"
#include "model/module.h"
#include "model/naming_policy.h"
#include "model/type_ref.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace lambdagen::codegen::model {
namespace {

TEST(TypeRef, CustomTypesAcceptWhatTheirCodecSaysAndTaggedVariantsObjects) {
  model::TypeRef decimal = model::custom_type("::Decimal", JsonKinds::string | JsonKinds::number);
  EXPECT_EQ(accepted_kinds(decimal), JsonKinds::string | JsonKinds::number);
  EXPECT_FALSE(model::merges_when_read_twice(decimal));  // its codec gives the whole value
  EXPECT_NE(variant_ambiguity({decimal, model::leaf_type(TypeKind::string, "std::string")}), "");
  // As the library's codec<std::variant> does: integral tokens go to the integer, others to the decimal.
  EXPECT_EQ(variant_ambiguity({decimal, model::leaf_type(TypeKind::integer, "int")}), "");
  EXPECT_EQ(variant_ambiguity({decimal, model::leaf_type(TypeKind::boolean, "bool")}), "");
  model::TypeRef a = model::leaf_type(TypeKind::record, "::A"), b = model::leaf_type(TypeKind::record, "::B");
  EXPECT_NE(variant_ambiguity({a, b}).find("LAMBDA_JSON_TAG"), std::string::npos);
  model::TypeRef tagged = model::tagged_variant_of({a, b}, "type", {"a", "b"});
  EXPECT_EQ(accepted_kinds(tagged), JsonKinds::object);
  EXPECT_TRUE(model::merges_when_read_twice(tagged));
  EXPECT_TRUE(model::holds_tagged_variant(model::optional_of(tagged)));
  EXPECT_FALSE(model::holds_tagged_variant(model::variant_of({a, model::leaf_type(TypeKind::string, "std::string")})));
  EXPECT_TRUE(model::spelled_without_escapes("order.created"));
  EXPECT_FALSE(model::spelled_without_escapes("a\"b"));
  EXPECT_FALSE(model::spelled_without_escapes("tab\t"));
}

TEST(NamingPolicy, ParsesTheFourAnnotationSpellings) {
  EXPECT_EQ(parse_naming_policy("as_declared"), NamingPolicy::as_declared);
  EXPECT_EQ(parse_naming_policy("camelCase"), NamingPolicy::camel_case);
  EXPECT_EQ(parse_naming_policy("PascalCase"), NamingPolicy::pascal_case);
  EXPECT_EQ(parse_naming_policy("snake_case"), NamingPolicy::snake_case);
  EXPECT_EQ(parse_naming_policy("camelcase"), std::nullopt);
  EXPECT_EQ(parse_naming_policy(""), std::nullopt);
  for (auto policy :
       {NamingPolicy::as_declared, NamingPolicy::camel_case, NamingPolicy::pascal_case, NamingPolicy::snake_case})
    EXPECT_EQ(parse_naming_policy(naming_policy_name(policy)), policy);
}

TEST(NamingPolicy, SplitsIdentifiersAtUnderscoresAndCaseChanges) {
  using words = std::vector<std::string>;
  EXPECT_EQ(split_identifier("request_id"), (words{"request", "id"}));
  EXPECT_EQ(split_identifier("requestId"), (words{"request", "Id"}));
  EXPECT_EQ(split_identifier("HTTPRequest"), (words{"HTTP", "Request"}));
  EXPECT_EQ(split_identifier("s3Bucket"), (words{"s3", "Bucket"}));
  EXPECT_EQ(split_identifier("utf8_text2"), (words{"utf8", "text2"}));
  EXPECT_EQ(split_identifier("__class_"), (words{"class"}));
  EXPECT_EQ(split_identifier("ID"), (words{"ID"}));
  EXPECT_EQ(split_identifier(""), words{});
}

struct PolicyCase {
  const char* identifier;
  const char* camel;
  const char* pascal;
  const char* snake;
};

TEST(NamingPolicy, ConvertsBetweenCases) {
  const PolicyCase cases[] = {
      {"request_id", "requestId", "RequestId", "request_id"},
      {"requestId", "requestId", "RequestId", "request_id"},
      {"RequestId", "requestId", "RequestId", "request_id"},
      {"URLPath", "urlPath", "UrlPath", "url_path"},
      {"x", "x", "X", "x"},
      {"class_", "class", "Class", "class"},
      {"isBase64Encoded", "isBase64Encoded", "IsBase64Encoded", "is_base64_encoded"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.identifier);
    EXPECT_EQ(apply_naming_policy(NamingPolicy::as_declared, c.identifier), c.identifier);
    EXPECT_EQ(apply_naming_policy(NamingPolicy::camel_case, c.identifier), c.camel);
    EXPECT_EQ(apply_naming_policy(NamingPolicy::pascal_case, c.identifier), c.pascal);
    EXPECT_EQ(apply_naming_policy(NamingPolicy::snake_case, c.identifier), c.snake);
  }
}

/// Walks `node` as generated code would for `key`; returns the candidate reached, if any.
std::optional<std::size_t> route(const DispatchNode& node, std::string_view key) {
  if (node.is_leaf()) return node.candidate;
  for (const auto& branch : node.branches)
    if (static_cast<unsigned char>(key[node.position]) == branch.byte) return route(branch.next, key);
  return std::nullopt;
}

std::optional<std::size_t> route(const DispatchPlan& plan, std::string_view key) {
  for (const auto& group : plan.groups)
    if (group.length == key.size()) return route(group.node, key);
  return std::nullopt;
}

TEST(DispatchPlan, GroupsByLengthInAscendingOrder) {
  DispatchPlan plan = plan_dispatch({"price", "id", "items", "x"});
  ASSERT_EQ(plan.groups.size(), 3u);
  EXPECT_EQ(plan.groups[0].length, 1u);
  EXPECT_EQ(plan.groups[1].length, 2u);
  EXPECT_EQ(plan.groups[2].length, 5u);
  EXPECT_TRUE(plan.groups[0].node.is_leaf());
  EXPECT_EQ(plan.groups[0].node.candidate, 3u);
  EXPECT_EQ(plan.groups[1].node.candidate, 1u);
}

TEST(DispatchPlan, SwitchesOnTheMostDiscriminatingByte) {
  // Position 0 is shared ('a'); position 1 separates three ways, position 2 only two.
  DispatchPlan plan = plan_dispatch({"abx", "acx", "ady"});
  ASSERT_EQ(plan.groups.size(), 1u);
  const DispatchNode& node = plan.groups[0].node;
  EXPECT_EQ(node.position, 1u);
  ASSERT_EQ(node.branches.size(), 3u);
  EXPECT_EQ(node.branches[0].byte, 'b');
  EXPECT_EQ(node.branches[1].byte, 'c');
  EXPECT_EQ(node.branches[2].byte, 'd');
  EXPECT_EQ(dispatch_depth(node), 1u);
}

TEST(DispatchPlan, RecursesUntilOneCandidateIsLeft) {
  // No single position separates all four: two levels are needed.
  std::vector<std::string> keys = {"aa", "ab", "ba", "bb"};
  DispatchPlan plan = plan_dispatch(keys);
  ASSERT_EQ(plan.groups.size(), 1u);
  EXPECT_EQ(dispatch_depth(plan.groups[0].node), 2u);
  for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(route(plan, keys[i]), i) << keys[i];
}

TEST(DispatchPlan, RoutesEveryKeyToItselfAndOthersNowhereElse) {
  std::vector<std::string> keys = {"resource",
                                   "path",
                                   "httpMethod",
                                   "headers",
                                   "multiValueHeaders",
                                   "queryStringParameters",
                                   "multiValueQueryStringParameters",
                                   "pathParameters",
                                   "stageVariables",
                                   "requestContext",
                                   "body",
                                   "isBase64Encoded",
                                   "version",
                                   "routeKey",
                                   "rawPath",
                                   "rawQueryString",
                                   "cookies",
                                   "\xc3\xa9t\xc3\xa9",
                                   "a\"b",
                                   ""};
  DispatchPlan plan = plan_dispatch(keys);
  for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(route(plan, keys[i]), i) << keys[i];
  // A key that is not a member reaches at most one candidate, which the final comparison rejects.
  for (std::string_view unknown : {"bodY", "paths", "zzzz", "version2"}) {
    auto candidate = route(plan, unknown);
    if (candidate) {
      EXPECT_NE(keys[*candidate], unknown);
    }
  }
}

TEST(DispatchPlan, IsDeterministicAndBoundedForManyKeys) {
  std::vector<std::string> keys;
  for (int i = 0; i < 200; ++i) keys.push_back("field_" + std::to_string(i * 7919 % 1000));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  DispatchPlan a = plan_dispatch(keys);
  DispatchPlan b = plan_dispatch(keys);
  ASSERT_EQ(a.groups.size(), b.groups.size());
  for (std::size_t g = 0; g < a.groups.size(); ++g) {
    EXPECT_EQ(a.groups[g].node.position, b.groups[g].node.position);
    // Keys of at most three distinct decimal digits: never more than three byte switches.
    EXPECT_LE(dispatch_depth(a.groups[g].node), 3u);
  }
  for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(route(a, keys[i]), i);
}

TEST(DispatchPlan, RejectsDuplicateKeys) {
  EXPECT_THROW(plan_dispatch({"a", "b", "a"}), std::invalid_argument);
  EXPECT_TRUE(plan_dispatch({}).groups.empty());
}

TEST(TypeRef, ComposesFullyQualifiedSpellings) {
  TypeRef item = leaf_type(TypeKind::record, "::shop::Item");
  TypeRef text = leaf_type(TypeKind::string, "std::string");
  EXPECT_EQ(vector_of(item).spelling, "std::vector<::shop::Item>");
  EXPECT_EQ(optional_of(text).spelling, "std::optional<std::string>");
  EXPECT_EQ(map_of(TypeKind::map, text, item).spelling, "std::map<std::string, ::shop::Item>");
  EXPECT_EQ(map_of(TypeKind::unordered_map, text, leaf_type(TypeKind::integer, "int")).spelling,
            "std::unordered_map<std::string, int>");
  EXPECT_EQ(variant_of({leaf_type(TypeKind::monostate, "std::monostate"), text, vector_of(text)}).spelling,
            "std::variant<std::monostate, std::string, std::vector<std::string>>");
}

TEST(TypeRef, AcceptedKindsMirrorTheCodecs) {
  TypeRef text = leaf_type(TypeKind::string, "std::string");
  EXPECT_EQ(accepted_kinds(text), JsonKinds::string);
  EXPECT_EQ(accepted_kinds(optional_of(text)), JsonKinds::string | JsonKinds::null);
  EXPECT_EQ(accepted_kinds(leaf_type(TypeKind::enumeration, "::E")), JsonKinds::string);
  EXPECT_EQ(accepted_kinds(leaf_type(TypeKind::epoch_seconds, "x")), JsonKinds::number);
  EXPECT_EQ(accepted_kinds(leaf_type(TypeKind::raw_json, "x")), JsonKinds::any);
  EXPECT_EQ(describe_kinds(JsonKinds::string | JsonKinds::array), "string or array");
}

TEST(TypeRef, VariantAlternativesMustBeToldApartByTheirJsonKind) {
  TypeRef text = leaf_type(TypeKind::string, "std::string");
  TypeRef integer = leaf_type(TypeKind::integer, "int");
  TypeRef real = leaf_type(TypeKind::floating, "double");
  TypeRef record_a = leaf_type(TypeKind::record, "::A");
  TypeRef record_b = leaf_type(TypeKind::record, "::B");
  EXPECT_EQ(variant_ambiguity({text, vector_of(text)}), "");
  EXPECT_EQ(variant_ambiguity({integer, real}), "");  // an integral token picks the integer
  EXPECT_EQ(variant_ambiguity({leaf_type(TypeKind::monostate, "std::monostate"), text}), "");
  EXPECT_NE(variant_ambiguity({record_a, record_b}).find("both accept JSON object"), std::string::npos);
  EXPECT_NE(variant_ambiguity({text, leaf_type(TypeKind::enumeration, "::E")}), "");
  EXPECT_NE(variant_ambiguity({optional_of(integer), leaf_type(TypeKind::monostate, "std::monostate")}), "");
}

Record record_using(std::string name, std::vector<TypeRef> member_types) {
  Record r;
  r.qualified_name = std::move(name);
  for (auto& t : member_types) r.fields.push_back(Field{"m", "m", std::move(t), false, false, {}});
  return r;
}

TEST(Module, OrdersTypesAfterTheTypesTheyUse) {
  Module m;
  m.types.push_back(record_using(
      "::Order", {vector_of(leaf_type(TypeKind::record, "::Item")), leaf_type(TypeKind::enumeration, "::Color")}));
  m.types.push_back(record_using("::Item", {leaf_type(TypeKind::record, "::Money")}));
  m.types.push_back(Enum{"::Color", {}, NamingPolicy::as_declared, {}});
  m.types.push_back(record_using("::Money", {}));
  m.types.push_back(record_using("::Unrelated", {}));
  order_by_dependencies(m);
  std::vector<std::string> names;
  for (const auto& t : m.types) names.push_back(qualified_name(t));
  EXPECT_EQ(names, (std::vector<std::string>{"::Money", "::Item", "::Color", "::Order", "::Unrelated"}));
}

TEST(Module, BreaksCyclesThroughContainers) {
  Module m;
  m.types.push_back(record_using("::Node", {vector_of(leaf_type(TypeKind::record, "::Node"))}));
  m.types.push_back(record_using("::Tree", {leaf_type(TypeKind::record, "::Node")}));
  order_by_dependencies(m);
  ASSERT_EQ(m.types.size(), 2u);
  EXPECT_EQ(qualified_name(m.types[0]), "::Node");
  EXPECT_EQ(qualified_name(m.types[1]), "::Tree");
}

TEST(Module, NamesTheGeneratedHeader) {
  EXPECT_EQ(generated_header_name("order.h"), "order.json.h");
  EXPECT_EQ(generated_header_name("shop/order.hpp"), "shop/order.json.h");
  EXPECT_EQ(generated_header_name("v1.2/order"), "v1.2/order.json.h");
}

}  // namespace
}  // namespace lambdagen::codegen::model
