#!/usr/bin/env bash
# Follows README.md's "Your first function" as a newcomer would: writes the files it shows, runs the
# commands it shows (read from the README itself, so the two cannot drift), compares the invoke's
# output with the one it shows, then checks that the zip it built starts: its bootstrap, unpacked,
# is one static executable and answers the same event through the installed emulator. Then, in the
# same project, runtime/README-deploy.md's packaging commands (its <!-- deploy run/output --> blocks):
# their output matches the one shown, and the create-function command names that zip and its
# architecture (it is not run: this machine has no AWS account).
# Usage: readme_quickstart_test.sh <lambdagen build dir> <lambdagen source dir>
set -euo pipefail
build_dir=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Blocks follow a marker line: <!-- quickstart file: PATH -->, <!-- quickstart run: NAME -->,
# <!-- quickstart output: NAME --> (and the same with "deploy" in runtime/README-deploy.md).
source "$source_dir/tests/package/doc_blocks.sh"
extract_doc_blocks quickstart "$source_dir/README.md" "$work"
for f in run-install run-build run-invoke run-package output-invoke \
         hello/CMakeLists.txt hello/main.cpp hello/greeting.h hello/event.json; do
  [[ -s $work/$f ]] || { echo "README.md has no quickstart block for $f"; exit 1; }
done

# The README's commands, verbatim, as a user whose HOME is fresh: the install runs where `build` is
# the build this test belongs to; the others run one after the other in one shell (the first one
# changes into hello/), each block's output kept apart.
export HOME=$work/home
mkdir -p "$HOME" "$work/lambdagen"
ln -s "$build_dir" "$work/lambdagen/build"
(cd "$work/lambdagen" && bash -euo pipefail "$work/run-install") >/dev/null
{
  for step in build invoke package; do
    echo "{"
    cat "$work/run-$step"
    echo "} >\"$work/stdout-$step\" 2>\"$work/stderr-$step\""
  done
} >"$work/steps.sh"
(cd "$work" && bash -euo pipefail "$work/steps.sh") || {
  echo "a quickstart step failed:"; cat "$work"/stdout-* "$work"/stderr-*; exit 1; }

request_id_free() { sed -E 's/"requestId\\":\\"[^\\]*\\"/"requestId\\":\\"REQUEST_ID\\"/'; }
response=$(request_id_free <"$work/stdout-invoke")
expected=$(cat "$work/output-invoke")
if [[ $response != "$expected" ]]; then
  echo "the invoke printed:  $response"
  echo "README.md shows:     $expected"
  exit 1
fi
grep -qE 'name="Ann"|"name":"Ann"' "$work/stderr-invoke" || { echo "no log line with the name field:"; cat "$work/stderr-invoke"; exit 1; }

# The zip: exactly one entry, an executable bootstrap, which answers the same event.
zip=$work/hello/build/hello.zip
entries=$(cd "$work" && cmake -E tar tf "$zip")
[[ $entries == bootstrap ]] || { echo "hello.zip holds: $entries"; exit 1; }
mkdir "$work/unpacked"
(cd "$work/unpacked" && cmake -E tar xf "$zip")
[[ -x $work/unpacked/bootstrap ]] || { echo "bootstrap is not executable"; exit 1; }
from_zip=$("$HOME/.local/lambdagen/bin/lambda-emulator" invoke "$work/unpacked/bootstrap" \
             --event "$work/hello/event.json" 2>/dev/null | request_id_free)
[[ $from_zip == "$expected" ]] || { echo "the zip's bootstrap answered: $from_zip"; exit 1; }
program_headers=$(readelf -lW "$work/unpacked/bootstrap")
if grep -q 'program interpreter' <<<"$program_headers"; then echo "bootstrap is not static"; exit 1; fi
echo "README quickstart: built, invoked, packaged; the zip's static bootstrap answers"

# README-deploy: the two packaging commands, in the function's folder.
mkdir "$work/deploy"
extract_doc_blocks deploy "$source_dir/runtime/README-deploy.md" "$work/deploy"
for f in run-package output-package run-create-function; do
  [[ -s $work/deploy/$f ]] || { echo "README-deploy.md has no deploy block for $f"; exit 1; }
done
# A fresh copy of the function's folder, so that the zip is made (and reported) anew.
mkdir "$work/deploy/hello"
cp "$work"/hello/*.h "$work"/hello/*.cpp "$work/hello/CMakeLists.txt" "$work/deploy/hello/"
(cd "$work/deploy/hello" && bash -euo pipefail "$work/deploy/run-package") >"$work/deploy/stdout" 2>&1 || {
  echo "README-deploy's packaging commands failed:"; cat "$work/deploy/stdout"; exit 1; }
# Each line shown must appear, with "…" standing for a path and sizes for any size.
while IFS= read -r line; do
  pattern=$(printf '%s' "$line" | sed -E 's/[][\\.*^$()+?{}|/]/\\&/g; s/…/.*/g; s/[0-9]+\\\.[0-9]+ MiB|[0-9]+ KiB/[0-9.]+ (MiB|KiB)/g')
  grep -qE -- "$pattern" "$work/deploy/stdout" || {
    echo "README-deploy shows: $line"; echo "packaging printed:"; cat "$work/deploy/stdout"; exit 1; }
done <"$work/deploy/output-package"
# create-function: the zip it uploads is the one just built, for the architecture it declares.
command=$(tr '\\\n' '  ' <"$work/deploy/run-create-function")
zip_arg=$(grep -oE 'fileb://[^ ]+' <<<"$command" | sed 's|^fileb://||')
arch_arg=$(grep -oE -- '--architectures [^ ]+' <<<"$command" | cut -d' ' -f2)
[[ -f $work/deploy/hello/$zip_arg ]] || { echo "create-function uploads $zip_arg, which the packaging did not make"; exit 1; }
grep -q -- '--handler bootstrap' <<<"$command" || { echo "create-function does not name bootstrap as the handler"; exit 1; }
rm -rf "$work/unpacked" && mkdir "$work/unpacked" && (cd "$work/unpacked" && cmake -E tar xf "$work/deploy/hello/$zip_arg")
machine=$(readelf -h "$work/unpacked/bootstrap" | sed -n 's/^ *Machine: *//p')
case $arch_arg in
  x86_64) [[ $machine == *X86-64* ]] ;;
  arm64) [[ $machine == *AArch64* ]] ;;
  *) false ;;
esac || { echo "create-function says --architectures $arch_arg; the bootstrap is for $machine"; exit 1; }
echo "README-deploy: packaged as shown; create-function names $zip_arg ($arch_arg), not run (no AWS account here)"
