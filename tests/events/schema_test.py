#!/usr/bin/env python3
"""The generated JSON Schemas of lambda::events against an independent validator.

Every schema must be a valid draft 2020-12 schema; every sample the readers take must validate
against its type's schema (jsonschema.Draft202012Validator, formats asserted), and so must what the
writers write back from it; and documents the readers refuse must be refused by the schemas too. The validator is Debian's python3-jsonschema
(scripts/install-deps.sh installs it): without it this test fails, it is never skipped.

Usage:
  schema_test.py own      --schemas DIR --samples DIR [--golden DIR] [--lambda-event EXE]
  schema_test.py fixtures --schemas DIR --table TSV --fixtures DIR [--lambda-event EXE]
  schema_test.py values   --schemas DIR --generated-tests EXE
The fixtures mode exits 77 (skipped) and says so when the fixtures folder is absent or empty.
"""

import argparse
import copy
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import warnings

SKIPPED = 77

try:
    import jsonschema
except ImportError:
    print("FAIL: the JSON Schema validator is missing: python module 'jsonschema' cannot be imported by "
          f"{sys.executable}. Install Debian's python3-jsonschema (apt-get install python3-jsonschema; "
          "scripts/install-deps.sh does) or point -DLAMBDAGEN_PYTHON3 at a python3 that has it.")
    sys.exit(1)

warnings.filterwarnings("ignore", category=DeprecationWarning)  # RefResolver, deprecated after 4.17


