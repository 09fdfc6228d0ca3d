"""Attachment content, read side (app/vault/guard/store.py writes it), stored inside the
encrypted database in fixed-size chunks.

Chunking keeps any single row small, so a 50 MiB scan never needs one 50 MiB
blob in memory on the SQLite side, and reading streams chunk by chunk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from app.domain import msg
from app.domain.attachments import sha256_hex
from app.errors import IntegrityError, NotFoundError
from app.vault.connection import Connection

CHUNK_BYTES = 256 * 1024
PURPOSES = ("photo", "application_page", "interview", "check", "exam", "other")


def iter_content(conn: Connection, applicant_id: int, sha256: str) -> Iterator[bytes]:
    row = conn.execute(
        "SELECT id FROM attachments WHERE applicant_id = ? AND sha256 = ?",
        (applicant_id, sha256),
    ).fetchone()
    if row is None:
        raise NotFoundError(msg.text("err.no_attachment"))
    cur = conn.execute(
        "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq", (row[0],)
    )
    for (chunk,) in cur:
        yield bytes(chunk)


def read(conn: Connection, applicant_id: int, sha256: str) -> bytes:
    digest = hashlib.sha256()
    parts = []
    for chunk in iter_content(conn, applicant_id, sha256):
        digest.update(chunk)
        parts.append(chunk)
    if digest.hexdigest() != sha256:
        raise IntegrityError(msg.text("err.attachment_hash"))
    return b"".join(parts)


__all__ = ["CHUNK_BYTES", "PURPOSES", "iter_content", "read", "sha256_hex"]
