// Lambdagen's generated codecs against RapidJSON and nlohmann::json, on the same bytes, filling the
// same struct. Throughput is reported as bytes of JSON per second (the input for parsing, the
// output for writing).
#include "rest_request.json.h"
#include "peers/nlohmann_reflected.h"
#include "peers/rapidjson_reflected.h"
#include "rest_request_fields.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

std::string load_event() {
  std::ifstream in(LAMBDAGEN_BENCH_EVENT);
  std::stringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  if (text.empty()) {
    std::cerr << "cannot read " << LAMBDAGEN_BENCH_EVENT << "\n";
    std::exit(1);
  }
  return text;
}

const std::string& event() {
  static const std::string text = load_event();
  return text;
}

const bench::RestRequest& reference() {
  static const bench::RestRequest value = [] {
    auto r = lambda::json::parse<bench::RestRequest>(event());
    if (!r) {
      std::cerr << r.error().message() << "\n";
      std::exit(1);
    }
    // All three readers must agree before any of them is timed.
    bench::RestRequest via_rapidjson, via_nlohmann;
    rapidjson::Document doc;
    bench::rapidjson_reflected::parse(event(), doc, via_rapidjson);
    bench::nlohmann_reflected::parse(event(), via_nlohmann);
    if (!(*r == via_rapidjson) || !(*r == via_nlohmann)) {
      std::cerr << "peers disagree on the parsed event\n";
      std::exit(1);
    }
    return *r;
  }();
  return value;
}

void BM_Lambdagen_ParseOwned(benchmark::State& state) {
  const std::string& json = event();
  for (auto _ : state) {
    auto r = lambda::json::parse<bench::RestRequest>(json);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void BM_Lambdagen_ParseIntoOwned(benchmark::State& state) {
  const std::string& json = event();
  bench::RestRequest value;
  for (auto _ : state) {
    auto r = lambda::json::parse_into(json, value);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void BM_Lambdagen_ParseBorrowed(benchmark::State& state) {
  const std::string& json = event();
  for (auto _ : state) {
    auto r = lambda::json::parse<bench::RestRequestView>(json);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void BM_Lambdagen_Write(benchmark::State& state) {
  const auto& value = reference();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string out = lambda::json::to_string(value);
    bytes += out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void BM_RapidJSON_ParseOwned(benchmark::State& state) {
  const std::string& json = event();
  for (auto _ : state) {
    rapidjson::Document doc;
    bench::RestRequest value;
    bench::rapidjson_reflected::parse(json, doc, value);
    benchmark::DoNotOptimize(value);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void BM_RapidJSON_Write(benchmark::State& state) {
  const auto& value = reference();
  std::size_t bytes = 0;
  for (auto _ : state) {
    rapidjson::StringBuffer buffer;
    bench::rapidjson_reflected::write(value, buffer);
    std::string out(buffer.GetString(), buffer.GetSize());
    bytes += out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void BM_Nlohmann_ParseOwned(benchmark::State& state) {
  const std::string& json = event();
  for (auto _ : state) {
    bench::RestRequest value;
    bench::nlohmann_reflected::parse(json, value);
    benchmark::DoNotOptimize(value);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void BM_Nlohmann_Write(benchmark::State& state) {
  const auto& value = reference();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string out = bench::nlohmann_reflected::write(value);
    bytes += out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

// The floor for owned parsing: allocating and copying the struct without reading any JSON.
void BM_Baseline_CopyOwnedStruct(benchmark::State& state) {
  const auto& value = reference();
  for (auto _ : state) {
    bench::RestRequest copy = value;
    benchmark::DoNotOptimize(copy);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * event().size()));
}

// The floor for borrowed parsing: the borrowed struct's maps and vectors still allocate a node or
// a buffer per entry; copying a parsed one does that (and frees it) without reading any JSON.
void BM_Baseline_CopyBorrowedStruct(benchmark::State& state) {
  auto parsed = lambda::json::parse<bench::RestRequestView>(event());
  if (!parsed) {
    state.SkipWithError(parsed.error().message().c_str());
    return;
  }
  const bench::RestRequestView value = *parsed;
  for (auto _ : state) {
    bench::RestRequestView copy = value;
    benchmark::DoNotOptimize(copy);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * event().size()));
}

}  // namespace

BENCHMARK(BM_Lambdagen_ParseOwned);
BENCHMARK(BM_Lambdagen_ParseIntoOwned);
BENCHMARK(BM_Lambdagen_ParseBorrowed);
BENCHMARK(BM_RapidJSON_ParseOwned);
BENCHMARK(BM_Nlohmann_ParseOwned);
BENCHMARK(BM_Lambdagen_Write);
BENCHMARK(BM_RapidJSON_Write);
BENCHMARK(BM_Nlohmann_Write);
BENCHMARK(BM_Baseline_CopyOwnedStruct);
BENCHMARK(BM_Baseline_CopyBorrowedStruct);

int main(int argc, char** argv) {
  reference();  // check agreement before timing anything
  std::cout << "simdjson kernel: " << lambda::json::active_kernel() << ", event: " << event().size() << " bytes\n";
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
