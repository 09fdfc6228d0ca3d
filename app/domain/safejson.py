"""JSON from outside, parsed within limits.

`json.loads` on hostile input can recurse until the interpreter gives up
(200,000 nested brackets raised RecursionError at HQ), accepts NaN and
Infinity, and silently keeps the last of two equal keys, so two programs can
read one signed document differently. `loads` refuses all of that before and
while parsing:

- more than `max_bytes` bytes (checked before anything else);
- nesting deeper than `max_depth` (a scan that skips strings, run before
  `json.loads` ever sees the text);
- a key that appears twice in one object, NaN/Infinity, invalid UTF-8.

Every refusal is a `ValidationError` with one fixed line and no input in it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.domain import msg
from app.errors import ValidationError

MAX_DEPTH = 64
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
# A string with its escapes; an unterminated one runs to the end (so no input makes the
# scan quadratic, and json.loads refuses it anyway).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\Z)', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_SQUARE = bytes.maketrans(b"{}", b"[]")


class JsonLimitError(ValidationError):
    """The input is not JSON we accept (too large, too deep, ambiguous)."""


def depth(data: bytes, limit: int = MAX_DEPTH) -> int | None:
    """How deeply arrays and objects nest in `data`, counting up to `limit + 1`
    (brackets inside strings do not count); None if the brackets do not pair up.
    Linear in the input for each level: innermost pairs are removed level by level."""
    brackets = _STRING.sub(b"", data).translate(_SQUARE, _NOT_BRACKETS)
    for level in range(limit + 2):
        if not brackets:
            return level
        inner = brackets.replace(b"[]", b"")
        if len(inner) == len(brackets):
            return None
        brackets = inner
    return limit + 1


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise JsonLimitError(msg.text("err.json_duplicate_key"))
    return out


def _no_constants(name: str) -> Any:
    raise JsonLimitError(msg.text("err.json_nan"))


def loads(data: bytes | str, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = MAX_DEPTH,
          what: str | None = None) -> Any:
    """Parse `data` within the limits; raises JsonLimitError (a ValidationError)."""
    what = what or msg.text("err.json_the_file")  # a caller names its subject by code (err.json_*)
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if len(raw) > max_bytes:
        raise JsonLimitError(msg.text("err.json_too_large", what, len(raw), max_bytes))
    levels = depth(raw, max_depth)
    if levels is not None and levels > max_depth:  # None: unbalanced, json.loads says where
        raise JsonLimitError(msg.text("err.json_too_deep", what, max_depth))
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_pairs, parse_constant=_no_constants)
    except JsonLimitError:
        raise
    except json.JSONDecodeError as exc:
        raise JsonLimitError(msg.text("err.json_invalid_at", what, exc.lineno, exc.colno)) from None
    except (ValueError, RecursionError):  # UnicodeDecodeError, an int of 5,000 digits
        raise JsonLimitError(msg.text("err.json_invalid", what)) from None
