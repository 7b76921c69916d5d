// A fixed number of parses or writes of one event from bench/data, for instruction counts under
// callgrind (which counts the same on every run, unlike the clock on a shared machine):
//
//   valgrind --tool=callgrind --toggle-collect='lambda::json::parser::*' \
//     build/bench/events_profile s3 parse 1000
//
// EVENT is rest, http, sqs, s3 or dynamodb, or borrowed-rest, borrowed-http, borrowed-sqs or
// borrowed-s3 for the borrowed variants; OPERATION is parse (a fresh value each time), parse_into
// (one value, reused) or write; glaze-parse, glaze-read_into and glaze-write do the same with
// glaze when the benchmarks were built with it (the same bytes and types as events_bench); copy
// copies the parsed value and destroys the copy, JSON-free: a floor for any fresh parse, which
// must allocate and fill the same strings and containers, then free them.
#include <lambda/events/apigateway.h>
#include <lambda/events/dynamodb.h>
#include <lambda/events/s3.h>
#include <lambda/events/sqs.h>
#include <lambda/json.h>

#if LAMBDAGEN_BENCH_GLAZE
#include "event_fields.h"
#include "peers/glaze_peer.h"
#endif

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

std::string load(const std::string& name) {
  std::ifstream in(std::string(LAMBDAGEN_BENCH_DATA) + "/" + name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

template <class T>
int run(const std::string& file, std::string_view operation, long count) {
  const std::string json = load(file);
  auto first = lambda::json::parse<T>(json);
  if (!first) {
    std::cerr << file << ": " << first.error().message() << "\n";
    return 1;
  }
  std::size_t sink = 0;
  if (operation == "parse") {
    for (long i = 0; i < count; ++i) sink += lambda::json::parse<T>(json).has_value();
  } else if (operation == "parse_into") {
    T value{};
    for (long i = 0; i < count; ++i) sink += lambda::json::parse_into(json, value).has_value();
  } else if (operation == "write") {
    for (long i = 0; i < count; ++i) sink += lambda::json::to_string(*first).size();
  } else if (operation == "copy") {
    for (long i = 0; i < count; ++i) {
      T copy(*first);
      asm volatile("" : : "r"(&copy) : "memory");  // the copy is made and freed, not optimised out
    }
  } else if (operation.starts_with("glaze-")) {
#if LAMBDAGEN_BENCH_GLAZE
    std::string glaze_json = json;  // glaze pads a mutable string in place while it reads
    if (operation == "glaze-parse") {
      for (long i = 0; i < count; ++i) {
        T value{};
        sink += bench::glaze_peer::read(glaze_json, value);
      }
    } else if (operation == "glaze-read_into") {
      T value{};
      for (long i = 0; i < count; ++i) sink += bench::glaze_peer::read(glaze_json, value);
    } else if (operation == "glaze-write") {
      for (long i = 0; i < count; ++i) sink += bench::glaze_peer::write(*first).size();
    } else {
      std::cerr << "unknown operation " << operation << " (glaze-parse, glaze-read_into or glaze-write)\n";
      return 2;
    }
#else
    std::cerr << "glaze was not found when the benchmarks were configured (LAMBDAGEN_GLAZE_DIR)\n";
    return 2;
#endif
  } else {
    std::cerr << "unknown operation " << operation << " (parse, parse_into, write, copy or glaze-…)\n";
    return 2;
  }
  std::cout << operation << " " << file << " x" << count << ": " << sink << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: events_profile [borrowed-]rest|http|sqs|s3 or dynamodb parse|parse_into|write COUNT\n";
    return 2;
  }
  namespace ev = lambda::events;
  const std::string_view event = argv[1], operation = argv[2];
  const long count = std::atol(argv[3]);
  if (event == "rest") return run<ev::APIGatewayProxyRequest>("apigateway-rest-request.json", operation, count);
  if (event == "http") return run<ev::APIGatewayV2HTTPRequest>("apigateway-v2-http-request.json", operation, count);
  if (event == "sqs") return run<ev::SQSEvent>("sqs-10-records.json", operation, count);
  if (event == "s3") return run<ev::S3Event>("s3-put.json", operation, count);
  if (event == "dynamodb") return run<ev::DynamoDBEvent>("dynamodb-5-records.json", operation, count);
  if (event == "borrowed-rest")
    return run<ev::borrowed::APIGatewayProxyRequest>("apigateway-rest-request.json", operation, count);
  if (event == "borrowed-http")
    return run<ev::borrowed::APIGatewayV2HTTPRequest>("apigateway-v2-http-request.json", operation, count);
  if (event == "borrowed-sqs") return run<ev::borrowed::SQSEvent>("sqs-10-records.json", operation, count);
  if (event == "borrowed-s3") return run<ev::borrowed::S3Event>("s3-put.json", operation, count);
  std::cerr << "unknown event " << event << "\n";
  return 2;
}
