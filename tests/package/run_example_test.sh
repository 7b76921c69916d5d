#!/usr/bin/env bash
# README's first command, scripts/run-example.sh, on this build folder: it builds the API Gateway
# example and the emulator and invokes the one through the other; its stdout must be the example's
# expected response.
# Usage: run_example_test.sh <lambdagen build dir> <lambdagen source dir>
set -euo pipefail
build_dir=$(realpath "$1")
source_dir=$(realpath "$2")
out=$(mktemp)
trap 'rm -f "$out" "$out.err"' EXIT
LAMBDAGEN_BUILD_DIR=$build_dir "$source_dir/scripts/run-example.sh" >"$out" 2>"$out.err" || {
  echo "scripts/run-example.sh failed:"; cat "$out.err"; exit 1; }
# The build's progress lines come first; the response is the last line.
response=$(tail -n 1 "$out")
expected=$(cat "$source_dir/examples/apigateway/expected-response.json")
[[ $response == "$expected" ]] || { echo "run-example printed: $response"; echo "expected:            $expected"; exit 1; }
grep -q 'greeted Zo' "$out.err" || { echo "no log line from the function:"; cat "$out.err"; exit 1; }
echo "scripts/run-example.sh: $response"
