// Lambdagen's generated codecs against glaze (when built with it), RapidJSON and nlohmann::json, on
// the same bytes, filling the same struct. Throughput is reported as bytes of JSON per second (the
// input for parsing, the output for writing).
#include "rest_request.json.h"
#include "peers/glaze_peer.h"
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

[[noreturn]] void fail(const std::string& what) {
  std::cerr << what << "\n";
  std::exit(1);
}

// A mutable copy of the event for glaze, which pads its input in place while it reads.
std::string& glaze_event() {
  static std::string text = event();
  return text;
}

// glaze must read the value Lambdagen reads, twice into the same struct (as ParseIntoOwned times
// it), and Lambdagen must read back what glaze writes, fresh or into a used string.
void check_glaze(const bench::RestRequest& expected) {
#if LAMBDAGEN_BENCH_GLAZE
  bench::RestRequest value;
  for (int pass = 0; pass < 2; ++pass) {
    if (auto error = bench::glaze_peer::read_error(glaze_event(), value); !error.empty()) fail("glaze: " + error);
    if (glaze_event() != event()) fail("glaze changed its input");
    if (!(value == expected)) fail("glaze disagrees with Lambdagen on the parsed event");
  }
  std::string reused = "stale text that glaze must overwrite";
  bench::glaze_peer::write(value, reused);
  for (const std::string& written : {bench::glaze_peer::write(value), reused}) {
    auto back = lambda::json::parse<bench::RestRequest>(written);
    if (!back) fail("Lambdagen cannot read what glaze wrote: " + back.error().message());
    if (!(*back == expected)) fail("what glaze wrote reads back as a different event");
  }
#else
  (void)expected;
#endif
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
    if (!(*r == via_rapidjson) || !(*r == via_nlohmann)) fail("peers disagree on the parsed event");
    check_glaze(*r);
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

void BM_Lambdagen_WriteReused(benchmark::State& state) {
  const auto& value = reference();
  std::size_t bytes = 0;
  std::string out;
  for (auto _ : state) {
    lambda::json::to_string(value, out);
    bytes += out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

#if LAMBDAGEN_BENCH_GLAZE
void BM_Glaze_ParseOwned(benchmark::State& state) {
  std::string& json = glaze_event();
  for (auto _ : state) {
    bench::RestRequest value;
    bool ok = bench::glaze_peer::read(json, value);
    benchmark::DoNotOptimize(ok);
    benchmark::DoNotOptimize(value);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void BM_Glaze_ParseIntoOwned(benchmark::State& state) {
  std::string& json = glaze_event();
  bench::RestRequest value;
  for (auto _ : state) {
    bool ok = bench::glaze_peer::read(json, value);
    benchmark::DoNotOptimize(ok);
    benchmark::DoNotOptimize(value);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

// glaze points string_view members at the input as it is, escapes and all: timed only when that
// gives the value Lambdagen reads (it does not for this event, whose body has escaped quotes).
void BM_Glaze_ParseBorrowed(benchmark::State& state) {
  std::string& json = glaze_event();
  auto ours = lambda::json::parse<bench::RestRequestView>(event());
  bench::RestRequestView theirs;
  if (auto error = bench::glaze_peer::read_error(json, theirs); !error.empty()) {
    state.SkipWithError(("glaze: " + error).c_str());
    return;
  }
  if (!ours || lambda::json::to_string(*ours) != lambda::json::to_string(theirs)) {
    state.SkipWithError("not timed: glaze's string_view members keep the JSON escapes, so it reads another value");
    return;
  }
  for (auto _ : state) {
    bench::RestRequestView value;
    bool ok = bench::glaze_peer::read(json, value);
    benchmark::DoNotOptimize(ok);
    benchmark::DoNotOptimize(value);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void BM_Glaze_Write(benchmark::State& state) {
  const auto& value = reference();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string out = bench::glaze_peer::write(value);
    bytes += out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void BM_Glaze_WriteReused(benchmark::State& state) {
  const auto& value = reference();
  std::size_t bytes = 0;
  std::string out;
  for (auto _ : state) {
    bench::glaze_peer::write(value, out);
    bytes += out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
#endif

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
#if LAMBDAGEN_BENCH_GLAZE
BENCHMARK(BM_Glaze_ParseOwned);
#endif
BENCHMARK(BM_Lambdagen_ParseIntoOwned);
#if LAMBDAGEN_BENCH_GLAZE
BENCHMARK(BM_Glaze_ParseIntoOwned);
#endif
BENCHMARK(BM_Lambdagen_ParseBorrowed);
#if LAMBDAGEN_BENCH_GLAZE
BENCHMARK(BM_Glaze_ParseBorrowed);
#endif
BENCHMARK(BM_RapidJSON_ParseOwned);
BENCHMARK(BM_Nlohmann_ParseOwned);
BENCHMARK(BM_Lambdagen_Write);
#if LAMBDAGEN_BENCH_GLAZE
BENCHMARK(BM_Glaze_Write);
#endif
BENCHMARK(BM_RapidJSON_Write);
BENCHMARK(BM_Nlohmann_Write);
BENCHMARK(BM_Lambdagen_WriteReused);
#if LAMBDAGEN_BENCH_GLAZE
BENCHMARK(BM_Glaze_WriteReused);
#endif
BENCHMARK(BM_Baseline_CopyOwnedStruct);
BENCHMARK(BM_Baseline_CopyBorrowedStruct);

int main(int argc, char** argv) {
  reference();  // check agreement before timing anything
  std::cout << "simdjson kernel: " << lambda::json::active_kernel() << ", event: " << event().size() << " bytes\n";
#if LAMBDAGEN_BENCH_GLAZE
  std::cout << "glaze: " << LAMBDAGEN_BENCH_GLAZE_DIR << " (default options; agrees with Lambdagen)\n";
#else
  std::cout << "glaze: not found at " << LAMBDAGEN_BENCH_GLAZE_DIR << ", its benchmarks are skipped\n";
#endif
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
