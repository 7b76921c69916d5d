// Real event types, parsed and written by Lambdagen's generated codecs and by RapidJSON and
// nlohmann::json (DOM plus generic mapping over a field list), on the same bytes into the same
// structs. Before anything is timed, all three readers must produce the same value.
#include "event_fields.h"
#include "peers/nlohmann_reflected.h"
#include "peers/rapidjson_reflected.h"

#include <lambda/json.h>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string load(const std::string& name) {
  std::ifstream in(std::string(LAMBDAGEN_BENCH_DATA) + "/" + name);
  std::stringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  if (text.empty()) {
    std::cerr << "cannot read " << name << "\n";
    std::exit(1);
  }
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

template <class T>
struct subject {
  std::string name;
  std::string json;
  T value;
};

template <class T>
subject<T> prepare(std::string name, const std::string& file) {
  std::string json = load(file);
  auto ours = lambda::json::parse<T>(json);
  if (!ours) {
    std::cerr << file << ": " << ours.error().message() << "\n";
    std::exit(1);
  }
  T via_rapidjson{}, via_nlohmann{};
  rapidjson::Document doc;
  bench::rapidjson_reflected::parse(json, doc, via_rapidjson);
  bench::nlohmann_reflected::parse(json, via_nlohmann);
  const std::string expected = lambda::json::to_string(*ours);
  if (lambda::json::to_string(via_rapidjson) != expected || lambda::json::to_string(via_nlohmann) != expected) {
    std::cerr << file << ": the peers disagree with Lambdagen on the parsed value\n";
    std::exit(1);
  }
  return {std::move(name), std::move(json), std::move(*ours)};
}

template <class T>
void register_all(const subject<T>& s) {
  const auto bytes = static_cast<std::int64_t>(s.json.size());
  benchmark::RegisterBenchmark((s.name + "/Parse/Lambdagen").c_str(), [&s, bytes](benchmark::State& state) {
    for (auto _ : state) {
      auto r = lambda::json::parse<T>(s.json);
      benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
  });
  benchmark::RegisterBenchmark((s.name + "/Parse/RapidJSON").c_str(), [&s, bytes](benchmark::State& state) {
    for (auto _ : state) {
      rapidjson::Document doc;
      T value{};
      bench::rapidjson_reflected::parse(s.json, doc, value);
      benchmark::DoNotOptimize(value);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
  });
  benchmark::RegisterBenchmark((s.name + "/Parse/nlohmann").c_str(), [&s, bytes](benchmark::State& state) {
    for (auto _ : state) {
      T value{};
      bench::nlohmann_reflected::parse(s.json, value);
      benchmark::DoNotOptimize(value);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
  });
  benchmark::RegisterBenchmark((s.name + "/Write/Lambdagen").c_str(), [&s](benchmark::State& state) {
    std::int64_t written = 0;
    for (auto _ : state) {
      std::string out = lambda::json::to_string(s.value);
      written += static_cast<std::int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(written);
  });
  benchmark::RegisterBenchmark((s.name + "/Write/RapidJSON").c_str(), [&s](benchmark::State& state) {
    std::int64_t written = 0;
    for (auto _ : state) {
      rapidjson::StringBuffer buffer;
      bench::rapidjson_reflected::write(s.value, buffer);
      std::string out(buffer.GetString(), buffer.GetSize());
      written += static_cast<std::int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(written);
  });
  benchmark::RegisterBenchmark((s.name + "/Write/nlohmann").c_str(), [&s](benchmark::State& state) {
    std::int64_t written = 0;
    for (auto _ : state) {
      std::string out = bench::nlohmann_reflected::write(s.value);
      written += static_cast<std::int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(written);
  });
}

}  // namespace

int main(int argc, char** argv) {
  namespace ev = lambda::events;
  static const auto rest =
      prepare<ev::APIGatewayProxyRequest>("APIGatewayProxyRequest", "apigateway-rest-request.json");
  static const auto http =
      prepare<ev::APIGatewayV2HTTPRequest>("APIGatewayV2HTTPRequest", "apigateway-v2-http-request.json");
  static const auto sqs = prepare<ev::SQSEvent>("SQSEvent_10_records", "sqs-10-records.json");
  static const auto s3 = prepare<ev::S3Event>("S3Event", "s3-put.json");
  static const auto dynamodb = prepare<ev::DynamoDBEvent>("DynamoDBEvent_5_records", "dynamodb-5-records.json");
  register_all(rest);
  register_all(http);
  register_all(sqs);
  register_all(s3);
  register_all(dynamodb);
  std::cout << "simdjson kernel: " << lambda::json::active_kernel() << "\n";
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
