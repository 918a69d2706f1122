"""Tract's test helper: parses BibTeX strictly with pybtex, or checks CSL-JSON against the schema
beside this file with jsonschema, and prints what it read as JSON (exit 1 on any error)."""
import json
import os
import sys

kind, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
if kind == "bibtex":
    import pybtex.errors
    from pybtex.database import parse_string
    pybtex.errors.set_strict_mode(True)
    data = parse_string(text, "bibtex")
    out = {key: {"type": entry.type, "fields": dict(entry.fields),
                 "authors": [str(person) for person in entry.persons.get("author", [])]}
           for key, entry in data.entries.items()}
    print(json.dumps(out))
else:
    import jsonschema
    schema = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "csl-items.schema.json")))
    items = json.loads(text)
    jsonschema.validate(items, schema, cls=jsonschema.Draft7Validator)
    print(json.dumps(items))
