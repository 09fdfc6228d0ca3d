"""Attachment content, stored inside the encrypted database in fixed-size chunks.

Chunking keeps any single row small, so a 50 MiB scan never needs one 50 MiB
blob in memory on the SQLite side, and reading streams chunk by chunk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from app.domain.attachments import (
    DEFAULT_MAX_BYTES,
    check_size,
    clean_name,
    sha256_hex,
    sniff_media_type,
)
from app.domain.model import Attachment
from app.errors import IntegrityError, NotFoundError
from app.vault.connection import Connection
from app.vault.dossiers import now_utc

CHUNK_BYTES = 256 * 1024
PURPOSES = ("photo", "application_page", "interview", "check", "exam", "other")


def put(
    conn: Connection,
    applicant_id: int,
    name: str,
    data: bytes,
    purpose: str = "other",
    limit: int = DEFAULT_MAX_BYTES,
) -> Attachment:
    check_size(len(data), limit)
    att = Attachment(
        name=clean_name(name),
        media_type=sniff_media_type(data),
        size=len(data),
        sha256=sha256_hex(data),
        purpose=purpose if purpose in PURPOSES else "other",
    )
    existing = conn.execute(
        "SELECT id FROM attachments WHERE applicant_id = ? AND sha256 = ?",
        (applicant_id, att.sha256),
    ).fetchone()
    if existing:  # the same content attached twice is stored once
        return att
    cur = conn.execute(
        "INSERT INTO attachments(applicant_id, name, media_type, size, sha256, purpose, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (applicant_id, att.name, att.media_type, att.size, att.sha256, att.purpose,
         now_utc().isoformat()),
    )
    conn.executemany(
        "INSERT INTO attachment_chunks(attachment_id, seq, data) VALUES (?, ?, ?)",
        (
            (cur.lastrowid, i, data[off : off + CHUNK_BYTES])
            for i, off in enumerate(range(0, len(data), CHUNK_BYTES))
        ),
    )
    return att


def iter_content(conn: Connection, applicant_id: int, sha256: str) -> Iterator[bytes]:
    row = conn.execute(
        "SELECT id FROM attachments WHERE applicant_id = ? AND sha256 = ?",
        (applicant_id, sha256),
    ).fetchone()
    if row is None:
        raise NotFoundError("No such attachment in this case.")
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
        raise IntegrityError("An attachment's content does not match its recorded SHA-256.")
    return b"".join(parts)


def remove(conn: Connection, applicant_id: int, sha256: str) -> None:
    cur = conn.execute(
        "DELETE FROM attachments WHERE applicant_id = ? AND sha256 = ?", (applicant_id, sha256)
    )
    if cur.rowcount == 0:
        raise NotFoundError("No such attachment in this case.")


__all__ = ["CHUNK_BYTES", "iter_content", "put", "read", "remove", "sha256_hex"]
