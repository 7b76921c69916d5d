// Real event types, parsed and written by Lambdagen's generated codecs, by glaze (when built with
// it: reflection plus a glz::meta per struct built from the same field lists) and by RapidJSON and
// nlohmann::json (DOM plus generic mapping over a field list), on the same bytes into the same
// structs. Before anything is timed, all readers must produce the same value, and Lambdagen must
// read back what glaze writes.
#include "event_fields.h"
#include "peers/glaze_peer.h"
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
  std::string glaze_json;  // a mutable copy, which glaze pads in place while it reads
};

[[noreturn]] void fail(const std::string& file, const std::string& what) {
  std::cerr << file << ": " << what << "\n";
  std::exit(1);
}

// glaze must read the value Lambdagen reads, twice into the same object (as ParseInto times it),
// and Lambdagen must read back what glaze writes, fresh or into a used string.
template <class T>
void check_glaze(const std::string& file, const std::string& json, const std::string& expected) {
#if LAMBDAGEN_BENCH_GLAZE
  std::string text = json;
  T value{};
  for (int pass = 0; pass < 2; ++pass) {
    if (auto error = bench::glaze_peer::read_error(text, value); !error.empty()) fail(file, "glaze: " + error);
    if (text != json) fail(file, "glaze changed its input");
    if (lambda::json::to_string(value) != expected) fail(file, "glaze disagrees with Lambdagen on the parsed value");
  }
  std::string reused = "stale text that glaze must overwrite";
  bench::glaze_peer::write(value, reused);
  for (const std::string& written : {bench::glaze_peer::write(value), reused}) {
    auto back = lambda::json::parse<T>(written);
    if (!back) fail(file, "Lambdagen cannot read what glaze wrote: " + back.error().message());
    if (lambda::json::to_string(*back) != expected) fail(file, "what glaze wrote reads back as a different value");
  }
#else
  (void)file, (void)json, (void)expected;
#endif
}

template <class T>
subject<T> prepare(std::string name, const std::string& file) {
  std::string json = load(file);
  auto ours = lambda::json::parse<T>(json);
  if (!ours) fail(file, ours.error().message());
  T via_rapidjson{}, via_nlohmann{};
  rapidjson::Document doc;
  bench::rapidjson_reflected::parse(json, doc, via_rapidjson);
  bench::nlohmann_reflected::parse(json, via_nlohmann);
  const std::string expected = lambda::json::to_string(*ours);
  if (lambda::json::to_string(via_rapidjson) != expected || lambda::json::to_string(via_nlohmann) != expected)
    fail(file, "the peers disagree with Lambdagen on the parsed value");
  // parse_into, as ParseInto/Lambdagen times it, twice into the same value.
  T reused{};
  for (int pass = 0; pass < 2; ++pass) {
    if (auto r = lambda::json::parse_into(json, reused); !r) fail(file, r.error().message());
    if (lambda::json::to_string(reused) != expected) fail(file, "parse_into disagrees with parse");
  }
  check_glaze<T>(file, json, expected);
  std::string glaze_json = json;
  return {std::move(name), std::move(json), std::move(*ours), std::move(glaze_json)};
}

