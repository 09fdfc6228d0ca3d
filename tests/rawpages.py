"""Read a SQLCipher 4 vault the way a captor with the data key would: decrypt every page of the
database file and every frame of its write-ahead log by hand (AES-256-CBC, the raw key, each
page's IV in its reserved tail), free pages included, and look for byte strings in them."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096  # SQLCipher 4 defaults
RESERVE = 80  # IV 16 + HMAC-SHA512 64
SALT = 16
WAL_HEADER, FRAME_HEADER = 32, 24


def decrypt_page(key: bytes, raw: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = raw[PAGE - RESERVE: PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(raw[start: PAGE - RESERVE]) + dec.finalize()


def pages(key: bytes, db: Path) -> list[bytes]:
    """Every page of the database file and of its WAL, decrypted."""
    out = []
    data = db.read_bytes() if db.exists() else b""
    for n in range(len(data) // PAGE):
        out.append(decrypt_page(key, data[n * PAGE:(n + 1) * PAGE], n == 0))
    wal = db.with_name(db.name + "-wal")
    log = wal.read_bytes() if wal.exists() else b""
    off = WAL_HEADER
    while off + FRAME_HEADER + PAGE <= len(log):
        page_no = int.from_bytes(log[off: off + 4], "big")
        out.append(decrypt_page(key, log[off + FRAME_HEADER: off + FRAME_HEADER + PAGE], page_no == 1))
        off += FRAME_HEADER + PAGE
    return out


def encodings(words: set[str]) -> set[bytes]:
    """Each word as it could sit on a page: as typed, lower/upper/case-folded, in UTF-8, UTF-16 (both
    byte orders) and JSON's ASCII escapes."""
    out: set[bytes] = set()
    for w in words:
        for form in {w, w.lower(), w.upper(), w.casefold(), w.capitalize()}:
            out |= {form.encode("utf-8"), form.encode("utf-16-le"), form.encode("utf-16-be"),
                    json.dumps(form).strip('"').encode("ascii")}
    return out


def unpacked(page: bytes) -> bytes:
    """What the packed records on a page hold (app/vault/packing.py: a version byte, then raw deflate
    with the preset dictionary): every place a stream could start is inflated, as far as it goes."""
    from app.vault import packing

    out = []
    at = page.find(packing.V1)
    while at >= 0:
        try:
            d = zlib.decompressobj(-15, packing.ZDICT_V1)
            text = d.decompress(page[at + 1:])
            if len(text) >= 4:
                out.append(text)
        except zlib.error:
            pass
        at = page.find(packing.V1, at + 1)
    return b"\0".join(out)


def find(key: bytes, db: Path, words: set[str]) -> dict[str, int]:
    """word → pages that hold it in any encoding, also inside packed records."""
    found: dict[str, int] = {}
    all_pages = [p + b"\0" + unpacked(p) for p in pages(key, db)]
    for w in words:
        needles = encodings({w})
        hits = sum(1 for p in all_pages if any(n in p for n in needles))
        if hits:
            found[w] = hits
    return found
