"""Plain-SQLite copies for the benchmark's encrypted/plain comparison, made fairly.

`sqlcipher_export` (what the benchmark used before) writes a *new* database: every table and
index rebuilt in order, no free pages, fresh FTS segments. Comparing that with a vault that
100k inserts, edits and exports left behind measures compaction as much as encryption. So the
plain copy here is the vault's own file decrypted page by page (SQLCipher 4 defaults: 4 KiB
pages, AES-256-CBC with a per-page IV, 80 reserved bytes a page): the same b-trees, the same
page order and fill, the same free pages, statistics and FTS segments, and even the same usable
page size (the reserved bytes stay reserved). The only difference left is the cipher.

The compacted pair is made the same way from a VACUUMed copy of the vault.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.vault.connection import checkpoint, connect

PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16
HEADER = b"SQLite format 3\0"


def decrypt_file(src: Path, dest: Path, key: bytes) -> None:
    """Write `src` (a checkpointed SQLCipher 4 database keyed with this raw key) as plain SQLite."""
    tmp = dest.with_suffix(".part")
    with src.open("rb") as fin, tmp.open("wb") as fout:
        first = True
        while page := fin.read(PAGE):
            if len(page) != PAGE:
                raise ValueError("a partial page: not a checkpointed SQLCipher 4 database")
            start = SALT if first else 0
            iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
            dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
            body = dec.update(page[start:PAGE - RESERVE]) + dec.finalize()
            fout.write((HEADER if first else b"") + body + bytes(RESERVE))
            first = False
    tmp.replace(dest)


def checkpointed(db: Path, key: bytes) -> None:
    conn = connect(db, key)
    try:
        checkpoint(conn)
    finally:
        conn.close()


def compacted_copy(db: Path, key: bytes, dest_dir: Path) -> Path:
    """A VACUUMed encrypted copy of the vault database (the vault itself is not touched)."""
    dest_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    out = dest_dir / db.name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    checkpointed(db, key)
    shutil.copyfile(db, out)
    conn = connect(out, key)
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA optimize")
        checkpoint(conn)
    finally:
        conn.close()
    return out
