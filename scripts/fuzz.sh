#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-16 (ASan + UBSan) and runs each for a bounded time on a
# copy of its seed corpus. Usage: scripts/fuzz.sh [seconds-per-target, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${LAMBDAGEN_FUZZ_BUILD_DIR:-build-fuzz}
# The event types need the generator; reuse the one the test build made (scripts/test.sh) rather
# than linking LLVM again under the sanitizers. Without it, only the generic readers are fuzzed.
generator=${LAMBDAGEN_CODEGEN:-build/codegen/lambdagen-codegen}
generator_flags=()
if [[ -x $generator ]]; then
  generator_flags=(-DLAMBDAGEN_CODEGEN_EXECUTABLE="$(realpath "$generator")")
else
  echo "fuzz: no generator at $generator (run scripts/test.sh first); the event types are NOT fuzzed"
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-16 \
  -DLAMBDAGEN_FUZZ=ON -DLAMBDAGEN_BUILD_TESTS=OFF -DLAMBDAGEN_BUILD_CODEGEN=OFF -DLAMBDAGEN_BUILD_RUNTIME=ON \
  -DLAMBDAGEN_BUILD_EXAMPLES=OFF "${generator_flags[@]}" >/dev/null
targets=(readers_fuzz runtime_api_fuzz emulator_http_fuzz)
(( ${#generator_flags[@]} )) && targets+=(events_fuzz shop_order_fuzz)
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

# Seeds for events_fuzz: each of our own samples as "TypeName\n<json>" (the type is the file name's prefix).
seed_events() {
  local dir=$1
  for sample in tests/events/samples/*.json; do
    local file=$(basename "$sample")
    { printf '%s\n' "${file%%.*}"; cat "$sample"; } > "$dir/$file"
  done
}

status=0
for target in "$build"/tests/fuzz/*_fuzz; do
  name=$(basename "$target" _fuzz)
  corpus=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$name/." "$corpus/" 2>/dev/null || true
  cp -r "tests/fuzz/regressions/$name/." "$corpus/" 2>/dev/null || true  # past crashes stay in the corpus
  [[ $name == events ]] && seed_events "$corpus"
  max_len=4096
  [[ $name == events ]] && max_len=65536  # whole events, seeded from samples of up to a few KB
  echo "fuzzing $name for ${seconds}s"
  mkdir -p "$build/crashes"
  if ! "$target" -artifact_prefix="$build/crashes/$name-" -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 "$corpus" 2>"$corpus.log"; then
    status=1
    tail -50 "$corpus.log"
  fi
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$corpus.log" | sed "s/^/  $name: /" || true
  rm -rf "$corpus" "$corpus.log"
done
exit $status
