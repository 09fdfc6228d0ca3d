"""Panic wipe: crypto-shred a vault folder.

The database is encrypted with a random data key that exists only sealed in
the key slots (`vault.keys`, which also holds the recovery slot sealed to HQ).
The key file is updated in place (app/vault/keyfile.py), so its blocks are the
only place on the disk where slots have ever been written; leftovers of
interrupted work (app/vault/leftovers.py) are the only other files that can
hold a copy. Destroying those makes the database undecryptable with any
passphrase, so the wipe does not need to overwrite the whole database (which
would take minutes on a full vault). Order:

1. overwrite the key file in place with random bytes, fsync; then every
   leftover that may hold key material (in the vault folder, beside it, and the
   backup work the key file's journal names), overwritten before removal;
2. overwrite the database header (its salt), pre-migration copies and the whole
   WAL, fsync;
3. delete every file in the folder, then the folder.

Step 1 alone already makes the vault unopenable; a crash or a pulled plug in
the middle leaves a folder that no passphrase opens. On flash storage the
drive may keep old copies of overwritten blocks; docs/SECURITY.md says what
that means and why full-disk encryption is still advised.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from app.domain import msg
from app.errors import DossierError, NotFoundError, VaultBusyError
from app.vault import keyfile, keyslots, leftovers
from app.vault.connection import DB_FILE
from app.vault.files import fsync_dir
from app.vault.lock import InstanceLock

log = logging.getLogger(__name__)

# How much of the database to overwrite: its first page holds the salt the
# page keys are derived from; a megabyte covers the header and the schema.
DB_HEAD_BYTES = 1024 * 1024
WAL_MAX_OVERWRITE = 64 * 1024 * 1024


@dataclass(frozen=True)
class WipeReport:
    shredded: int  # files whose key material was overwritten
    removed: int  # files deleted
    seconds: float
    was_busy: bool  # another window had the vault open


def _overwrite(path: Path, limit: int | None = None) -> bool:
    """Overwrite the first `limit` bytes (all if None) with random data, fsync."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    todo = size if limit is None else min(size, limit)
    with contextlib.suppress(OSError), open(path, "r+b", buffering=0) as f:
        while todo > 0:
            chunk = os.urandom(min(todo, 1024 * 1024))
            f.write(chunk)
            todo -= len(chunk)
        os.fsync(f.fileno())
        return True
    return False


def is_vault_folder(vault_dir: Path) -> bool:
    return (vault_dir / keyslots.SLOT_FILE).exists() or (vault_dir / DB_FILE).exists()


def wipe(vault_dir: Path) -> WipeReport:
    """Destroy the vault at `vault_dir`. Works whether the vault is locked or open
    elsewhere (a panic must not be refused); the open window is then left with a
    vault that can no longer be reopened."""
    start = time.perf_counter()
    if not is_vault_folder(vault_dir):
        raise NotFoundError(msg.text("err.no_vault_wipe"))
    lock = InstanceLock(vault_dir)
    try:
        lock.acquire()
        busy = False
    except VaultBusyError:
        busy = True
    try:
        shredded = 0
        # 1. every copy of the sealed data key (and of the recovery slot)
        try:
            journal = keyslots.load(vault_dir).work
        except DossierError:
            journal = []
        shredded += keyfile.overwrite(vault_dir / keyslots.SLOT_FILE)
        shredded += leftovers.sweep(vault_dir, legacy_counter=True, everything=True)
        shredded += sum(leftovers.destroy(Path(p)) for p in journal)
        # 2. the database headers (the vault's and its pre-migration copies, which
        # use the same data key) and the log
        databases = [vault_dir / DB_FILE]
        backups = vault_dir / "backups"
        if backups.is_dir():
            databases += sorted(p for p in backups.rglob("*") if p.is_file())
        shredded += sum(_overwrite(p, DB_HEAD_BYTES) for p in databases)
        shredded += _overwrite(vault_dir / f"{DB_FILE}-wal", WAL_MAX_OVERWRITE)
        shredded += _overwrite(vault_dir / f"{DB_FILE}-shm")
        with contextlib.suppress(OSError):
            fsync_dir(vault_dir)
        # 3. remove everything
        removed = sum(1 for p in vault_dir.rglob("*") if p.is_file())
    finally:
        lock.release()
    shutil.rmtree(vault_dir, ignore_errors=True)
    with contextlib.suppress(OSError):
        fsync_dir(vault_dir.parent)
    seconds = time.perf_counter() - start
    log.warning("vault wiped: %d key/database files shredded, %d files removed in %.3f s%s",
                shredded, removed, seconds, " (it was open in another window)" if busy else "")
    return WipeReport(shredded, removed, seconds, busy)
