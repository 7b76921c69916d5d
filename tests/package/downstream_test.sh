#!/usr/bin/env bash
# Installs this build into a scratch prefix, then configures, builds and runs examples/downstream
# against it with find_package(lambdagen), exactly as a user's project would.
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
cmake -S "$source_dir/examples/downstream" -B "$work/build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" >/dev/null
out=$("$work/build/greet")
expected='{"name":"Lambda","times":2,"signOff":"bye","languages":["C++"]}'
if [ "$out" != "$expected" ]; then
  echo "downstream printed: $out"
  echo "expected:           $expected"
  exit 1
fi
if "$work/build/greet" '{"times": 1}' 2>"$work/err"; then
  echo "a Greeting without its required name was accepted"
  exit 1
fi
grep -q 'required key "name"' "$work/err"
events=$("$work/build/events_check")
if [ "$events" != $'m-1=hello\nm-2=zoë' ]; then
  echo "events_check printed: $events"
  exit 1
fi
echo "downstream project built against the installed package and ran"
