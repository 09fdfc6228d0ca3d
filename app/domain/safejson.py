"""JSON from outside the program, parsed with its size and nesting bounded.

Python's json module recurses once per nested array or object: a document
nested 10,000 deep raises RecursionError (an internal error, exit 70) and a
schema check of one nested 900 deep is slow. Every parser of untrusted JSON in
the app (interchange files, bundles, packages, enrolment files, backups, the
key file, the HQ key store) goes through `loads`, which counts the nesting in
one linear pass, outside strings, before parsing.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64


class JsonLimitError(ValueError):
    """The document nests deeper than allowed (a ValueError, like JSONDecodeError)."""


_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def depth(text: str | bytes) -> int:
    """Deepest nesting of arrays and objects, ignoring brackets inside strings
    (strings removed by a regex, then only the brackets walked: fast on big files)."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    deepest = level = 0
    for byte in brackets:
        level += 1 if byte in (0x5B, 0x7B) else -1
        deepest = max(deepest, level)
    return deepest


def loads(text: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """json.loads with the nesting bounded; raises JsonLimitError or json.JSONDecodeError
    (both ValueError) or UnicodeDecodeError, never RecursionError."""
    if depth(text) > max_depth:
        raise JsonLimitError(f"nested more than {max_depth} levels deep")
    return json.loads(text)
