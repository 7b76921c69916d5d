#!/usr/bin/env bash
# Installs this build into a scratch prefix, then configures, builds and runs examples/downstream
# against it with find_package(lambdagen), exactly as a user's project would: a codec program and
# its JSON Schema (validated with Debian's python3-jsonschema), the event types, a function
# packaged twice (the zips must start), a fuzz target with BASE_DIR (built and run with clang), and
# the CMake functions' refusal of arguments they do not take.
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "downstream: $*"; exit 1; }

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
cmake -S "$source_dir/examples/downstream" -B "$work/build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >"$work/configure.log" \
  || { cat "$work/configure.log"; fail "configure failed"; }
cmake --build "$work/build" >"$work/build.log" || { tail -40 "$work/build.log"; fail "build failed"; }
out=$("$work/build/greet")
expected='{"name":"Lambda","times":2,"signOff":"bye","languages":["C++"]}'
[[ $out == "$expected" ]] || fail "greet printed $out, expected $expected"
if "$work/build/greet" '{"times": 1}' 2>"$work/err"; then fail "a Greeting without its required name was accepted"; fi
grep -q 'required key "name"' "$work/err" || fail "no required-key error: $(cat "$work/err")"
# NULL_AS_DEFAULT, ALIAS and EXTRA from the installed generator.
out=$("$work/build/greet" '{"name":"A","times":null,"farewell":"ciao","mood":{"level":3}}')
expected='{"name":"A","times":1,"signOff":"ciao","languages":[],"mood":{"level":3}}'
[[ $out == "$expected" ]] || fail "greet printed $out, expected $expected"
# SCHEMA: Greeting's JSON Schema, where the configure step said, takes what greet takes and refuses
# what it refuses; README.md's "JSON Schema" commands (its <!-- schema run --> blocks), verbatim,
# validate with Debian's jsonschema command, against this schema and an installed event schema.
schema=$(sed -n "s/^-- Greeting's JSON Schema: //p" "$work/configure.log")
[[ $schema == "$work/build/lambdagen/greet/schema/Greeting.schema.json" && -f $schema ]] || fail "no schema at '$schema'"
event_schemas=$(sed -n "s/^-- The events' JSON Schemas: //p" "$work/configure.log")
[[ -f $event_schemas/lambda.events.SQSEvent.schema.json ]] || fail "no installed event schemas at '$event_schemas'"
source "$source_dir/tests/package/doc_blocks.sh"
mkdir "$work/doc" "$work/home"
extract_doc_blocks schema "$source_dir/README.md" "$work/doc"
[[ -s $work/doc/run-validate && -s $work/doc/run-validate-event && -s $work/doc/output-cmake ]] \
  || fail "README.md has no schema blocks"
while IFS= read -r line; do
  grep -qxF "$line" "$source_dir/examples/downstream/CMakeLists.txt" \
    || fail "README.md's JSON Schema line is not in examples/downstream/CMakeLists.txt: $line"
