"""Mutations shared by the fuzz tests: one implementation of "edit a JSON document",
"damage some bytes" and "pack members into a tar", driven either by a seeded
`random.Random` (tests/adversarial/test_cli_fuzz.py: reproducible by input number)
or by Hypothesis (tests/adversarial/test_fuzz.py: shrinking)."""

from __future__ import annotations

import copy
import io
import json
import random
import tarfile
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

# Values that have broken parsers before: empty, absurd or impossible dates, NUL, terminal
# escapes, newlines, bidi overrides, Ukrainian apostrophes, paths, huge numbers and strings.
ODD = ["", "0001-01-01", "0991-05-05", "1899-12-31", "2999-12-31", "1990-02-30", "\x00", "\x1b[31m",
       "a\nb", "\u202e", "ґїє'", "../../etc/passwd", "9" * 400, "x" * 300_000, "NaN"]
ACTIONS = ["replace", "replace", "replace", "delete", "add"]


def paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document (the root is `()`)."""
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += paths(v, (*prefix, i))
    return out


def apply_edit(doc: Any, path: tuple[Any, ...], action: str, value: Any, key: str = "x") -> Any:
    """`doc` (edited in place) with the value at `path` replaced or deleted, or `value` added
    beside it under `key` when its parent is an object; returns the new root."""
    if not path:
        return value
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if action == "delete":
        del parent[path[-1]]
    elif action == "add" and isinstance(parent, dict):
        parent[key] = value
    else:
        parent[path[-1]] = value
    return doc


def edited(base: Any, edits: int, choose: Callable[[Sequence[Any]], Any],
           new_value: Callable[[], Any], new_key: Callable[[], str]) -> Any:
    """A deep copy of `base` with `edits` random edits; `choose`, `new_value` and `new_key`
    are the source of randomness (a Random or a Hypothesis draw)."""
    doc = copy.deepcopy(base)
    for _ in range(edits):
        doc = apply_edit(doc, choose(paths(doc)), choose(ACTIONS), new_value(), new_key())
    return doc


# -- driven by random.Random ---------------------------------------------------------------------
DEEP = "[" * 5000  # nesting beyond what json.dumps can write: spliced in as text


def random_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if roll < 0.05:
        n = rng.choice([65, 200, 5000])
        return json.loads("[" * n + "]" * n) if n < 900 else DEEP
    if roll < 0.35:
        return rng.choice(ODD)
    if roll < 0.5:
        return rng.choice([None, True, False, 0, -1, 2**70, 1.5e308, -0.0])
    if roll < 0.6 and depth < 3:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if roll < 0.7 and depth < 3:
        return {rng.choice(["a", "", "\n", "surname", "answers"]): random_value(rng, depth + 1)}
    return "".join(chr(rng.randrange(0x20, 0x500)) for _ in range(rng.randrange(12)))


def mutate_json(rng: random.Random, base: Any) -> bytes:
    """`base` with one to three random edits, as the bytes of a JSON file."""
    deep = False

    def value() -> Any:
        nonlocal deep
        v = random_value(rng)
        if v is DEEP:
            deep = True
            return None
        return v

    doc = edited(base, rng.randrange(1, 4), rng.choice, value,
                 lambda: rng.choice(["a", "", "\n", "surname", "answers", "format"]))
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.3)
    if deep and text.endswith("}"):
        text = text[:-1] + (', ' if text != "{}" else '') + '"deep": ' + DEEP + "]" * len(DEEP) + "}"
    return text.encode()


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """One to five byte-level changes: flips, cuts, insertions, or all new random bytes."""
    b = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        roll = rng.random()
        if roll < 0.5 and b:
            b[rng.randrange(len(b))] ^= rng.randrange(1, 256)
        elif roll < 0.7 and b:
            del b[rng.randrange(len(b)):]
        elif roll < 0.85:
            at = rng.randrange(len(b) + 1)
            b[at:at] = rng.randbytes(rng.randrange(1, 64))
        else:
            b = bytearray(rng.randbytes(rng.randrange(0, 4096)))
    return bytes(b)


def json_or_bytes(rng: random.Random, base: Any) -> bytes:
    """Mostly a structural edit of `base`; sometimes damaged bytes of it."""
    return mutate_json(rng, base) if rng.random() < 0.8 else mutate_bytes(rng, json.dumps(base).encode())


# -- archives -------------------------------------------------------------------------------------
def tar_of(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def sealed(members: list[tuple[str, bytes]], recipient: str) -> bytes:
    """A tar of `members` encrypted with stock age to `recipient` (what anyone can make)."""
    import pyrage

    return bytes(pyrage.encrypt(tar_of(members), [pyrage.x25519.Recipient.from_str(recipient)]))


def sealed_as_the_app_writes(members: list[tuple[str, bytes]], recipient: str) -> bytes:
    """Like `sealed`, but the tar is the app's own canonical ustar (app/casefile/tarsafe.py), so
    its strict reader accepts it and the parsers behind it are reached."""
    import pyrage

    from app.casefile import tarsafe

    return bytes(pyrage.encrypt(tarsafe.write(members, 1_764_000_000), [pyrage.x25519.Recipient.from_str(recipient)]))
