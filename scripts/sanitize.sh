#!/usr/bin/env bash
# The sanitizer pass: builds everything with clang-16 under AddressSanitizer and
# UndefinedBehaviorSanitizer (plus libFuzzer's coverage instrumentation), runs the whole test suite
# in that build, then runs each libFuzzer target for a bounded time on a copy of its seed corpus.
# Usage: scripts/sanitize.sh [seconds-per-fuzz-target, default 60]
# Run scripts/test.sh first: its generator is reused here rather than linking LLVM again under
# the sanitizers (the generator's own tests run in the normal build).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${LAMBDAGEN_SANITIZE_BUILD_DIR:-build-sanitize}
fixtures=${LAMBDAGEN_FIXTURES:-}
if [ -z "$fixtures" ] && [ -d ../shared/fixtures ]; then fixtures=$(cd ../shared/fixtures && pwd); fi
generator=${LAMBDAGEN_CODEGEN:-build/codegen/lambdagen-codegen}
if [[ ! -x $generator ]]; then
  echo "sanitize: no generator at $generator; run scripts/test.sh first (or set LAMBDAGEN_CODEGEN)" >&2
  exit 2
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-16 \
  -DLAMBDAGEN_FUZZ=ON -DLAMBDAGEN_CODEGEN_EXECUTABLE="$(realpath "$generator")" \
  -DLAMBDAGEN_FIXTURES_DIR="$fixtures" >/dev/null
cmake --build "$build" -j"$(nproc)"

echo "== the test suite under ASan + UBSan"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"

echo "== fuzzing, ${seconds}s per target, $(nproc) at a time"
# Seeds for events_fuzz: each of our own samples as "TypeName\n<json>" (the type is the file name's prefix).
seed_events() {
  local dir=$1
  for sample in tests/events/samples/*.json; do
    local file
    file=$(basename "$sample")
    { printf '%s\n' "${file%%.*}"; cat "$sample"; } > "$dir/$file"
  done
}
status=0
mkdir -p "$build/crashes"
# One target on a copy of its corpus; its log and verdict land in $results/<name>.{log,failed}.
fuzz_one() {
  local target=$1 name corpus max_len=4096
  name=$(basename "$target" _fuzz)
  corpus=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$name/." "$corpus/" 2>/dev/null || true
  cp -r "tests/fuzz/regressions/$name/." "$corpus/" 2>/dev/null || true  # past crashes stay in the corpus
  [[ $name == events ]] && seed_events "$corpus"
  [[ $name == events ]] && max_len=65536  # whole events, seeded from samples of up to a few KB
  if ! "$target" -artifact_prefix="$build/crashes/$name-" -max_total_time="$seconds" -max_len="$max_len" \
       -print_final_stats=1 "$corpus" 2>"$results/$name.log"; then
    touch "$results/$name.failed"
  fi
  rm -rf "$corpus"
}
# The targets run side by side, one per processor; their reports follow, in order, once all are done.
results=$(mktemp -d)
targets=("$build"/tests/fuzz/*_fuzz)
for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= $(nproc))); do wait -n || true; done
  echo "fuzzing $(basename "$target" _fuzz) for ${seconds}s"
  fuzz_one "$target" &
done
wait
for target in "${targets[@]}"; do
  name=$(basename "$target" _fuzz)
  if [[ -e $results/$name.failed ]]; then
    status=1
    echo "$name: FAILED"
    tail -50 "$results/$name.log"
  fi
  grep -E "stat::number_of_executed_units" "$results/$name.log" | sed "s/^/  $name: /" || true
done
rm -rf "$results"
exit $status
