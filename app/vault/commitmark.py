"""The commit mark: notices when committed changes go missing.

SQLite recovers its write-ahead log by checking each frame's checksum and
silently dropping the first bad frame and everything after it. So a damaged
WAL, or a database file swapped for an older copy, would lose committed work
without an error. To notice, every write transaction bumps a counter inside
the database (`meta.commits`), and after the commit the session writes that
number to `vault.mark`, encrypted and authenticated with a key derived from
the data key. At unlock a database whose counter is below the mark is
reported ("recent changes are missing"), audited, and the mark is reset.

The mark can only lag the database (it is written after the commit, and
commits are fsynced first with synchronous=FULL), so a crash or power loss
never raises a false alarm. Putting back both an old database and its old
mark together is a full rollback of the vault, which a folder of files on a
captured laptop cannot prevent; docs/SECURITY.md says so.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain import msg
from app.vault.connection import Connection
from app.vault.files import atomic_write

MARK_FILE = "vault.mark"
MAGIC = b"FDM1"
COUNTER_SQL = (
    "INSERT INTO meta(key, value) VALUES ('commits', '1') "
    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value"
)


def _key(data_key: bytes | bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"field-dossier commit mark v1").derive(bytes(data_key))


def bump(conn: Connection) -> int:
    """Count this transaction; call inside it. Returns the new counter."""
    return int(conn.execute(COUNTER_SQL).fetchone()[0])


def commits(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'commits'").fetchone()
    return int(row[0]) if row else 0


def write(vault_dir: Path, data_key: bytes | bytearray, vault_id: str, count: int) -> None:
    nonce = os.urandom(12)
    body = json.dumps({"commits": count}).encode("ascii")
    sealed = AESGCM(_key(data_key)).encrypt(nonce, body, vault_id.encode("ascii"))
    atomic_write(vault_dir / MARK_FILE, MAGIC + nonce + sealed)


def read(vault_dir: Path, data_key: bytes | bytearray, vault_id: str) -> int | None:
    """The marked count; None if there is no mark; ValueError if it is damaged."""
    try:
        raw = (vault_dir / MARK_FILE).read_bytes()[:4096]
    except FileNotFoundError:
        return None
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 12 + 16:
        raise ValueError("not a commit mark")
    nonce, sealed = raw[4:16], raw[16:]
    try:
        body = AESGCM(_key(data_key)).decrypt(nonce, sealed, vault_id.encode("ascii"))
    except InvalidTag:
        raise ValueError("commit mark fails authentication") from None
    count = json.loads(body)["commits"]
    if type(count) is not int or count < 0:
        raise ValueError("bad commit mark")
    return int(count)


def check(vault_dir: Path, data_key: bytes | bytearray, vault_id: str, count: int) -> str:
    """Problem description, or "" when the database holds every marked commit."""
    try:
        marked = read(vault_dir, data_key, vault_id)
    except ValueError:
        return msg.text("err.commit_mark_damaged")
    if marked is None:
        return msg.text("err.commit_mark_missing") if count > 1 else ""
    if marked > count:
        return msg.text("err.commits_missing", marked - count)
    return ""
