#!/usr/bin/env python3
"""Validates JSON documents against a JSON Schema (python3-jsonschema).

Usage: validate_schema.py SCHEMA FILE...; prints one line per violation
("FILE: /path: message") and nothing when every document is valid.

validate_schema.py SCHEMA --serve: reads one JSON document a line on stdin
and answers each with one line, a JSON array of its violations
("/path: message"), until stdin ends. A test process keeps one of these
(tests/support/schema_check.cc): starting Python and jsonschema took
longer than most of the tests that ask.
"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)


def violations(document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    return ["/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message for e in errors]


if sys.argv[2:] == ["--serve"]:
    for line in sys.stdin.buffer:
        print(json.dumps(violations(json.loads(line))), flush=True)
else:
    for name in sys.argv[2:]:
        for violation in violations(json.load(open(name, encoding="utf-8"))):
            print(f"{name}: {violation}")
