// Containers known by what they can do (tests/generated/containers.h): read, written, round
// tripped, and their errors (a wrong length, a repeated set element) with their paths.
#include "containers.testing.h"

#include <lambda/json/testing/gtest.h>

#include <gtest/gtest.h>

namespace json = lambda::json;

namespace {

constexpr std::string_view shelf_text = R"({
  "items": [{"name": "a", "count": 1}, {"name": "b"}],
  "notes": ["x", "y"],
  "sizes": [3, 1, 2],
  "labels": ["b", "a", "b"],
  "position": [1.5, -2, 0],
  "counts": {"k": 1, "j": 2, "k": 3},
  "by_code": {"z": {"name": "zed"}, "a": {"name": "ay", "count": 4}, "z": {"name": "last"}},
  "ranges": [[1, 2], [3, 4]]
})";

TEST(Containers, ReadByWhatTheyCanDo) {
  auto r = json::parse<shelf::Shelf>(shelf_text);
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->items, (std::deque<shelf::Item>{{"a", 1}, {"b", 0}}));
  EXPECT_EQ(r->notes, (std::list<std::string>{"x", "y"}));
  EXPECT_EQ(r->sizes, (std::set<int>{1, 2, 3}));
  EXPECT_EQ(r->labels, (std::multiset<std::string>{"a", "b", "b"}));
  EXPECT_EQ(r->position, (std::array<double, 3>{1.5, -2, 0}));
  EXPECT_EQ(r->counts.count("k"), 2u);  // a multimap keeps every entry of a repeated key
  ASSERT_EQ(r->by_code.size(), 2u);     // a unique map keeps the last
  EXPECT_EQ(r->by_code.begin()->first, "a");
  EXPECT_EQ(std::next(r->by_code.begin())->second.name, "last");
  EXPECT_EQ(r->ranges.back(), (std::array<int, 2>{3, 4}));
}

TEST(Containers, WriteInTheirOrder) {
  auto r = json::parse<shelf::Shelf>(shelf_text);
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(json::to_string(*r),
            R"({"items":[{"name":"a","count":1},{"name":"b","count":0}],"notes":["x","y"],"sizes":[1,2,3],)"
            R"("labels":["a","b","b"],"position":[1.5,-2.0,0.0],"counts":{"j":2,"k":1,"k":3},)"
            R"("by_code":{"a":{"name":"ay","count":4},"z":{"name":"last","count":0}},"ranges":[[1,2],[3,4]]})");
}

TEST(Containers, ErrorsSayWhereAndWhat) {
  auto message = [](std::string_view text) {
    auto r = json::parse<shelf::Shelf>(text);
    return r ? std::string("parsed") : r.error().message();
  };
  EXPECT_EQ(message(R"({"position": [1, 2]})"), "$.position: expected an array of 3 elements, got 2 elements");
  EXPECT_EQ(message(R"({"position": [1, 2, 3, 4]})"),
            "$.position[3]: expected an array of 3 elements, got more than 3");
  EXPECT_EQ(message(R"({"ranges": [[1]]})"), "$.ranges[0]: expected an array of 2 elements, got 1 element");
  EXPECT_EQ(message(R"({"sizes": [1, 2, 1]})"),
            "$.sizes[2]: expected an element the set does not hold yet, got a repeat of an earlier element");
  EXPECT_EQ(message(R"({"items": [{"count": "x"}]})"),
            R"($.items[0].count: expected integer in [-2147483648, 2147483647], got string "x")");
  EXPECT_EQ(message(R"({"counts": {"k": true}})"),
            "$.counts.k: expected integer in [-2147483648, 2147483647], got boolean");
  EXPECT_EQ(message(R"({"notes": {}})"), "$.notes: expected array, got object");
  EXPECT_EQ(message(R"({"by_code": []})"), "$.by_code: expected object, got array");
}

TEST(Containers, ParseIntoReplacesWhatTheyHeld) {
  shelf::Shelf s;
  ASSERT_TRUE(json::parse_into(shelf_text, s));
  ASSERT_TRUE(json::parse_into(R"({"sizes": [9], "counts": {}})", s));
  EXPECT_EQ(s.sizes, std::set<int>{9});
  EXPECT_TRUE(s.counts.empty());
  EXPECT_TRUE(s.items.empty());
  EXPECT_EQ(s.position, (std::array<double, 3>{}));
}

TEST(Containers, RoundTrip) {
  EXPECT_JSON_ROUND_TRIPS(shelf::Shelf, shelf_text);
  EXPECT_ROUND_TRIPS(shelf::Shelf);
}

}  // namespace
