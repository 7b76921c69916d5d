#!/usr/bin/env bash
# lambda-event as users run it: exit codes, stdout and stderr of each command.
# Usage: LAMBDA_EVENT=path/to/lambda-event lambda_event_cli_test.sh SAMPLES_DIR
set -u
samples=$1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() { # run EXPECTED_EXIT ARGS... ; leaves stdout in $out, stderr in $err
  local expected=$1; shift
  out=$("$LAMBDA_EVENT" "$@" 2>/tmp/lambda-event-err.$$); status=$?
  err=$(cat /tmp/lambda-event-err.$$)
  [[ $status == "$expected" ]] || fail "lambda-event $* exited $status, expected $expected (stderr: $err)"
}
trap 'rm -f /tmp/lambda-event-err.$$' EXIT
sqs="$samples/SQSEvent.unicode-escapes-extremes.json"

run 0 types
grep -qx SQSEvent <<<"$out" || fail "types does not list SQSEvent"
grep -qx SQSEventResponse <<<"$out" || fail "types does not list SQSEventResponse"
[[ $(sort <<<"$out") == "$out" ]] || fail "types is not sorted"

run 0 check SQSEvent "$sqs"
[[ -z $out ]] || fail "check prints on success: $out"

run 0 check SQSEvent < "$sqs"

run 1 check SQSEvent <<<'{"Records":[{"messageId":"a","body":""},{"messageId":7}]}'
grep -qF '$.Records[1].messageId' <<<"$err" || fail "check error has no JSON path: $err"

# An event of another kind is refused, naming the key it lacks.
run 1 check SQSEvent "$samples/APIGatewayV2HTTPRequest.jwt-iam-nulls.json"
grep -qF 'required key "Records"' <<<"$err" || fail "an HTTP API event passed as SQS: $err"

run 1 check SQSEvent <<<'{"Records":[{"messageId":"a"'
[[ -n $err ]] || fail "truncated input gave no error text"

run 0 roundtrip SQSEvent "$sqs"
[[ $out == '{"Records":[{"messageId":"9a1c7e0e-'* ]] || fail "roundtrip output is not compact JSON: ${out:0:80}"
[[ $(wc -l <<<"$out") == 1 ]] || fail "roundtrip output spans lines"

echo "$out" > /tmp/lambda-event-out.$$
run 0 roundtrip SQSEvent /tmp/lambda-event-out.$$
[[ $out == "$(cat /tmp/lambda-event-out.$$)" ]] || fail "roundtrip is not a fixed point"
rm -f /tmp/lambda-event-out.$$

run 0 diff SQSEvent "$sqs"
# A key the type does not declare is kept (in `other`) and written back: nothing lost, but named.
run 0 diff SQSEventResponse <<<'{"batchItemFailures":[],"extra":1}'
grep -qF '$.extra: not declared by SQSEventResponse, kept verbatim' <<<"$out" \
  || fail "diff does not name the undeclared key: $out"
# A time finer than the member holds is refused, never truncated.
run 1 diff SNSEvent <<<'{"Records":[{"Sns":{"Timestamp":"2024-05-01T12:00:00.0001Z"}}]}'
grep -qF 'millisecond precision' <<<"$err" || fail "diff does not refuse a too-fine time: $err"

run 2 check SQSEvnt "$sqs"
grep -q 'SQSEvent' <<<"$err" || fail "unknown type suggests nothing close: $err"

run 2 check
run 2 frobnicate SQSEvent
run 3 check SQSEvent /nonexistent/file.json

# check --all: a folder of captured events, each judged by its shape.
all=$(mktemp -d)
mkdir -p "$all/captured/nested"
cp "$sqs" "$all/captured/a-sqs.json"
sed 's/"messageId"/"newKeyFromAws":1,"messageId"/' "$sqs" >"$all/captured/nested/b-sqs-new-key.json"
sed 's/"ApproximateCreationDateTime": *[0-9.]*/"ApproximateCreationDateTime":1480642020000/' \
  "$samples/DynamoDBEvent.all-types-unicode-extremes.json" >"$all/captured/c-dynamodb-ms.json"
printf '{"Records":[{"messageId":"a"' >"$all/captured/d-truncated.json"
echo 'not an event' >"$all/captured/e-notes.txt"
echo '{"hello":"world","answer":42}' >"$all/captured/f-unknown-shape.json"
run 1 check --all "$all/captured"
[[ $(grep -c . <<<"$out") -gt 4 ]] || fail "check --all printed too little: $out"
grep -qE '^fits +.*/a-sqs\.json +SQSEvent$' <<<"$out" || fail "check --all: the SQS sample is not SQSEvent: $out"
grep -qE '^keeps 1 +.*nested/b-sqs-new-key\.json +SQSEvent' <<<"$out" || fail "check --all: the new key is not counted: $out"
grep -qF '$.Records[0].newKeyFromAws: not declared by SQSEvent' <<<"$out" || fail "check --all does not name the new key: $out"
grep -qE '^no fit +.*/c-dynamodb-ms\.json' <<<"$out" || fail "check --all: a DynamoDB event in milliseconds fits: $out"
grep -qF 'closest DynamoDBEvent: $.Records[0].dynamodb.ApproximateCreationDateTime' <<<"$out" \
  || fail "check --all: the closest type and its error are not named: $out"
grep -qE '^not JSON +.*/d-truncated\.json' <<<"$out" || fail "check --all: truncated JSON is not called so: $out"
grep -q 'e-notes' <<<"$out" && fail "check --all read a file that is not *.json"
# A shape no type declares is no fit, not a response type that would invent its own keys.
grep -qE '^no fit +.*/f-unknown-shape\.json' <<<"$out" || fail "check --all: an unknown shape fits: $out"
grep -qx '5 files: 1 fit, 1 fit keeping undeclared keys, 0 fit but lose keys, 2 fit no type, 1 not JSON' <<<"$out" \
  || fail "check --all summary: $out"
rm "$all/captured/nested/b-sqs-new-key.json" "$all/captured/c-dynamodb-ms.json" "$all/captured/d-truncated.json" \
  "$all/captured/f-unknown-shape.json"
run 0 check --all "$all/captured"
run 3 check --all "$all/no-such-folder"
run 2 check --all
rm -rf "$all"

if (( failures )); then echo "$failures failure(s)"; exit 1; fi
echo "lambda-event: all checks passed"
