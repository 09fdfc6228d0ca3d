"""Creating and unlocking a vault folder.

    vault.keys     key slots (the only unencrypted file; no names, no case data)
    vault.db       SQLCipher 4 database (+ -wal/-shm while open)
    vault.lock     empty; locked by the process that has the vault open
    unlock.state   failed-unlock counter (counts and a time only)
    backups/       encrypted copies written before each schema migration
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
from pathlib import Path
from typing import NoReturn

from app.domain.casenumber import normalize_post_code, random_station
from app.domain.enums import Role
from app.domain.passphrase import require_strong
from app.errors import (
    AuthenticationError,
    IntegrityError,
    NotFoundError,
    ValidationError,
    VaultExistsError,
    VaultWipedError,
)
from app.vault import attempts, audit, backup, commitmark, keyslots, schema, startup_checks, wipe
from app.vault.connection import DB_FILE, DatabaseError, connect, describe, transaction
from app.vault.dossiers import now_utc
from app.vault.files import ensure_private_dir, fsync_dir
from app.vault.kdf import KdfParams
from app.vault.lock import InstanceLock
from app.vault.session import VaultSession

log = logging.getLogger(__name__)


def vault_exists(vault_dir: Path) -> bool:
    return (vault_dir / keyslots.SLOT_FILE).exists() or (vault_dir / DB_FILE).exists()


def create(
    vault_dir: Path, post_code: str, callsign: str, passphrase: str,
    kdf_params: KdfParams | None = None, demo: bool = False,
) -> VaultSession:
    """Create a vault whose first user is a supervisor. Built in a hidden sibling
    folder and renamed into place, so a crash never leaves half a vault."""
    post = normalize_post_code(post_code) if post_code else ""
    if not post:
        raise ValidationError("A post code is needed.")
    cs = keyslots.normalize_callsign(callsign)
    require_strong(passphrase, (cs, post))
    if vault_exists(vault_dir):
        raise VaultExistsError("A vault already exists there; it was not touched.")
    if vault_dir.exists() and any(vault_dir.iterdir()):
        raise VaultExistsError("That folder is not empty; choose an empty or new folder.")
    parent = vault_dir.resolve().parent
    ensure_private_dir(parent) if not parent.exists() else None
    work = parent / f".{vault_dir.name}.creating-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    ensure_private_dir(work)
    lock = InstanceLock(work).acquire()
    conn = None
    try:
        data_key = os.urandom(32)
        slots = keyslots.SlotFile.new()
        slot = slots.make_slot(cs, passphrase, data_key, kdf_params)
        slots.put(slot)
        conn = connect(work / DB_FILE, data_key, create=True)
        schema.upgrade(conn)
        key = audit.audit_key(data_key)
        now = now_utc().isoformat()
        with transaction(conn):
            conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", [
                ("post_code", post), ("vault_id", slots.vault_id), ("created_at", now),
                ("demo", "1" if demo else "0"), ("unlock_total", "0")])
            # the laptop's own station code in case numbers until an HQ enrolment assigns one
            conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [
                ("station_code", random_station()), ("station_source", "local")])
            conn.execute(
                "INSERT INTO users(callsign, role, slot_id, created_at) VALUES (?, ?, ?, ?)",
                (cs, Role.SUPERVISOR.value, slot.slot_id, now))
            audit.append(conn, key, cs, "vault_created", None, f"post {post}")
            audit.append(conn, key, cs, "user_added", None, f"{cs} as supervisor")
            count = commitmark.bump(conn)
        keyslots.save(work, slots)
        commitmark.write(work, data_key, slots.vault_id, count)
        attempts.record_success(work)  # the counter file exists from the start
        if vault_dir.exists():
            vault_dir.rmdir()
        os.replace(work, vault_dir)
        fsync_dir(parent)
    except BaseException:
        if conn is not None:
            conn.close()
        lock.release()
        shutil.rmtree(work, ignore_errors=True)
        raise
    lock.path = vault_dir / lock.path.name
    user = VaultSession.load_user(conn, slot.slot_id)
    return VaultSession(vault_dir, conn, data_key, slots, user, lock)


def unlock(
    vault_dir: Path, callsign: str, passphrase: str, *, wait: bool = True
) -> VaultSession:
    """Open a vault as a user. Waits out (or, with wait=False, reports) the delay
    owed for earlier failed attempts. A wrong passphrase changes nothing but the
    failure counter."""
    if not vault_exists(vault_dir):
        raise NotFoundError("No vault at that location. Create one with `dossier init`.")
    lock = InstanceLock(vault_dir).acquire()
    conn = None
    try:
        remaining = attempts.wait_remaining(attempts.load(vault_dir))
        if remaining > 0:
            if not wait:
                raise AuthenticationError(
                    f"Too many failed attempts: try again in {int(remaining + 0.999)} s.")
            time.sleep(remaining)
        slots = keyslots.load(vault_dir)
        try:
            data_key = slots.unwrap(callsign, passphrase)
        except AuthenticationError as exc:
            _failed(vault_dir, slots, lock, exc)
        slot_id = slots.slot_id_for(callsign)
        conn = connect(vault_dir / DB_FILE, data_key)
        revision = schema.current_revision(conn)
        if revision != schema.HEAD_REVISION:
            if revision not in schema.all_revisions():
                raise IntegrityError(
                    "This vault was made by a newer version of Field Dossier; update the app.")
            saved = backup.pre_migration_backup(conn, data_key, vault_dir, revision)
            log.info("schema %s -> %s; backup written (%s)", revision, schema.HEAD_REVISION, saved.name)
            schema.upgrade(conn)
        schema.finish_upgrade(conn)  # also finishes what a crash interrupted
        try:
            user = VaultSession.load_user(conn, slot_id)
        except NotFoundError:
            _failed(vault_dir, slots, lock, AuthenticationError("Wrong call sign or passphrase."))
        before = attempts.record_success(vault_dir)
        pre = startup_checks.before_login(conn, vault_dir, data_key, slots.vault_id)
        session = VaultSession(vault_dir, conn, data_key, slots, user, lock)
        with session.write() as c:
            if before.consecutive:
                session.audit(c, "failed_unlock", None,
                              f"{before.consecutive} failed unlock attempt(s) before this login")
            session.audit(c, "login")
        session.warnings = startup_checks.run(session, before, pre)
        if any(s.kdf.weak for s in slots.slots):
            log.warning("vault has key slots with test-only KDF parameters")
        return session
    except DatabaseError as exc:  # a damaged page met while opening
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        lock.release()
        raise describe(exc) from exc
    except BaseException:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        lock.release()
        raise


def _failed(vault_dir: Path, slots: keyslots.SlotFile, lock: InstanceLock,
            exc: AuthenticationError) -> NoReturn:
    """Count a failed unlock; erase the vault when the wipe policy says so, and
    warn from three attempts before that."""
    state = attempts.record_failure(vault_dir)
    left = attempts.attempts_left(state, slots.wipe_after)
    if left == 0:
        lock.release()
        wipe.wipe(vault_dir)
        raise VaultWipedError(
            f"Wrong call sign or passphrase. After {slots.wipe_after} failed attempts the "
            "vault has been erased, as its wipe policy requires.") from None
    if left is not None and left <= attempts.WARN_BEFORE:
        raise AuthenticationError(
            f"{exc.message} {left} attempt(s) left before this vault is erased.") from None
    raise exc


def attempts_left(vault_dir: Path) -> int | None:
    """Unlock attempts left before the wipe policy erases the vault (None: no policy)."""
    try:
        wipe_after = keyslots.load(vault_dir).wipe_after
    except IntegrityError:
        return None
    return attempts.attempts_left(attempts.load(vault_dir), wipe_after)


def retry_delay(vault_dir: Path) -> float:
    """Seconds until the next unlock attempt is allowed (for a countdown in the UI)."""
    return attempts.wait_remaining(attempts.load(vault_dir))


def recover(vault_dir: Path, data_key: bytes, callsign: str, passphrase: str) -> None:
    """HQ recovery: with the data key from the recovery slot, give `callsign` a new
    supervisor slot (a user of that name is replaced). Nothing else changes."""
    if not vault_exists(vault_dir):
        raise NotFoundError("No vault at that location.")
    cs = keyslots.normalize_callsign(callsign)
    require_strong(passphrase, (cs,))
    lock = InstanceLock(vault_dir).acquire()
    conn = None
    try:
        slots = keyslots.load(vault_dir)
        try:
            conn = connect(vault_dir / DB_FILE, data_key)
        except IntegrityError:
            raise IntegrityError("The recovery slot does not open this vault's database.") from None
        if schema.current_revision(conn) not in schema.all_revisions():
            raise IntegrityError("This vault was made by a newer version of Field Dossier; update the app.")
        slot = slots.make_slot(cs, passphrase, data_key)
        slots.put(slot)
        keyslots.save(vault_dir, slots)
        key = audit.audit_key(data_key)
        with transaction(conn):
            conn.execute("DELETE FROM users WHERE callsign = ?", (cs,))
            conn.execute("INSERT INTO users(callsign, role, slot_id, created_at) VALUES (?, ?, ?, ?)",
                         (cs, Role.SUPERVISOR.value, slot.slot_id, now_utc().isoformat()))
            audit.append(conn, key, cs, "recovered_by_hq", None, f"{cs} given a supervisor slot")
            count = commitmark.bump(conn)
        commitmark.write(vault_dir, data_key, slots.vault_id, count)
    finally:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        lock.release()
