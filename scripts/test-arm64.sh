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
#   LAMBDAGEN_ARM64_SUITES     the suites built and run under qemu (default "serialization events
#                              runtime"; CI leaves out runtime, whose cross build and run take about
#                              a minute and a half: the packaged examples still run the runtime)
#   LAMBDAGEN_ARM64_PREFIX     when set, and all of the above passed: Lambdagen's arm64 build installed
#                              there, with the arm64 fmt and zlib, so that a function configured with
#                              the toolchain file and -DCMAKE_FIND_ROOT_PATH=<it> finds lambdagen,
#                              fmt and ZLIB (runtime/README-deploy.md, "### arm64")
#   LAMBDAGEN_ARM64_README_DEPLOY  "no" skips the last phase, which follows README-deploy's arm64
#                              section as a user would (its install block runs this script again,
#                              with this set to "no")
#
# The last phase, "README-deploy arm64", in a temporary folder with a fresh HOME: installs the
# host build into $HOME/.local/lambdagen, runs the <!-- deploy-arm64 run: install --> block of
# runtime/README-deploy.md from this checkout (pointed at this script's cross build, so nothing is
# rebuilt), writes README.md's quickstart hello/ and runs the package block in it, checks the
# packaging line, invokes the zip's bootstrap under qemu through the installed lambda-emulator and
# compares the response with README.md's; create-function is checked (its zip exists, its
# --architectures is the bootstrap's), not run.
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
cross_packages=("g++-$triple" libc6-dev-arm64-cross libstdc++-12-dev-arm64-cross dpkg-dev)
# qemu-user-static serves as well as qemu-user.
command -v qemu-aarch64 >/dev/null || command -v qemu-aarch64-static >/dev/null || cross_packages+=(qemu-user)
scripts/install-deps.sh "${cross_packages[@]}"
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
read -r -a suites <<<"${LAMBDAGEN_ARM64_SUITES:-serialization events runtime}"
declare -A suite_targets=([serialization]="serialization_tests" [events]="events_tests light_headers_test lambda_event"
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

# --- 8. LAMBDAGEN_ARM64_PREFIX: the arm64 installation, once everything above passed. A cross
# build has no generator of its own: its users pass the host's (-DLAMBDAGEN_CODEGEN_EXECUTABLE).
# Only what the installation holds is built (not the benchmarks, the fuzzers, ...).
install_targets=(lambdagen_simdjson lambdagen_json lambdagen_runtime lambdagen_events lambda-emulator lambda_event)
installed=""
if [ -n "${LAMBDAGEN_ARM64_PREFIX:-}" ]; then
  step "installing the arm64 build into $LAMBDAGEN_ARM64_PREFIX"
  if [ ${#failures[@]} -gt 0 ]; then
    failures+=("install into $LAMBDAGEN_ARM64_PREFIX: not done, the cross build or its tests failed")
  elif cmake --build "$build" -j"$jobs" --target "${install_targets[@]}" &&
       cmake --install "$build" --prefix "$LAMBDAGEN_ARM64_PREFIX" >"$build/install.log" &&
       cmake --install "$deps/build/fmt" --prefix "$LAMBDAGEN_ARM64_PREFIX" >>"$build/install.log" &&
       # zlib was built with its own configure: its archive and headers are what FindZLIB looks for.
       install -D -m 644 "$deps/lib/libz.a" "$LAMBDAGEN_ARM64_PREFIX/lib/libz.a" &&
       install -D -m 644 -t "$LAMBDAGEN_ARM64_PREFIX/include" "$deps/include/zlib.h" "$deps/include/zconf.h"; then
    installed=$LAMBDAGEN_ARM64_PREFIX
    echo "installed: lambdagen ($(wc -l <"$build/install_manifest.txt" 2>/dev/null) files), fmt and zlib for arm64 in $installed"
  else
    failures+=("install into $LAMBDAGEN_ARM64_PREFIX")
  fi
fi

# --- 9. README-deploy arm64: runtime/README-deploy.md's "### arm64" section followed as a user
# would, on README.md's quickstart function (see the top of this file).
source "$root/tests/package/doc_blocks.sh"
readme_deploy() {  # prints what it checked; returns non-zero, saying why, at the first failure
  local work=$1 home=$1/home f
  mkdir -p "$home" "$work/deploy" || return 1
  extract_doc_blocks deploy-arm64 "$root/runtime/README-deploy.md" "$work/deploy"
  extract_doc_blocks quickstart "$root/README.md" "$work"
  for f in deploy/run-install deploy/run-package deploy/run-create-function output-invoke \
           hello/CMakeLists.txt hello/main.cpp hello/greeting.h hello/event.json; do
    [ -s "$work/$f" ] || { echo "no block for $f (runtime/README-deploy.md's deploy-arm64, README.md's quickstart)"; return 1; }
  done
  # The host installation the package block names: the generator, the toolchain file, the emulator.
  cmake --build "$host_build" -j"$jobs" --target lambdagen_codegen "${install_targets[@]}" >"$work/host-build.log" 2>&1 ||
    { cat "$work/host-build.log"; echo "the host build's installed targets do not build"; return 1; }
  cmake --install "$host_build" --prefix "$home/.local/lambdagen" >"$work/host-install.log" ||
    { echo "cmake --install $host_build failed"; return 1; }
  echo "host build installed in \$HOME/.local/lambdagen"
  # The install block, from the checkout, with the fresh HOME: this script again, on this script's
  # cross build, without this phase.
  (cd "$root" && HOME=$home LAMBDAGEN_ARM64_BUILD_DIR=$build LAMBDAGEN_BUILD_DIR=$host_build \
     LAMBDAGEN_FIXTURES=$fixtures LAMBDAGEN_JOBS=$jobs LAMBDAGEN_ARM64_README_DEPLOY=no \
     bash -euo pipefail "$work/deploy/run-install") >"$work/install.log" 2>&1 ||
    { tail -30 "$work/install.log"; echo "README-deploy's install block failed (log above)"; return 1; }
  [ -f "$home/.local/lambdagen-arm64/lib/cmake/lambdagen/lambdagen-config.cmake" ] ||
    { echo "the install block left no lambdagen config in \$HOME/.local/lambdagen-arm64"; return 1; }
  echo "install block: $(grep -E '^(tests under qemu|examples invoked|installed:)' "$work/install.log" | paste -sd';' -)"
  # The package block, in README.md's hello/.
  (cd "$work/hello" && HOME=$home bash -euo pipefail "$work/deploy/run-package") >"$work/package.log" 2>&1 ||
    { cat "$work/package.log"; echo "README-deploy's package block failed (log above)"; return 1; }
  local line
  line=$(grep -E '^hello\.zip: ' "$work/package.log" || true)
  [[ $line == *"arm64, static, no shared library"* ]] ||
    { cat "$work/package.log"; echo "packaging did not print 'hello.zip: … arm64, static, no shared library'"; return 1; }
  echo "package block: $line"
  # The zip: one bootstrap, for arm64, answering README.md's event as README.md shows.
  local zip=$work/hello/build-arm64/hello.zip task=$work/task entries
  entries=$(unzip -Z1 "$zip") || return 1
  [[ $entries == bootstrap ]] || { echo "hello.zip holds: $entries"; return 1; }
  unzip -q "$zip" -d "$task" || return 1
  printf '#!/bin/sh\nexec %s %s "$@"\n' "$qemu" "$task/bootstrap" >"$work/bootstrap-qemu"
  chmod +x "$work/bootstrap-qemu"
  local response expected
  response=$(HOME=$home "$home/.local/lambdagen/bin/lambda-emulator" invoke "$work/bootstrap-qemu" \
               --event "$work/hello/event.json" --timeout 10 2>"$work/invoke.log" |
             sed -E 's/"requestId\\":\\"[^\\]*\\"/"requestId\\":\\"REQUEST_ID\\"/') ||
    { cat "$work/invoke.log"; echo "the arm64 bootstrap's invoke failed"; return 1; }
  expected=$(cat "$work/output-invoke")
  [[ $response == "$expected" ]] ||
    { echo "the arm64 bootstrap answered: $response"; echo "README.md shows:            $expected"; return 1; }
  echo "invoke (qemu, installed lambda-emulator, hello/event.json): as README.md shows"
  # create-function (not run: no AWS account): the zip it uploads exists, for the architecture it names.
  local command zip_arg arch_arg machine
  command=$(tr '\\\n' '  ' <"$work/deploy/run-create-function")
  zip_arg=$(grep -oE 'fileb://[^ ]+' <<<"$command" | sed 's|^fileb://||')
  arch_arg=$(grep -oE -- '--architectures [^ ]+' <<<"$command" | cut -d' ' -f2)
  [[ -n $zip_arg && -f $work/hello/$zip_arg ]] ||
    { echo "create-function uploads '$zip_arg', which the package block did not make"; return 1; }
  machine=$(readelf -h "$task/bootstrap" | sed -n 's/^ *Machine: *//p')
  case $arch_arg in
    x86_64) [[ $machine == *X86-64* ]] ;;
    arm64) [[ $machine == *AArch64* ]] ;;
    *) false ;;
  esac || { echo "create-function says --architectures '$arch_arg'; the bootstrap is for $machine"; return 1; }
  echo "create-function: uploads $zip_arg (exists), --architectures $arch_arg = bootstrap's $machine; not run (no AWS account)"
}
readme_deploy_result="" readme_deploy_seconds=0
if [ "${LAMBDAGEN_ARM64_README_DEPLOY:-yes}" != no ]; then
  step "README-deploy arm64"
  phase_started=$(date +%s)
  if [ ${#failures[@]} -gt 0 ]; then
    readme_deploy_result="not run: the cross build, its tests or the examples failed"
    failures+=("README-deploy arm64: not run")
  else
    readme_work=$(mktemp -d)
    if readme_deploy "$readme_work" | tee "$build/readme-deploy.log"; then
      readme_deploy_result="followed as written"
      rm -rf "$readme_work"
    else
      readme_deploy_result="FAILED (files kept in $readme_work)"
      failures+=("README-deploy arm64")
    fi
  fi
  readme_deploy_seconds=$(($(date +%s) - phase_started))
fi

# --- 10. Summary.
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
[ -z "$installed" ] || echo "installed for arm64 (lambdagen, fmt, zlib): $installed"
if [ -n "$readme_deploy_result" ]; then
  echo "README-deploy arm64: $readme_deploy_result (${readme_deploy_seconds}s)"
  grep -E '^(package block|invoke|create-function)[ :]' "$build/readme-deploy.log" 2>/dev/null || true
fi
printf 'wall time: %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
if [ ${#failures[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failures[@]}"
  exit 1
fi
echo "arm64: all passed"
