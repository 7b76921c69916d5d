#!/usr/bin/env bash
# Cross-builds Lambdagen for arm64 (aarch64) Lambda on an x86_64 Debian 12 machine and runs what it
# built under qemu-user: the serialization, events and runtime test suites (ctest), and the echo,
# apigateway and streaming examples, packaged as zips whose bootstrap the host's lambda-emulator
# invokes with each example's sample event. Exits non-zero on any failure, and ends with a summary.
#
# Everything comes from Debian's archive: the cross compiler and qemu-user are installed when
# missing; fmt, zlib (apt-get source) and GoogleTest (/usr/src/googletest) are built for arm64 into
# <build>/deps, which the toolchain file (cmake/toolchains/aarch64-linux-gnu.cmake) is given as a
# find root. The generator runs at build time, so the host's is used (built in build/ if missing).
#
# Programs the tests start themselves (the runtime's test function, lambda-event) need the kernel to
# hand arm64 executables to qemu: binfmt_misc is mounted and qemu-aarch64 registered with it when it
# is not (root only). Without it those tests fail, and the summary says so.
#
#   LAMBDAGEN_ARM64_BUILD_DIR  the cross build (default build-arm64)
#   LAMBDAGEN_BUILD_DIR        the host build, for lambdagen-codegen and lambda-emulator (build)
#   LAMBDAGEN_FIXTURES         third-party sample events for the conformance test (as test.sh)
#   LAMBDAGEN_JOBS             parallel jobs (default 2)
set -euo pipefail
started=$(date +%s)
cd "$(dirname "$0")/.."
root=$(pwd)
build=${LAMBDAGEN_ARM64_BUILD_DIR:-build-arm64}
host_build=${LAMBDAGEN_BUILD_DIR:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
case $host_build in /*) ;; *) host_build=$root/$host_build ;; esac
jobs=${LAMBDAGEN_JOBS:-2}
fixtures=${LAMBDAGEN_FIXTURES:-}
if [ -z "$fixtures" ] && [ -d ../shared/fixtures ]; then fixtures=$(cd ../shared/fixtures && pwd); fi
triple=aarch64-linux-gnu
sysroot=/usr/$triple
toolchain=$root/cmake/toolchains/$triple.cmake
deps=$build/deps
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

step() { printf '\n=== %s (%ds)\n' "$*" "$(($(date +%s) - started))"; }

# --- 1. Packages: the host's (scripts/install-deps.sh, which also unpacks simdjson's source), the
# cross compiler with its glibc and libstdc++, and qemu-user.
step "packages"
scripts/install-deps.sh
cross_packages=("g++-$triple" libc6-dev-arm64-cross libstdc++-12-dev-arm64-cross dpkg-dev)
# qemu-user-static serves as well as qemu-user.
command -v qemu-aarch64 >/dev/null || command -v qemu-aarch64-static >/dev/null || cross_packages+=(qemu-user)
missing=()
for p in "${cross_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
qemu=$(command -v qemu-aarch64 || command -v qemu-aarch64-static)
export QEMU_LD_PREFIX=$sysroot

# --- 2. binfmt_misc, so that an arm64 program may start another one.
step "binfmt_misc"
binfmt=/proc/sys/fs/binfmt_misc
binfmt_ok=no
if [ ! -e $binfmt/register ]; then $SUDO mount -t binfmt_misc binfmt_misc $binfmt 2>/dev/null || true; fi
if [ -e $binfmt/qemu-aarch64 ] && grep -q '^enabled' $binfmt/qemu-aarch64; then
  binfmt_ok=yes
elif [ -e $binfmt/register ]; then
  magic='\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00'
  mask='\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'
  if echo ":qemu-aarch64:M::$magic:$mask:$qemu:" | $SUDO tee $binfmt/register >/dev/null 2>&1; then
    binfmt_ok=yes
  fi
fi
if [ $binfmt_ok = yes ]; then
  echo "arm64 executables run through $(sed -n 's/^interpreter //p' $binfmt/qemu-aarch64), QEMU_LD_PREFIX=$QEMU_LD_PREFIX"
else
  echo "binfmt_misc cannot be set up here: tests that start arm64 programs themselves will fail" \
    "(the runtime's shutdown tests, events.lambda_event_cli)"
fi

# --- 3. The host's generator and emulator.
step "host lambdagen-codegen and lambda-emulator"
codegen=$host_build/codegen/lambdagen-codegen
emulator=$host_build/tools/emulator/lambda-emulator
if [ ! -x "$codegen" ] || [ ! -x "$emulator" ]; then
  [ -f "$host_build/CMakeCache.txt" ] ||
    cmake -S . -B "$host_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLAMBDAGEN_FIXTURES_DIR="$fixtures"
  cmake --build "$host_build" -j"$jobs" --target lambdagen-codegen lambda-emulator
fi
echo "$codegen"
echo "$emulator"

# --- 4. fmt, zlib and GoogleTest for arm64, from Debian's sources, into $deps.
step "arm64 dependencies in $deps"
mkdir -p "$deps/src" "$deps/build"
if [ ! -f "$deps/lib/libz.a" ]; then
  rm -rf "$deps"/src/zlib-*
  (cd "$deps/src" && apt-get source -q zlib >/dev/null)
  (cd "$deps"/src/zlib-*/ && CHOST=$triple CFLAGS="-O2 -fPIC" ./configure --static --prefix="$deps" >/dev/null &&
    make -s -j"$jobs" libz.a >/dev/null && make -s install >/dev/null)
