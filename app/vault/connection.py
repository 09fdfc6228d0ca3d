"""SQLCipher connections, keyed with the raw 256-bit data key (no per-open PBKDF2)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from app.domain import msg
from app.errors import DISK_FULL, DiskFullError, DossierError, IntegrityError, VaultBusyError, is_disk_full
from app.vault.files import low_space

DB_FILE = "vault.db"
Connection = Any  # sqlcipher3.dbapi2.Connection (untyped extension module)
DatabaseError = sqlcipher.DatabaseError
SqlIntegrityError = sqlcipher.IntegrityError


DAMAGED = msg.text("err.db_damaged")


def describe(exc: Exception, where: Path | None = None) -> DossierError:
    """A database error as a one-line message for the officer (SQLite's own text is
    never shown: it is not actionable and goes to the log by class name only)."""
    text = str(exc).lower()
    if "full" in text:
        return DiskFullError(DISK_FULL)
    if "disk i/o" in text and where is not None and low_space(where):
        return DiskFullError(DISK_FULL)
    if "disk i/o" in text or "readonly" in text or "read-only" in text:
        return DossierError(msg.text("err.disk_error"))
    if "locked" in text or "busy" in text:
        return VaultBusyError(msg.text("err.vault_busy"))
    return IntegrityError(DAMAGED)


def raw_key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes | bytearray, *, create: bool = False, exclusive: bool = False) -> Connection:
    """`exclusive`: keep the WAL index in memory instead of the -shm file (a disk with
    no room left for it; the instance lock already keeps other processes out)."""
    if not create and not path.exists():
        raise IntegrityError(msg.text("err.db_missing"))
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher would print its own errors (page numbers) to stderr; the app
        # reports damage in its own words and logs without case data.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(raw_key_pragma(key))
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")  # a reported commit survives power loss
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # never spill sorts to temp files
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB of decrypted pages
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if is_disk_full(exc) or low_space(path.parent):  # no room for its -shm/-wal: not damage
            raise DiskFullError(DISK_FULL) from None
        raise IntegrityError(
            "The vault database cannot be read: it is damaged, or it does not belong to "
            "this key file."
        ) from None
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(f"{path}{suffix}", 0o600)
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT; any exception rolls everything back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def checkpoint(conn: Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
