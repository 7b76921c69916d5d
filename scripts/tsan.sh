#!/usr/bin/env bash
# ThreadSanitizer pass over what runs on several threads: the runtime (concurrent workers, response
# streaming, shutdown) and the emulator with its HTTP server. Builds the runtime and tools suites
# with clang-16 -fsanitize=thread and runs them. Not in CI (CI's budget goes to the sanitize and
# arm64 passes); run it after changing threads, locks or the streaming path.
# Usage: scripts/tsan.sh   (after scripts/test.sh, whose generator it reuses)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${LAMBDAGEN_TSAN_BUILD_DIR:-build-tsan}
generator=${LAMBDAGEN_CODEGEN:-build/codegen/lambdagen-codegen}
if [[ ! -x $generator ]]; then
  echo "tsan: no generator at $generator; run scripts/test.sh first (or set LAMBDAGEN_CODEGEN)" >&2
  exit 2
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-16 \
  -DCMAKE_CXX_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread \
  -DLAMBDAGEN_CODEGEN_EXECUTABLE="$(realpath "$generator")" -DLAMBDAGEN_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target runtime_tests tools_tests
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
"$build/tests/runtime/runtime_tests"
"$build/tests/tools/tools_tests"
echo "tsan: runtime_tests and tools_tests clean"
