"""The JSON Schemas under resources/schema/, loaded and checked once each."""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING

from app.resources import resource_path

if TYPE_CHECKING:  # jsonschema costs ~70 ms and ~9 MB: loaded when first needed, not at start-up
    import jsonschema


@cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator for resources/schema/<name>; the schema itself is checked first."""
    import jsonschema

    schema = json.loads(resource_path("schema", name).read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)
