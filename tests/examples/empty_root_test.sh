#!/usr/bin/env bash
# Runs a packaged function the way Lambda lays it out, with nothing of the build machine visible:
# the zip is unpacked into var/task/ of an empty directory, and /var/task/bootstrap runs with that
# directory as its root (chroot as root, else bubblewrap), with Lambda's LD_LIBRARY_PATH, while
# lambda-emulator outside serves its Runtime API on loopback.
#
#   empty_root_test.sh EMULATOR ZIP LAYOUT EVENT EXPECTED_RESPONSE
#       invokes it once with EVENT and compares the response with EXPECTED_RESPONSE (as
#       invoke_example.sh does); LAYOUT (static|self-contained) is what the zip must hold
#   empty_root_test.sh EMULATOR ZIP self-contained --fetch-from ECHO_FUNCTION
#       for examples/http-client: serves ECHO_FUNCTION on a loopback port with the emulator and has
#       the function POST to it with libcurl
# Exits 77 (skipped, and says why) when neither chroot nor bubblewrap can make a root here.
set -euo pipefail
emulator=$1 zip=$2 layout=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
serve_pid=""
cleanup() {
  [[ -n $serve_pid ]] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

root=$work/root
mkdir -p "$root/var/task"
(cd "$root/var/task" && cmake -E tar xf "$zip")
[[ $(ls -A "$root") == var && $(ls -A "$root/var") == task ]] || fail "the root holds more than var/task"

# What the zip holds, checked from outside (the packaging step checks it too).
bootstrap=$root/var/task/bootstrap
[[ -x $bootstrap ]] || fail "$zip has no executable bootstrap"
program_headers=$(readelf -lW "$bootstrap")
case $layout in
  static)
    [[ $(ls -A "$root/var/task") == bootstrap ]] || fail "a static zip holds $(ls -A "$root/var/task" | tr '\n' ' ')"
    if grep -q 'program interpreter' <<<"$program_headers"; then fail "the static bootstrap has an interpreter"; fi
    if readelf -dW "$bootstrap" | grep -q NEEDED; then fail "the static bootstrap needs shared libraries"; fi
    ;;
  self-contained)
    grep -q 'program interpreter: /var/task/lib/' <<<"$program_headers" \
      || fail "the self-contained bootstrap's interpreter is not in /var/task/lib"
    [[ -e $root/var/task/lib/libc.so.6 ]] || fail "the self-contained zip carries no libc.so.6"
    ;;
  *) fail "unknown layout $layout" ;;
esac

# Lambda's environment for provided.al2023: the image's library folders come first on
# LD_LIBRARY_PATH (here they are empty, as nothing of the build machine may be used).
lambda_env=(LD_LIBRARY_PATH=/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib
            LAMBDA_TASK_ROOT=/var/task LAMBDA_RUNTIME_DIR=/var/runtime)
enter=$work/enter-root
chroot_status=0
[[ $(id -u) -eq 0 ]] && { chroot "$root" /no-such-program 2>/dev/null || chroot_status=$?; }
if [[ $chroot_status -eq 127 ]]; then  # chroot entered the root and found no such program there
  printf '#!/bin/sh\nexec env %s chroot %q /var/task/bootstrap\n' "${lambda_env[*]}" "$root" >"$enter"
elif command -v bwrap >/dev/null && bwrap --unshare-user --ro-bind / / /bin/true 2>/dev/null; then
  printf '#!/bin/sh\nexec env %s bwrap --unshare-user --die-with-parent --bind %q / --chdir /var/task /var/task/bootstrap\n' \
    "${lambda_env[*]}" "$root" >"$enter"
else
  echo "SKIPPED: an empty root needs root (chroot) or bubblewrap with user namespaces; neither works here"
  exit 77
fi
chmod +x "$enter"

if [[ ${4:-} != --fetch-from ]]; then
  "$here/invoke_example.sh" "$emulator" "$enter" "$4" "$5"
  exit
fi

# http-client: a real HTTP call from inside the root, to an echo function served on loopback.
echo_function=$5
port=""
for attempt in 1 2 3 4 5; do
  candidate=$((20000 + RANDOM % 20000))
  "$emulator" serve "$echo_function" --port "$candidate" 2>"$work/serve.log" &
  serve_pid=$!
  for _ in $(seq 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n $port ]] && break
  kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; serve_pid=""
done
[[ -n $port ]] || { cat "$work/serve.log" >&2; fail "the echo function could not be served"; }
url="http://127.0.0.1:$port/2015-03-31/functions/function/invocations"
printf '{"url":"%s","body":"{\\"ping\\":1}"}' "$url" >"$work/event.json"
answer=$("$emulator" invoke "$enter" --event "$work/event.json" --timeout 10 2>"$work/invoke.log") \
  || { cat "$work/invoke.log" >&2; fail "the function failed"; }
echo "answer: $answer"
[[ $answer == *'"status":200'* ]] || fail "the call did not answer 200"
[[ $answer == *'"body":"{\"ping\":1}"'* ]] || fail "the echo function's answer did not come back"
[[ $answer == *'"client":"libcurl/'*OpenSSL* ]] || fail "libcurl did not report OpenSSL"
