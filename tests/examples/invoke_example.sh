#!/usr/bin/env bash
# Invokes an example function through lambda-emulator with its sample event and compares the
# response with the expected one, byte for byte, except that NUL bytes (the delimiter after a
# streamed HTTP prelude) are shown, and expected, as '~'.
# Usage: invoke_example.sh EMULATOR FUNCTION EVENT EXPECTED_RESPONSE
set -euo pipefail
emulator=$1 function=$2 event=$3 expected=$4
actual=$("$emulator" invoke "$function" --event "$event" --timeout 10 2>/tmp/invoke-example-log.$$ | tr '\0' '~'; exit "${PIPESTATUS[0]}") || {
  echo "invoke failed; function log:"; cat /tmp/invoke-example-log.$$; rm -f /tmp/invoke-example-log.$$; exit 1; }
rm -f /tmp/invoke-example-log.$$
if [[ "$actual" != "$(cat "$expected")" ]]; then
  echo "response differs from $expected"
  echo "expected: $(cat "$expected")"
  echo "actual:   $actual"
  exit 1
fi
echo "response as expected: $actual"
