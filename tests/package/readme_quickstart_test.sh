#!/usr/bin/env bash
# Follows README.md's "Your first function" as a newcomer would: writes the files it shows, runs the
# commands it shows (read from the README itself, so the two cannot drift), compares the invoke's
# output with the one it shows, then checks that the zip it built starts: its bootstrap, unpacked,
# answers the same event through the installed emulator.
# Usage: readme_quickstart_test.sh <lambdagen build dir> <lambdagen source dir>
set -euo pipefail
build_dir=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Blocks follow a marker line: <!-- quickstart file: PATH -->, <!-- quickstart run: NAME -->,
# <!-- quickstart output: NAME -->.
awk -v out="$work" '
  /^<!-- quickstart (file|run|output): .* -->$/ {
    kind = $3; sub(/:$/, "", kind); name = $4
    target = (kind == "file") ? out "/" name : out "/" kind "-" name
    if (kind == "file") { dir = target; sub(/\/[^\/]*$/, "", dir); system("mkdir -p \"" dir "\"") }
    pending = 1; next
  }
  pending && /^```/ { pending = 0; inside = 1; printf "" > target; next }
  inside && /^```$/ { inside = 0; close(target); next }
  inside { print >> target }
' "$source_dir/README.md"
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
echo "README quickstart: built, invoked, packaged; the zip's bootstrap answers"
