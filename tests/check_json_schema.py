#!/usr/bin/env python3
"""Every JSON and NDJSON output of the golden cases is valid against vitk's JSON Schemas (schemas/), and no
object in it repeats a key.

usage: check_json_schema.py SCHEMAS_DIR GOLDEN_DIR

A case's standard output that parses as one JSON document is checked against foods.schema.json (for the
`vitk foods` commands; foods-match.schema.json for `vitk foods match`) or report.schema.json; one whose every line is a JSON object with a "record" key is
checked line by line against report.ndjson.schema.json. Needs python3-jsonschema (Debian), draft 2020-12.
"""

import json
import os
import sys

import jsonschema
from jsonschema import Draft202012Validator


class RepeatedKey(ValueError):
    pass


def no_repeats(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise RepeatedKey(f"key '{key}' appears twice in one object")
        seen[key] = value
    return seen


def parse(text):
    return json.loads(text, object_pairs_hook=no_repeats)


def validator_for(schema, store):
    """A validator that resolves references between the schemas, with the API of the jsonschema at hand: the
    `referencing` registry of jsonschema 4.18 and later, or the RefResolver of Debian 12's 4.10."""
    try:
        from referencing import Registry, Resource
    except ImportError:
        resolver = jsonschema.RefResolver.from_schema(schema, store={s["$id"]: s for s in store.values()})
        return Draft202012Validator(schema, resolver=resolver)
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in store.values())
    return Draft202012Validator(schema, registry=registry)


def main():
    schemas_dir, golden_dir = sys.argv[1:3]
    store = {}
    for name in ("report.schema.json", "report.ndjson.schema.json", "foods.schema.json", "foods-match.schema.json"):
        with open(os.path.join(schemas_dir, name), encoding="utf-8") as f:
            schema = parse(f.read())
        Draft202012Validator.check_schema(schema)
        store[name] = schema
    validators = {name: validator_for(schema, store) for name, schema in store.items()}

    failures = []
    checked = {"report.schema.json": 0, "report.ndjson.schema.json": 0, "foods.schema.json": 0,
               "foods-match.schema.json": 0}
    for case in sorted(os.listdir(golden_dir)):
        path = os.path.join(golden_dir, case, "stdout")
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        with open(os.path.join(golden_dir, case, "args"), encoding="utf-8") as f:
            args = f.read().split("\n")
        documents = []
        try:
            document = parse(text)
            schema = ("report.ndjson.schema.json" if isinstance(document, dict) and "record" in document
                      else "foods-match.schema.json" if "foods" in args and "match" in args
                      else "foods.schema.json" if "foods" in args else "report.schema.json")
            documents = [(schema, document)]
        except RepeatedKey as error:
            failures.append(f"{case}: {error}")
            continue
        except ValueError:
            lines = [line for line in text.split("\n") if line]
            try:
                records = [parse(line) for line in lines]
            except RepeatedKey as error:
                failures.append(f"{case}: {error}")
                continue
            except ValueError:
                continue  # not JSON: another format
            if not records or not all(isinstance(r, dict) and "record" in r for r in records):
                continue
            documents = [("report.ndjson.schema.json", record) for record in records]
        for schema, document in documents:
            checked[schema] += 1
            for error in validators[schema].iter_errors(document):
                where = "/".join(str(part) for part in error.absolute_path)
                failures.append(f"{case}: {schema} at /{where}: {error.message}")
    for failure in failures:
        print(failure)
    print(", ".join(f"{count} documents against {name}" for name, count in checked.items()))
    if any(count == 0 for count in checked.values()):
        print("a schema was checked against no output at all")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
