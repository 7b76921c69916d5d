#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-16 (ASan + UBSan) and runs each for a bounded time on a
# copy of its seed corpus. Usage: scripts/fuzz.sh [seconds-per-target, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${LAMBDAGEN_FUZZ_BUILD_DIR:-build-fuzz}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-16 \
  -DLAMBDAGEN_FUZZ=ON -DLAMBDAGEN_BUILD_TESTS=OFF -DLAMBDAGEN_BUILD_CODEGEN=OFF -DLAMBDAGEN_BUILD_RUNTIME=OFF \
  -DLAMBDAGEN_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"
status=0
for target in "$build"/tests/fuzz/*_fuzz; do
  name=$(basename "$target" _fuzz)
  corpus=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$name/." "$corpus/" 2>/dev/null || true
  cp -r "tests/fuzz/regressions/$name/." "$corpus/" 2>/dev/null || true  # past crashes stay in the corpus
  echo "fuzzing $name for ${seconds}s"
  mkdir -p "$build/crashes"
  if ! "$target" -artifact_prefix="$build/crashes/$name-" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 "$corpus" 2>"$corpus.log"; then
    status=1
    tail -50 "$corpus.log"
  fi
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$corpus.log" | sed "s/^/  $name: /" || true
  rm -rf "$corpus" "$corpus.log"
done
exit $status