template <class T>
void register_all(subject<T>& s) {
  const auto bytes = static_cast<std::int64_t>(s.json.size());
  benchmark::RegisterBenchmark((s.name + "/Parse/Lambdagen").c_str(), [&s, bytes](benchmark::State& state) {
    for (auto _ : state) {
      auto r = lambda::json::parse<T>(s.json);
      benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
  });
#if LAMBDAGEN_BENCH_GLAZE
  benchmark::RegisterBenchmark((s.name + "/Parse/glaze").c_str(), [&s, bytes](benchmark::State& state) {
    for (auto _ : state) {
      T value{};
      bool ok = bench::glaze_peer::read(s.glaze_json, value);
      benchmark::DoNotOptimize(ok);
      benchmark::DoNotOptimize(value);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
  });
#endif
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
  // Into a value the previous iteration filled: its strings, vectors and map nodes can be reused.
  benchmark::RegisterBenchmark((s.name + "/ParseInto/Lambdagen").c_str(), [&s, bytes](benchmark::State& state) {
    T value{};
    for (auto _ : state) {
      auto r = lambda::json::parse_into(s.json, value);
      benchmark::DoNotOptimize(r);
      benchmark::DoNotOptimize(value);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
  });
#if LAMBDAGEN_BENCH_GLAZE
  benchmark::RegisterBenchmark((s.name + "/ParseInto/glaze").c_str(), [&s, bytes](benchmark::State& state) {
    T value{};
    for (auto _ : state) {
      bool ok = bench::glaze_peer::read(s.glaze_json, value);
      benchmark::DoNotOptimize(ok);
      benchmark::DoNotOptimize(value);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
  });
#endif
  benchmark::RegisterBenchmark((s.name + "/Write/Lambdagen").c_str(), [&s](benchmark::State& state) {
    std::int64_t written = 0;
    for (auto _ : state) {
      std::string out = lambda::json::to_string(s.value);
      written += static_cast<std::int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(written);
  });
#if LAMBDAGEN_BENCH_GLAZE
  benchmark::RegisterBenchmark((s.name + "/Write/glaze").c_str(), [&s](benchmark::State& state) {
    std::int64_t written = 0;
    for (auto _ : state) {
      std::string out = bench::glaze_peer::write(s.value);
      written += static_cast<std::int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(written);
  });
#endif
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
  // Into the string the previous iteration wrote, keeping its capacity.
  benchmark::RegisterBenchmark((s.name + "/WriteReused/Lambdagen").c_str(), [&s](benchmark::State& state) {
    std::int64_t written = 0;
    std::string out;
    for (auto _ : state) {
      lambda::json::to_string(s.value, out);
      written += static_cast<std::int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(written);
  });
#if LAMBDAGEN_BENCH_GLAZE
  benchmark::RegisterBenchmark((s.name + "/WriteReused/glaze").c_str(), [&s](benchmark::State& state) {
    std::int64_t written = 0;
    std::string out;
    for (auto _ : state) {
      bench::glaze_peer::write(s.value, out);
      written += static_cast<std::int64_t>(out.size());
      benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(written);
  });
#endif
}

// The borrowed variant of an event (std::string_view members), read fresh each time: it must read
// the value the owned type reads. glaze reads the same borrowed type where it agrees: its views
// point at the input as it is, escapes and all, so on an event with escaped strings it reads a
// different value and is not timed (it says so).
template <class Borrowed, class Owned>
void register_borrowed(subject<Owned>& s) {
  const auto bytes = static_cast<std::int64_t>(s.json.size());
  const std::string expected = lambda::json::to_string(s.value);
  {
    auto ours = lambda::json::parse<Borrowed>(s.json);
    if (!ours) fail(s.name, "borrowed: " + ours.error().message());
    if (lambda::json::to_string(*ours) != expected) fail(s.name, "the borrowed type reads a different value");
  }
  benchmark::RegisterBenchmark((s.name + "/ParseBorrowed/Lambdagen").c_str(), [&s, bytes](benchmark::State& state) {
    for (auto _ : state) {
      auto r = lambda::json::parse<Borrowed>(s.json);
      benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
  });
#if LAMBDAGEN_BENCH_GLAZE
  Borrowed theirs{};
  if (auto error = bench::glaze_peer::read_error(s.glaze_json, theirs); !error.empty()) {
    std::cout << "glaze: " << s.name << ", borrowed: not timed, it fails: " << error << "\n";
  } else if (lambda::json::to_string(theirs) != expected) {
    std::cout << "glaze: " << s.name << ", borrowed: not timed, its views keep the input's escapes\n";
  } else {
    benchmark::RegisterBenchmark((s.name + "/ParseBorrowed/glaze").c_str(), [&s, bytes](benchmark::State& state) {
      for (auto _ : state) {
        Borrowed value{};
        bool ok = bench::glaze_peer::read(s.glaze_json, value);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(value);
      }
      state.SetBytesProcessed(state.iterations() * bytes);
    });
  }
#endif
}

}  // namespace

int main(int argc, char** argv) {
  namespace ev = lambda::events;
  static auto rest = prepare<ev::APIGatewayProxyRequest>("APIGatewayProxyRequest", "apigateway-rest-request.json");
  static auto http = prepare<ev::APIGatewayV2HTTPRequest>("APIGatewayV2HTTPRequest", "apigateway-v2-http-request.json");
  static auto sqs = prepare<ev::SQSEvent>("SQSEvent_10_records", "sqs-10-records.json");
  static auto s3 = prepare<ev::S3Event>("S3Event", "s3-put.json");
  static auto dynamodb = prepare<ev::DynamoDBEvent>("DynamoDBEvent_5_records", "dynamodb-5-records.json");
  register_all(rest);
  register_all(http);
  register_all(sqs);
  register_all(s3);
  register_all(dynamodb);
  register_borrowed<ev::borrowed::APIGatewayProxyRequest>(rest);
  register_borrowed<ev::borrowed::APIGatewayV2HTTPRequest>(http);
  register_borrowed<ev::borrowed::SQSEvent>(sqs);
  register_borrowed<ev::borrowed::S3Event>(s3);
  std::cout << "simdjson kernel: " << lambda::json::active_kernel() << "\n";
#if LAMBDAGEN_BENCH_GLAZE
  std::cout << "glaze: " << LAMBDAGEN_BENCH_GLAZE_DIR << " (default options; agrees with Lambdagen)\n";
#else
  std::cout << "glaze: not found at " << LAMBDAGEN_BENCH_GLAZE_DIR << ", its benchmarks are skipped\n";
#endif
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
