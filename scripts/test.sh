#!/usr/bin/env bash
# Configures, builds and runs the whole test suite (ctest). The event conformance tests read
# third-party samples from LAMBDAGEN_FIXTURES, or ../shared/fixtures when it exists, and say so
# plainly when they are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${LAMBDAGEN_BUILD_DIR:-build}
fixtures=${LAMBDAGEN_FIXTURES:-}
if [ -z "$fixtures" ] && [ -d ../shared/fixtures ]; then fixtures=$(cd ../shared/fixtures && pwd); fi
jobs=$(nproc)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLAMBDAGEN_FIXTURES_DIR="$fixtures"
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs"
