#!/usr/bin/env bash
# The packaging step refuses to write a zip that would not start: it runs LambdagenPackageStage.cmake
# (what lambdagen_package's zip target runs) on executables that break its promises and expects
# each refusal, with its reason, and no zip.
# Usage: stage_checks_test.sh <source dir> <static executable> <dynamic executable>
set -euo pipefail
script=$1/cmake/LambdagenPackageStage.cmake
static_exe=$2 dynamic_exe=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

stage() {  # stage NAME EXECUTABLE LAYOUT ARCH
  cmake -DEXECUTABLE="$2" -DSTAGE="$work/$1" -DOUTPUT="$work/$1.zip" -DSTRIP= -DLAYOUT="$3" -DARCH="$4" \
        -DREADELF="$(command -v readelf)" -DPATCHELF="$(command -v patchelf || true)" -P "$script" >"$work/$1.log" 2>&1
}
refuses() {  # refuses NAME EXPECTED-MESSAGE EXECUTABLE LAYOUT ARCH
  local name=$1 expected=$2
  shift 2
  if stage "$name" "$@"; then
    echo "FAIL: $name: packaging succeeded"; status=1
  elif ! tr -s ' \n' '  ' <"$work/$name.log" | grep -qF "$expected"; then  # CMake wraps its messages
    echo "FAIL: $name: the refusal does not say '$expected':"; cat "$work/$name.log"; status=1
  elif [[ -e $work/$name.zip ]]; then
    echo "FAIL: $name: a zip was written anyway"; status=1
  else
    echo "ok: $name refused: $expected"
  fi
}

refuses wrong-arch "the bootstrap is built for x86_64, and the zip is for arm64" "$static_exe" static arm64
refuses not-static "the static layout's bootstrap has an interpreter" "$dynamic_exe" static x86_64
refuses static-as-self-contained "has no interpreter (it is static" "$static_exe" self-contained x86_64
stage fine "$static_exe" static x86_64 || { echo "FAIL: a static executable was refused:"; cat "$work/fine.log"; exit 1; }
grep -q 'fine.zip: .* to upload; bootstrap .*, x86_64, static, no shared library' "$work/fine.log" \
  || { echo "FAIL: packaging did not say what it made:"; cat "$work/fine.log"; status=1; }
exit $status