class Schemas:
    """Every *.schema.json of a folder, by $id; cross-file $refs resolve among them."""

    def __init__(self, *folders):
        self.store = {}
        for folder in folders:
            for path in sorted(pathlib.Path(folder).rglob("*.schema.json")):
                schema = json.loads(path.read_text(encoding="utf-8"))
                jsonschema.Draft202012Validator.check_schema(schema)
                if schema.get("$id") != path.name:
                    raise SystemExit(f"FAIL: {path}: $id {schema.get('$id')!r} is not its file name")
                self.store[path.name] = schema
        if not self.store:
            raise SystemExit(f"FAIL: no *.schema.json under {', '.join(map(str, folders))}")

    def validator(self, file_name):
        schema = self.store.get(file_name)
        if schema is None:
            return None
        resolver = jsonschema.RefResolver.from_schema(schema, store=self.store)
        return jsonschema.Draft202012Validator(
            schema, resolver=resolver, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    def event(self, type_name):
        return self.validator(f"lambda.events.{type_name}.schema.json")


def errors_of(validator, document):
    """The validation errors, each as 'path: message' (the deepest, most specific ones)."""
    out = []
    for error in validator.iter_errors(document):
        best = jsonschema.exceptions.best_match([error])
        out.append(f"{best.json_path}: {best.message[:300]}")
    return out


def load(path):
    return json.loads(pathlib.Path(path).read_text(encoding="utf-8-sig"))


def check_samples(schemas, samples):
    """samples: (label, type, path). Returns the number of failures."""
    failures = 0
    for label, type_name, path in samples:
        validator = schemas.event(type_name)
        if validator is None:
            print(f"FAIL: {label}: no schema lambda.events.{type_name}.schema.json")
            failures += 1
            continue
        problems = errors_of(validator, load(path))
        if problems:
            failures += 1
            print(f"FAIL: {label} ({type_name}) does not validate:")
            for problem in problems[:5]:
                print(f"    {problem}")
    return failures


def wrong_documents(samples_dir):
    """(what, type, document) the readers refuse; each must be refused by the schema too."""
    sqs = load(samples_dir / "SQSEvent.unicode-escapes-extremes.json")
    api = load(samples_dir / "APIGatewayProxyRequest.http-api-v1-payload.json")
    s3 = load(samples_dir / "S3Event.unicode-keys-extremes.json")
    kinesis = load(samples_dir / "KinesisEvent.unicode-extremes.json")
    authorizer = load(samples_dir / "APIGatewayCustomAuthorizerRequestTypeRequest.nulls-websocket.json")
    out = []

    def mutated(what, type_name, base, change):
        document = copy.deepcopy(base)
        change(document)
        out.append((what, type_name, document))

    mutated("a missing required key (httpMethod)", "APIGatewayProxyRequest", api, lambda d: d.pop("httpMethod"))
    mutated("null for a required key (httpMethod)", "APIGatewayProxyRequest", api,
            lambda d: d.__setitem__("httpMethod", None))
    mutated("a missing required key (Records)", "SQSEvent", sqs,
            lambda d: d.pop("Records"))
    mutated("a number for a string (Records[0].messageId)", "SQSEvent", sqs,
            lambda d: d["Records"][0].__setitem__("messageId", 7))
    mutated("an object for an array (Records)", "SQSEvent", sqs, lambda d: d.__setitem__("Records", {}))
    mutated("a string for an integer (s3.object.size)", "S3Event", s3,
            lambda d: d["Records"][0]["s3"]["object"].__setitem__("size", "12"))
    mutated("an integer past int64 (s3.object.size)", "S3Event", s3,
            lambda d: d["Records"][0]["s3"]["object"].__setitem__("size", 9223372036854775808))
    mutated("a time that is no RFC 3339 (eventTime)", "S3Event", s3,
            lambda d: d["Records"][0].__setitem__("eventTime", "1970-01-01 midnight"))
    mutated("a time without its zone (eventTime)", "S3Event", s3,
            lambda d: d["Records"][0].__setitem__("eventTime", "2024-05-01T12:00:00"))
    mutated("base64 with a character outside the alphabet (kinesis.data)", "KinesisEvent", kinesis,
            lambda d: d["Records"][0]["kinesis"].__setitem__("data", "aGVsbG8*"))
    mutated("base64 without its padding (kinesis.data)", "KinesisEvent", kinesis,
            lambda d: d["Records"][0]["kinesis"].__setitem__("data", "aGVsbG8"))
    # Through a $ref to another header's schema file (apigateway.h's identity, from the authorizer's).
    mutated("a number for a string in another header's type (requestContext.identity.sourceIp)",
            "APIGatewayCustomAuthorizerRequestTypeRequest", authorizer,
            lambda d: d["requestContext"].__setitem__("identity", {"sourceIp": 5}))
    mutated("a string for a map (Records[0].messageAttributes)", "SQSEvent", sqs,
            lambda d: d["Records"][0].__setitem__("messageAttributes", "x"))
    return out


def check_wrong_documents(schemas, samples_dir, lambda_event):
    failures = 0
    for what, type_name, document in wrong_documents(samples_dir):
        text = json.dumps(document)
        if not errors_of(schemas.event(type_name), document):
            failures += 1
            print(f"FAIL: the {type_name} schema accepts {what}")
        if lambda_event:
            # The reader must refuse it as well: the schema says what the reader says.
            run = subprocess.run([lambda_event, "check", type_name], input=text.encode(), capture_output=True)
            if run.returncode != 1:
                failures += 1
                print(f"FAIL: lambda-event check {type_name} exits {run.returncode} on {what}, expected 1")
    return failures


def check_written(schemas, samples, lambda_event):
    """What the writers write from each sample (lambda-event roundtrip) validates too: a schema
    takes what the readers take, and they take what the writers write."""
    failures = 0
    for label, type_name, path in samples:
        run = subprocess.run([lambda_event, "roundtrip", type_name, str(path)], capture_output=True)
        if run.returncode != 0:
            failures += 1
            print(f"FAIL: lambda-event roundtrip {type_name} {label}: {run.stderr.decode(errors='replace')}")
            continue
        problems = errors_of(schemas.event(type_name), json.loads(run.stdout))
        if problems:
            failures += 1
            print(f"FAIL: {label} as written back ({type_name}) does not validate: {problems[0]}")
    return failures


def check_golden(golden_dir):
    """Schemas of the generator's golden inputs: the cases the events do not have (enums, aliases of
    required keys, REJECT_UNKNOWN, recursion)."""
    schemas = Schemas(golden_dir)
    cases = [
        # (schema, document, valid)
        ("golden.naming.Color.schema.json", "navy", True),
        ("golden.naming.Color.schema.json", "blue", False),  # an unknown enumerator
        ("golden.naming.Color.schema.json", None, False),
        ("golden.Node.schema.json", {"name": "a", "children": [{"name": "b", "children": [{}]}]}, True),
        ("golden.Node.schema.json", {"children": [{"children": [{"name": 1}]}]}, False),  # recursion
        ("golden.Request.schema.json", {"path": "/", "query": None, "body": None}, True),  # NULL_AS_DEFAULT
        ("golden.Request.schema.json", {"query": {}}, False),  # REQUIRED path
        ("golden.Request.schema.json", {"path": None}, False),  # REQUIRED refuses null
    ]
    failures = 0
    for name, document, valid in cases:
        validator = schemas.validator(name)
        if validator is None:
            print(f"FAIL: no golden schema {name}")
            failures += 1
            continue
        problems = errors_of(validator, document)
        if valid and problems:
            failures += 1
            print(f"FAIL: {name} refuses {json.dumps(document)}: {problems[0]}")
        if not valid and not problems:
            failures += 1
            print(f"FAIL: {name} accepts {json.dumps(document)}")
    print(f"golden: {len(schemas.store)} schemas valid, {len(cases)} documents checked")
    return failures


def own(args):
    schemas = Schemas(args.schemas)
    samples_dir = pathlib.Path(args.samples)
    samples = [(path.name, path.name.split(".")[0], path) for path in sorted(samples_dir.glob("*.json"))]
    failures = check_samples(schemas, samples)
    print(f"{len(schemas.store)} schemas valid (draft 2020-12); {len(samples)} own samples checked")
    if args.lambda_event:
        failures += check_written(schemas, samples, args.lambda_event)
        print(f"{len(samples)} own samples written back by lambda-event roundtrip checked")
    wrong = check_wrong_documents(schemas, samples_dir, args.lambda_event)
    print(f"{len(wrong_documents(samples_dir))} wrong documents checked"
          + (" (and refused by lambda-event check)" if args.lambda_event else ""))
    failures += wrong
    if args.golden:
        failures += check_golden(args.golden)
    return 1 if failures else 0


def fixtures(args):
    args.fixtures = os.environ.get("LAMBDAGEN_FIXTURES") or args.fixtures  # as the C++ tests take it
    folder = pathlib.Path(args.fixtures) if args.fixtures else None
    if not folder or not folder.is_dir() or not any(folder.iterdir()):
        print(f"SKIPPED: the third-party fixtures folder is absent ({args.fixtures or 'not configured'}): "
              "no fixture was checked against the schemas. Configure with -DLAMBDAGEN_FIXTURES_DIR=<dir>.")
        return SKIPPED
    schemas = Schemas(args.schemas)
    samples, refused = [], []
    for line in pathlib.Path(args.table).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, type_name, expectation = line.split("\t")[:3]
        (refused if expectation.startswith("error") else samples).append((name, type_name, folder / name))
    failures = check_samples(schemas, samples)
    if args.lambda_event:
        failures += check_written(schemas, samples, args.lambda_event)
    # The readers refuse these; a schema refuses what it can see (see README, "JSON Schema").
    for name, type_name, path in refused:
        try:
            document = load(path)
        except json.JSONDecodeError as e:
            print(f"{name}: malformed JSON ({e}), refused before any schema applies")
            continue
        problems = errors_of(schemas.event(type_name), document)
        if not problems:
            failures += 1
            print(f"FAIL: {name}: the reader refuses it, the {type_name} schema accepts it")
    print(f"{len(samples)} fixtures validated" + (", and as written back" if args.lambda_event else "")
          + f"; {len(refused)} refused as their readers refuse them")
    return 1 if failures else 0


def values(args):
    """Arbitrary values of tests/generated's types, as their writers write them
    (schema_values_test.cpp), validate against those types' schemas."""
    schemas = Schemas(args.schemas)
    with tempfile.TemporaryDirectory() as work:
        out = pathlib.Path(work) / "values.tsv"
        run = subprocess.run([args.generated_tests, "--gtest_filter=SchemaValues.*"], capture_output=True,
                             env={**os.environ, "LAMBDAGEN_SCHEMA_VALUES": str(out)})
        if run.returncode != 0 or not out.exists():
            print(f"FAIL: {args.generated_tests} did not write the values:\n{run.stdout.decode(errors='replace')}")
            return 1
        # Not splitlines(): strings may hold U+2028 and the like, which JSON leaves unescaped.
        lines = [line for line in out.read_text(encoding="utf-8").split("\n") if line]
    failures, validators, per_schema = 0, {}, {}
    for line in lines:
        name, text = line.split("\t", 1)
        if name not in validators:
            validators[name] = schemas.validator(name)
            if validators[name] is None:
                print(f"FAIL: no schema {name}")
                return 1
        per_schema[name] = per_schema.get(name, 0) + 1
        problems = errors_of(validators[name], json.loads(text))
        if problems:
            failures += 1
            if failures <= 10:
                print(f"FAIL: {name} refuses a value its writer wrote: {problems[0]}\n    {text[:500]}")
    print(f"{len(lines)} written values of {len(per_schema)} types validated against {len(schemas.store)} schemas")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["own", "fixtures", "values"])
    parser.add_argument("--generated-tests")
    parser.add_argument("--schemas", required=True)
    parser.add_argument("--samples")
    parser.add_argument("--golden")
    parser.add_argument("--lambda-event")
    parser.add_argument("--table")
    parser.add_argument("--fixtures", default="")
    args = parser.parse_args()
    print(f"validator: jsonschema (Draft202012Validator) from {jsonschema.__file__}")
    return {"own": own, "fixtures": fixtures, "values": values}[args.mode](args)


if __name__ == "__main__":
    sys.exit(main())
