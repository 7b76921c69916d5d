#!/usr/bin/env bash
# What including Lambdagen costs a translation unit, against an installed package: for each file
# in bench/compile_time/, its preprocessed lines, whether simdjson is among them, and the median
# wall time of RUNS compilations (g++ -std=c++20 -O2, and -march=haswell on x86-64, as
# LAMBDAGEN_TARGET_ARCH_FLAGS builds by default).
# Usage: bench/compile_time.sh PREFIX [RUNS]   (PREFIX: where `cmake --install` put Lambdagen; RUNS: 5)
set -euo pipefail
prefix=${1:?usage: bench/compile_time.sh PREFIX [RUNS]}
runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
cxx=${CXX:-g++}
flags=(-std=c++20 -O2 -I"$prefix/include")
[[ $(uname -m) == x86_64 ]] && flags+=(-march=haswell)
[[ -f $prefix/include/lambda/json.h ]] || { echo "compile_time: no Lambdagen installed in $prefix" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-16s %12s %9s %10s\n' "unit" "lines" "simdjson" "median s"
for source in "$here"/compile_time/*.cpp; do
  name=$(basename "$source" .cpp)
  "$cxx" "${flags[@]}" -E "$source" >"$out/$name.i"
  lines=$(wc -l <"$out/$name.i")
  simdjson=$(grep -q '^# [0-9]* ".*simdjson\.h"' "$out/$name.i" && echo yes || echo no)
  times=()
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    "$cxx" "${flags[@]}" -c "$source" -o "$out/$name.o"
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  printf '%-16s %12s %9s %10.2f\n' "$name" "$lines" "$simdjson" "$median"
done