fi
cross_cmake() {  # cross_cmake SOURCE BUILD ARGS...
  local src=$1 dir=$2
  shift 2
  cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_INSTALL_PREFIX="$deps" -DCMAKE_INSTALL_LIBDIR=lib -DCMAKE_POSITION_INDEPENDENT_CODE=ON "$@" >/dev/null
  cmake --build "$dir" -j"$jobs" >/dev/null
  cmake --install "$dir" >/dev/null
}
if [ ! -f "$deps/lib/cmake/fmt/fmt-config.cmake" ]; then
  rm -rf "$deps"/src/fmtlib-*
  (cd "$deps/src" && apt-get source -q fmtlib >/dev/null)
  cross_cmake "$(echo "$deps"/src/fmtlib-*/)" "$deps/build/fmt" -DFMT_TEST=OFF -DFMT_DOC=OFF
fi
if [ ! -f "$deps/lib/cmake/GTest/GTestConfig.cmake" ]; then
  cross_cmake /usr/src/googletest "$deps/build/googletest"
fi
ls "$deps/lib"

# --- 5. Lambdagen for arm64: the test suites and the examples' zips.
step "cross build in $build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
  -DCMAKE_FIND_ROOT_PATH="$deps" -DLAMBDAGEN_CODEGEN_EXECUTABLE="$codegen" -DLAMBDAGEN_FIXTURES_DIR="$fixtures" \
  >"$build/configure.log" || { cat "$build/configure.log"; exit 1; }
grep -E 'lambdagen_package\((echo|apigateway|streaming)\)|simdjson' "$build/configure.log" || true

# --- 6. Each suite built and run under qemu; a suite that does not build is counted as failed, and
# the others still run.
suites=(serialization events runtime)
declare -A suite_targets=([serialization]="serialization_tests" [events]="events_tests lambda_event"
  [runtime]="runtime_tests runtime_test_function")
passed=0 failed=0 skipped=0 failures=()
mkdir -p "$build/Testing"
for suite in "${suites[@]}"; do
  step "build and ctest: $suite (under qemu)"
  # shellcheck disable=SC2086 # a list of targets
  if ! cmake --build "$build" -j"$jobs" --target ${suite_targets[$suite]}; then
    failures+=("$suite: does not build"); continue
  fi
  junit=$build/Testing/arm64-$suite.xml
  rm -f "$junit"
  ctest --test-dir "$build/tests/$suite" -j"$jobs" --output-on-failure --output-junit "$junit" ||
    failures+=("$suite: ctest failed")
  if [ -f "$junit" ]; then
    attr() { head -12 "$junit" | sed -n "s/^[[:space:]]*$1=\"\([0-9]*\)\".*/\1/p"; }
    t=$(attr tests) f=$(attr failures) s=$(attr skipped) d=$(attr disabled)
    s=$((${s:-0} + ${d:-0}))
    passed=$((passed + t - f - s)) failed=$((failed + f)) skipped=$((skipped + s))
    echo "$suite: $((t - f - s)) passed, $f failed, $s skipped"
  else
    failures+=("$suite: ctest wrote no results")
  fi
done

# --- 7. The packaged examples (lambdagen_package links them statically): each zip unpacked, its
# bootstrap run under qemu by the host's lambda-emulator with the sample event, and the response
# compared with the expected one.
examples=(echo apigateway streaming)
examples_ok=0 sizes=()
step "packaging the examples' zips"
cmake --build "$build" -j"$jobs" --target apigateway_zip streaming_zip echo_zip | tee "$build/package.log" ||
  failures+=("examples: do not build")
for ex in "${examples[@]}"; do
  step "example $ex (arm64 bootstrap, host lambda-emulator)"
  dir=$build/arm64-examples/$ex
  rm -rf "$dir" && mkdir -p "$dir"
  zip=$build/examples/$ex/$ex.zip
  if ! unzip -q "$zip" -d "$dir/task"; then
    failures+=("example $ex: no zip"); continue
  fi
  bootstrap=$dir/task/bootstrap
  machine=$(readelf -h "$bootstrap" | sed -n 's/^ *Machine: *//p')
  size=$(stat -c %s "$bootstrap")
  sizes+=("$ex $size $machine")
  interp=$(readelf -l "$bootstrap" | sed -n 's/.*Requesting program interpreter: \(.*\)]/\1/p')
  echo "bootstrap: $size bytes (stripped), $machine, ${interp:-static (no interpreter)}"
  printf '#!/bin/sh\nexec %s %s "$@"\n' "$qemu" "$bootstrap" >"$dir/bootstrap-qemu"
  chmod +x "$dir/bootstrap-qemu"
  expected=$(compgen -G "$root/examples/$ex/expected-response.*" || true)
  # echo has no expected response: it answers with its event.
  [ -n "$expected" ] || expected=$root/examples/$ex/event.json
  if bash tests/examples/invoke_example.sh "$emulator" "$dir/bootstrap-qemu" "$root/examples/$ex/event.json" \
    "$expected"; then
    examples_ok=$((examples_ok + 1))
  else
    failures+=("example $ex")
  fi
done

# --- 8. Summary.
elapsed=$(($(date +%s) - started))
echo
echo "=== arm64 summary"
echo "tests under qemu (${suites[*]}): $passed passed, $failed failed, $skipped skipped"
echo "examples invoked through lambda-emulator: $examples_ok of ${#examples[@]} answered as expected"
grep -E '^(echo|apigateway|streaming)\.zip:' "$build/package.log" || true
for s in "${sizes[@]}"; do
  read -r ex bytes machine <<<"$s"
  printf 'bootstrap %-10s %9d bytes (%d KiB) stripped, %s\n' "$ex" "$bytes" $(((bytes + 1023) / 1024)) "$machine"
done
echo "binfmt_misc for arm64: $binfmt_ok"
printf 'wall time: %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
if [ ${#failures[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failures[@]}"
  exit 1
fi
echo "arm64: all passed"
