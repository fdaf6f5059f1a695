#!/usr/bin/env python3
"""Validates JSON documents against a JSON Schema (python3-jsonschema).

Usage: validate_schema.py SCHEMA FILE...; prints one line per violation
("FILE: /path: message") and nothing when every document is valid.
"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)
for name in sys.argv[2:]:
    document = json.load(open(name, encoding="utf-8"))
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
        path = "/" + "/".join(str(p) for p in error.absolute_path)
        print(f"{path}: {error.message}")
