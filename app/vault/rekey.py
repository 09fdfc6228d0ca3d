"""Key rotation: a new data key for the database and for every remaining slot.

`dossier rekey`, Administration → Change the data key…, and every `user remove`
run it. Afterwards a removed user's copy of the key file, any older key file
and any backup made before open nothing current. (Backups made before hold the
old key and the data as it was then: docs/SECURITY.md.)

Method (measured, docs/vault.md): `sqlcipher_export` into a new file under the
new key, then an atomic rename over `vault.db`. On the 10k vault: export 1.1 s,
check 0.3 s; SQLCipher's in-place `PRAGMA rekey` took 1.9 s (it journals every
page) and needs the WAL switched off. Steps, each safe to interrupt:

1. the new key is sealed to every slot's recipient (and HQ's recovery slot) as
   `pending`, beside the current key, in the key file;
2. the database is exported to `vault.db.rekey-<pid>` under the new key and
   every page's MAC checked (progress reported, cancel possible up to here);
3. the connection is checkpointed and closed; the copy is renamed over vault.db;
4. the commit mark is sealed with the new key; pending keys become current and
   the old ones are overwritten (both areas of the key file); pre-migration
   copies, which use the old key, are destroyed.

A crash before 3 leaves the old database and a pending key: the next login
discards the key and the sweep removes the copy. A crash after 3 leaves the
new database: the next login opens it with the pending key and does step 4.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain import msg
from app.domain.roles import Action
from app.errors import DossierError, IntegrityError, ValidationError
from app.vault import backup, commitmark, keyslots, leftovers
from app.vault.connection import DB_FILE, connect
from app.vault.dossiers import get_meta
from app.vault.files import fsync_dir

if TYPE_CHECKING:
    from app.vault.session import VaultSession

log = logging.getLogger(__name__)

Progress = Callable[[float], None]


class RekeyCancelled(DossierError):
    exit_code = 130


CANCELLED = msg.text("err.rekey_cancelled")


@dataclass(frozen=True)
class RekeyReport:
    seconds: float
    database_bytes: int


def verify(target: Path, key: bytes | bytearray) -> None:
    """Every page of the copy authenticates under the new key."""
    check = connect(target, key)
    try:
        if check.execute("PRAGMA cipher_integrity_check").fetchone() is not None:
            raise IntegrityError(msg.text("err.rekey_check_failed"))
        check.execute("PRAGMA journal_mode = DELETE").fetchall()  # leave no -wal beside it
    finally:
        check.close()


def finish(vault_dir: Path, slots: keyslots.SlotFile, old_key: bytes | bytearray,
           new_key: bytes | bytearray) -> None:
    """Step 4: after the database is under the new key (also run by a login that
    finds a rotation interrupted after the rename)."""
    count = None
    for key in (old_key, new_key):
        with contextlib.suppress(ValueError):
            count = commitmark.read(vault_dir, bytes(key), slots.vault_id)
            break
    if count is not None:
        commitmark.write(vault_dir, bytes(new_key), slots.vault_id, count)
    slots.promote()
    keyslots.scrub(vault_dir, slots)
    backups = vault_dir / "backups"
    if backups.is_dir():  # copies made before migrations use the old key
        for old in sorted(backups.glob("pre-migration-*")):
            leftovers.destroy(old)


def _switch(target: Path, database: Path) -> None:
    """Step 3: the re-encrypted copy replaces the database, atomically."""
    os.replace(target, database)
    fsync_dir(database.parent)


def rekey(session: VaultSession, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> RekeyReport:
    """Re-encrypt the vault under a new data key (supervisor). Raises RekeyCancelled
    if `cancelled()` turns true before the switch; nothing has changed then."""
    from app.vault.exchange import seal_recovery

    session.require(Action.MANAGE_USERS)
    start = time.perf_counter()
    vault_dir = session.vault_dir
    with session._mutex:
        slots = session._slots
        with session.read() as c:
            active = {str(r[0]): str(r[1]) for r in c.execute(
                "SELECT slot_id, callsign FROM users WHERE removed_at IS NULL")}
            recipient = get_meta(c, "hq_recipient")
        waiting = sorted(active[s.slot_id] for s in slots.legacy_slots() if s.slot_id in active)
        if waiting:
            raise ValidationError(msg.text("err.rekey_waiting", ", ".join(waiting)))
        with session.write() as c:  # the audit chain keeps its key across rotations
            if not get_meta(c, "audit_key"):
                c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_key', ?)",
                          (bytes(session._audit_key).hex(),))
        new_key = bytearray(os.urandom(32))
        recovery = seal_recovery(slots.vault_id, bytes(new_key), recipient) if slots.recovery and recipient else ""
        slots.stage(new_key, recovery)
        keyslots.save(vault_dir, slots)
        target = leftovers.rekey_file(vault_dir)
        try:
            with session.read() as c:
                try:
                    backup.export_copy(c, new_key, target, progress, cancelled)
                except backup.ExportCancelled:
                    raise RekeyCancelled(CANCELLED) from None
            verify(target, new_key)
            if cancelled is not None and cancelled():
                raise RekeyCancelled(CANCELLED)
        except BaseException:
            leftovers.destroy(target)
            slots.discard_pending()
            keyslots.scrub(vault_dir, slots)
            raise
        size = target.stat().st_size
        old_key = session.detach_connection()
        _switch(target, vault_dir / DB_FILE)
        finish(vault_dir, slots, old_key, new_key)
        session.attach_connection(connect(vault_dir / DB_FILE, new_key), new_key)
        for i in range(len(old_key)):
            old_key[i] = 0
        with session.write() as c:
            c.execute("DELETE FROM meta WHERE key = 'rekey_due'")
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('keyfile_gen', ?)",
                      (str(slots.generation - 1),))
            session.audit(c, "rekey", None, msg.text("audit.new_data_key", len(slots.slots)))
    if progress is not None:
        progress(1.0)
    seconds = time.perf_counter() - start
    log.info("data key changed in %.1f s (%d bytes)", seconds, size)
    return RekeyReport(seconds, size)
