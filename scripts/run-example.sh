#!/usr/bin/env bash
# Builds Lambdagen and the typed API Gateway example, then invokes it through the local emulator
# with a sample event and prints the function's response (its logs go to stderr).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${LAMBDAGEN_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target apigateway lambda-emulator
"$build/tools/emulator/lambda-emulator" invoke "$build/examples/apigateway/apigateway" \
  --event examples/apigateway/event.json
