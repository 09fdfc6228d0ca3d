"""The JSON Schemas under resources/schema/, loaded and checked once each."""

from __future__ import annotations

import json
from functools import cache

import jsonschema

from app.resources import resource_path


@cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator for resources/schema/<name>; the schema itself is checked first."""
    schema = json.loads(resource_path("schema", name).read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)