done <"$work/doc/output-cmake"
mkdir -p "$work/home/.local"
ln -s "$work/prefix" "$work/home/.local/lambdagen"
python_bin=$(dirname "${LAMBDAGEN_PYTHON3:-/usr/bin/python3}")
[[ -x $python_bin/jsonschema ]] || fail "no jsonschema command in $python_bin: install python3-jsonschema"
readme_validates() {  # readme_validates BLOCK: runs README's block in $work (build/ is the project's build)
  (cd "$work" && HOME="$work/home" PATH="$python_bin:$PATH" bash -euo pipefail "$work/doc/run-$1") >"$work/err" 2>&1
}
echo '{"name":"A","times":null,"farewell":"ciao","mood":{"level":3}}' >"$work/greeting.json"
readme_validates validate || fail "the schema refuses a Greeting greet takes: $(cat "$work/err")"
echo '{"times": 1}' >"$work/greeting.json"
if readme_validates validate; then fail "the schema accepted a Greeting without its name"; fi
grep -q "'name' is a required property" "$work/err" || fail "jsonschema said: $(cat "$work/err")"
cp "$source_dir/tests/events/samples/SQSEvent.unicode-escapes-extremes.json" "$work/sqs-event.json"
readme_validates validate-event || fail "the installed SQSEvent schema refuses an SQS event: $(cat "$work/err")"
echo '{"Records":[{"messageId":7}]}' >"$work/sqs-event.json"
if readme_validates validate-event; then fail "the installed SQSEvent schema accepted a number for messageId"; fi
events=$("$work/build/events_check")
[[ $events == $'m-1=hello newKey:[1]\nm-2=zoë' ]] || fail "events_check printed: $events"
# A specialization of the installed EventBridgeEventOf, generated here; a borrowed SQS event.
typed=$("$work/build/typed_events")
detail='{"orderId":"o-1","total":4200,"skus":["AB-1234"],"tags":["b2b","gift"],"payment":{"method":"invoice","days":14}}'
[[ $typed == "o-1 4200"$'\n'"$detail"$'\nm-1=café\nm-2=two' ]] || fail "typed_events printed: $typed"
bad='{"id":"e","detail-type":"x","source":"s","account":"1","time":"2026-11-29T12:00:00Z","region":"r","detail":{"orderId":7}}'
if "$work/build/typed_events" "$bad" 2>"$work/err"; then fail "a detail with a number for orderId was accepted"; fi
grep -qF '$.detail.orderId: expected string, got number 7' "$work/err" || fail "typed_events said: $(cat "$work/err")"
# The project's own codec and its tagged union, from the installed generator: their errors.
envelope='{"id":"e","detail-type":"x","source":"s","account":"1","time":"2026-11-29T12:00:00Z","region":"r","detail":'
if "$work/build/typed_events" "$envelope"'{"orderId":"o","skus":["ab-1"]}}' 2>"$work/err"; then fail "a bad SKU was accepted"; fi
grep -qF '$.detail.skus[0]: expected a SKU like AB-1234, got "ab-1"' "$work/err" || fail "typed_events said: $(cat "$work/err")"
if "$work/build/typed_events" "$envelope"'{"orderId":"o","payment":{"method":"cash"}}}' 2>"$work/err"; then
  fail "an unknown payment method was accepted"
fi
grep -qF '$.detail.payment.method: expected one of "card", "invoice", got "cash"' "$work/err" \
  || fail "typed_events said: $(cat "$work/err")"
if "$work/build/typed_events" "$envelope"'{"orderId":"o","tags":["a","a"]}}' 2>"$work/err"; then fail "a repeated tag was accepted"; fi
grep -qF '$.detail.tags[1]: expected an element the set does not hold yet' "$work/err" || fail "typed_events said: $(cat "$work/err")"

# Packaging: two zips of one function, each a bootstrap that answers through the installed emulator.
cmake --build "$work/build" --target orders_zip orders-debug_zip >"$work/package.log" \
  || { cat "$work/package.log"; fail "packaging failed"; }
echo '{"id":"o-1","lines":[{"sku":"a","quantity":2},{"sku":"b"}]}' >"$work/order.json"
for zip in orders orders-debug; do
  mkdir "$work/$zip"
  (cd "$work/$zip" && cmake -E tar xf "$work/build/$zip.zip")
  [[ $(cd "$work/$zip" && ls) == bootstrap ]] || fail "$zip.zip holds $(cd "$work/$zip" && ls)"
  answer=$("$work/prefix/bin/lambda-emulator" invoke "$work/$zip/bootstrap" --event "$work/order.json" 2>/dev/null)
  [[ $answer == '{"id":"o-1","items":3}' ]] || fail "$zip.zip's bootstrap answered $answer"
done
# The stripped zip has no symbol table; the other keeps it.
nm "$work/orders/bootstrap" >"$work/symbols" 2>&1 || true
grep -q 'no symbols' "$work/symbols" || fail "orders.zip's bootstrap is not stripped"
nm "$work/orders-debug/bootstrap" >"$work/symbols" 2>&1 || true
grep -q count_items "$work/symbols" || fail "orders-debug.zip's bootstrap lost its symbols"

