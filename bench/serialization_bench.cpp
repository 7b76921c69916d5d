// Lambdagen's generated codecs against glaze (when built with it), RapidJSON and nlohmann::json, on
// the same bytes, filling the same struct. Throughput is reported as bytes of JSON per second (the
// input for parsing, the output for writing).
#include "rest_request.json.h"
#include "peers/glaze_peer.h"
#include "peers/nlohmann_reflected.h"
#include "peers/rapidjson_reflected.h"
#include "rest_request_fields.h"

#include <lambda/json.h>  // the library's codecs of standard types, parsed and written directly here

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

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

// Issue 16 item 3: the event's header maps as std::map (what the HTTP events hold) against
// lambda::json::flat_map with case-insensitive lookup: "headers" owned and borrowed, and
// "multiValueHeaders", each taken verbatim from the event. Every operation is timed on the same
// text for both types.
using StdHeaders = std::map<std::string, std::string>;
using FlatHeaders = lambda::json::flat_map<std::string, std::string, lambda::json::case_insensitive_equal>;
using StdMultiHeaders = std::map<std::string, std::vector<std::string>>;
using FlatMultiHeaders =
    lambda::json::flat_map<std::string, std::vector<std::string>, lambda::json::case_insensitive_equal>;
// Borrowed, as a handler that reads RestRequestView holds them: no string is copied.
using StdBorrowedHeaders = std::map<std::string_view, std::string_view>;
using FlatBorrowedHeaders =
    lambda::json::flat_map<std::string_view, std::string_view, lambda::json::case_insensitive_equal>;

struct HeaderTexts {
  std::string headers;        // the event's "headers" object
  std::string multi_headers;  // its "multiValueHeaders" object
};

template <class M>
M parse_or_fail(const std::string& text) {
  auto r = lambda::json::parse<M>(text);
  if (!r) fail("headers: " + r.error().message());
  return *r;
}

// The flat map's entries, sorted as a std::map holds them; its size must match (no key repeated).
template <class Std, class Flat>
void check_same_entries(const Std& expected, const Flat& flat, const char* what) {
  const Std sorted(flat.begin(), flat.end());
  if (flat.size() != expected.size() || !(sorted == expected))
    fail(std::string(what) + ": flat_map and std::map disagree");
}

// The two objects, extracted once; before any of them is timed, std::map and flat_map must read
// the same entries from each.
const HeaderTexts& header_texts() {
  static const HeaderTexts texts = [] {
    const auto doc = parse_or_fail<std::map<std::string, lambda::json::raw_json>>(event());
    HeaderTexts t{doc.at("headers").text, doc.at("multiValueHeaders").text};
    check_same_entries(parse_or_fail<StdHeaders>(t.headers), parse_or_fail<FlatHeaders>(t.headers), "headers");
    check_same_entries(parse_or_fail<StdMultiHeaders>(t.multi_headers),
                       parse_or_fail<FlatMultiHeaders>(t.multi_headers), "multiValueHeaders");
    // Borrowed values point into the parser's buffers: copied out before the next parse.
    const auto borrowed_std = parse_or_fail<StdBorrowedHeaders>(t.headers);
    const StdHeaders owned_std(borrowed_std.begin(), borrowed_std.end());
    const auto borrowed_flat = parse_or_fail<FlatBorrowedHeaders>(t.headers);
    check_same_entries(owned_std, FlatHeaders(borrowed_flat.begin(), borrowed_flat.end()), "borrowed headers");
    if (owned_std != parse_or_fail<StdHeaders>(t.headers)) fail("borrowed headers: not the owned ones");
    return t;
  }();
  return texts;
}

template <class M>
const std::string& headers_text() {
  if constexpr (std::is_convertible_v<typename M::mapped_type, std::string_view>)
    return header_texts().headers;
  else
    return header_texts().multi_headers;
}

template <class M>
void BM_Headers_Parse(benchmark::State& state) {
  const std::string& text = headers_text<M>();
  for (auto _ : state) {
    auto r = lambda::json::parse<M>(text);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

template <class M>
void BM_Headers_ParseInto(benchmark::State& state) {
  const std::string& text = headers_text<M>();
  M value = parse_or_fail<M>(text);  // used: a warm Lambda's last event had the same headers
  for (auto _ : state) {
    auto r = lambda::json::parse_into(text, value);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

template <class M>
void BM_Headers_Write(benchmark::State& state) {
  const M value = parse_or_fail<M>(headers_text<M>());
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string out = lambda::json::to_string(value);
    bytes += out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

// A handler looking up three headers the event has. With std::map the user must spell each name
// as the sender did; with flat_map any case finds it, so the lower-case spellings are used.
template <class M>
void BM_Headers_Lookup(benchmark::State& state) {
  constexpr bool is_std =
      std::is_same_v<M, StdHeaders> || std::is_same_v<M, StdMultiHeaders> || std::is_same_v<M, StdBorrowedHeaders>;
  static constexpr const char* std_names[] = {"Content-Type", "Host", "X-Forwarded-For"};
  static constexpr const char* flat_names[] = {"content-type", "host", "x-forwarded-for"};
  const M value = parse_or_fail<M>(headers_text<M>());
  for (const char* name : is_std ? std_names : flat_names)
    if (value.find(name) == value.end()) fail(std::string("lookup: no ") + name);
  for (auto _ : state) {
    for (const char* name : is_std ? std_names : flat_names) {
      auto it = value.find(name);
      benchmark::DoNotOptimize(it);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * 3));
}

// Each operation for std::map, then for flat_map, under `group`.
template <class Std, class Flat>
bool register_headers_benchmarks(const std::string& group) {
  auto add = [&](const char* operation, void (*std_fn)(benchmark::State&), void (*flat_fn)(benchmark::State&)) {
    benchmark::RegisterBenchmark((group + "/" + operation + "/std_map").c_str(), std_fn);
    benchmark::RegisterBenchmark((group + "/" + operation + "/flat_map").c_str(), flat_fn);
  };
  add("Parse", BM_Headers_Parse<Std>, BM_Headers_Parse<Flat>);
  add("ParseInto", BM_Headers_ParseInto<Std>, BM_Headers_ParseInto<Flat>);
  add("Write", BM_Headers_Write<Std>, BM_Headers_Write<Flat>);
  add("Lookup", BM_Headers_Lookup<Std>, BM_Headers_Lookup<Flat>);
  return true;
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

// Registered after the benchmarks above (initialized in the order of this file).
[[maybe_unused]] static const bool headers_registered =
    register_headers_benchmarks<StdHeaders, FlatHeaders>("Headers") &&
    register_headers_benchmarks<StdMultiHeaders, FlatMultiHeaders>("MultiValueHeaders") &&
    register_headers_benchmarks<StdBorrowedHeaders, FlatBorrowedHeaders>("BorrowedHeaders");

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