# The fuzz target with BASE_DIR, under clang (skipped with a message under g++, as above).
if command -v clang++-16 >/dev/null; then
  grep -q 'lambdagen_fuzz_target(order_fuzz): skipped' "$work/configure.log" || fail "g++ did not skip the fuzz target"
  cmake -S "$source_dir/examples/downstream" -B "$work/build-clang" -G Ninja -DCMAKE_CXX_COMPILER=clang++-16 \
    -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$work/build-clang" --target order_fuzz >"$work/fuzz.log" || { tail -40 "$work/fuzz.log"; fail "order_fuzz did not build"; }
  grep -q '#include "shop/order.testing.h"' "$work/build-clang/order_fuzz_entry.cpp" || fail "fuzz entry: $(cat "$work/build-clang/order_fuzz_entry.cpp")"
  "$work/build-clang/order_fuzz" -runs=2000 >"$work/fuzz-run.log" 2>&1 || { tail -30 "$work/fuzz-run.log"; fail "order_fuzz failed"; }
else
  echo "downstream: clang++-16 not found, the fuzz target was not built"
fi

# Arguments a function does not take are errors that name them; those a sibling takes are taken.
mkdir "$work/bad"
expect_refusal() {
  local call=$1 message=$2
  cat >"$work/bad/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(bad LANGUAGES CXX)
find_package(lambdagen CONFIG REQUIRED)
include(LambdagenPackage)
file(WRITE \${CMAKE_CURRENT_BINARY_DIR}/main.cpp "int main() {}")
file(WRITE \${CMAKE_CURRENT_BINARY_DIR}/t.h "struct T {};")
add_executable(fn \${CMAKE_CURRENT_BINARY_DIR}/main.cpp)
$call
CMAKE
  if cmake -S "$work/bad" -B "$work/bad/build-$RANDOM" -DCMAKE_PREFIX_PATH="$work/prefix" >"$work/bad.log" 2>&1; then
    fail "accepted: $call"
  fi
  grep -q "$message" "$work/bad.log" || { cat "$work/bad.log"; fail "no message \"$message\" for: $call"; }
}
expect_refusal 'lambdagen_package(fn STATIC)' 'unknown arguments STATIC'
expect_refusal 'lambdagen_package(fn)
lambdagen_package(fn)' 'a zip target named fn_zip already exists'
expect_refusal 'lambdagen_package(fn ARCH sparc)' 'ARCH sparc is not a Lambda architecture'
expect_refusal 'lambdagen_generate(fn TESTNG HEADERS ${CMAKE_CURRENT_BINARY_DIR}/t.h)' 'unknown arguments TESTNG'
expect_refusal 'lambdagen_generate(fn HEADERS ${CMAKE_CURRENT_BINARY_DIR}/t.h TESTNG)' 'there is no header TESTNG'
expect_refusal 'lambdagen_fuzz_target(fz TYPE T HEADERS ${CMAKE_CURRENT_BINARY_DIR}/t.h BASEDIR x)' 'there is no header BASEDIR'
expect_refusal 'lambdagen_fuzz_target(fz TYPE T BASEDIR x HEADERS ${CMAKE_CURRENT_BINARY_DIR}/t.h)' 'unknown arguments BASEDIR'
# README's library pattern: a program linking `shop` includes the library's generated and testing
# headers (the library's include folder reaches it), parses, and round-trips arbitrary orders.
out=$("$work/build/shop_check") || fail "shop_check failed: $out"
[[ $out == '{"id":"A-1","items":2}' ]] || fail "shop_check printed $out"
if "$work/build/shop_check" '{"lines":[]}' 2>"$work/err"; then fail "shop_check took an order without its id"; fi
grep -q 'required key "id"' "$work/err" || fail "shop_check said: $(cat "$work/err")"

# Light headers: against the installed package, an event header and a whole handler compile
# without simdjson (README's "Light headers" command, with one run each).
"$source_dir/bench/compile_time.sh" "$work/prefix" 1 >"$work/compile_time.txt" 2>&1 \
  || { cat "$work/compile_time.txt"; fail "bench/compile_time.sh failed"; }
for unit in events_only handler; do
  grep -Eq "^$unit +[0-9]+ +no " "$work/compile_time.txt" \
    || { cat "$work/compile_time.txt"; fail "$unit includes simdjson, or did not compile"; }
done
echo "downstream project built against the installed package, packaged twice, fuzzed and ran"
