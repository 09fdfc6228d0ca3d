"""Creating and unlocking a vault folder.

    vault.keys     key slots, failed-unlock counter, wipe policy (fixed size,
                   updated in place; the only unencrypted file: no names, no case data)
    vault.db       SQLCipher 4 database (+ -wal/-shm while open)
    vault.mark     the commit counter, encrypted (app/vault/commitmark.py)
    vault.lock     empty; locked by the process that has the vault open
    vault.reserve  zeros: space given back when a login meets a full disk
    backups/       encrypted copies written before each schema migration
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path
from typing import NoReturn

from app.domain import msg
from app.domain.casenumber import normalize_post_code, random_station
from app.domain.enums import Role
from app.domain.passphrase import require_strong
from app.errors import (
    AuthenticationError,
    DiskFullError,
    IntegrityError,
    NotFoundError,
    ValidationError,
    VaultExistsError,
    VaultWipedError,
)
from app.vault import (
    attempts,
    audit,
    backup,
    commitmark,
    keyslots,
    leftovers,
    reserve,
    schema,
    startup_checks,
    unlock_count,
    wipe,
)
from app.vault.connection import DB_FILE, Connection, DatabaseError, connect, describe, transaction
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
        raise ValidationError(msg.text("err.post_needed"))
    cs = keyslots.normalize_callsign(callsign)
    require_strong(passphrase, (cs, post))
    if vault_exists(vault_dir):
        raise VaultExistsError(msg.text("err.vault_exists"))
    if vault_dir.exists() and any(vault_dir.iterdir()):
        raise VaultExistsError(msg.text("err.folder_not_empty"))
    parent = vault_dir.resolve().parent
    ensure_private_dir(parent) if not parent.exists() else None
    leftovers.sweep(vault_dir)
    work = leftovers.creating_dir(vault_dir)
    ensure_private_dir(work)
    lock = InstanceLock(work).acquire()
    conn = None
    try:
        data_key = bytearray(os.urandom(32))
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
                ("demo", "1" if demo else "0"), ("unlock_total", "0"), ("keyfile_gen", "1")])
            # the laptop's own station code in case numbers until an HQ enrolment assigns one
            conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [
                ("station_code", random_station()), ("station_source", "local")])
            conn.execute(
                "INSERT INTO users(callsign, role, slot_id, created_at) VALUES (?, ?, ?, ?)",
                (cs, Role.SUPERVISOR.value, slot.slot_id, now))
            audit.append(conn, key, cs, "vault_created", None, msg.text("audit.post", post))
            audit.append(conn, key, cs, "user_added", None,
                         msg.text("audit.user_as", cs, msg.text("label.supervisor"), slot.kdf.describe()))
            count = commitmark.bump(conn)
        keyslots.create(work, slots)
        commitmark.write(work, data_key, slots.vault_id, count)
        reserve.ensure(work)
        if vault_dir.exists():
            vault_dir.rmdir()
        os.replace(work, vault_dir)
        fsync_dir(parent)
    except BaseException:
        if conn is not None:
            conn.close()
        lock.release()
        leftovers.destroy(work)
        raise
    lock.path = vault_dir / lock.path.name
    user = VaultSession.load_user(conn, slot.slot_id)
    return VaultSession(vault_dir, conn, data_key, slots, user, lock)


def _open_database(vault_dir: Path, keys: keyslots.Keys, exclusive: bool) -> tuple[Connection, bytearray, bytes | None]:
    """Open the database with the current data key, or with the next one when a key
    rotation got as far as replacing the database (the third value is then the old key)."""
    try:
        return connect(vault_dir / DB_FILE, keys.current, exclusive=exclusive), bytearray(keys.current), None
    except IntegrityError:
        if keys.pending is None:
            raise
    return connect(vault_dir / DB_FILE, keys.pending, exclusive=exclusive), bytearray(keys.pending), keys.current


def _open_and_login(vault_dir: Path, slots: keyslots.SlotFile, keys: keyslots.Keys, passphrase: str,
                    lock: InstanceLock, before: attempts.Attempts, exclusive: bool) -> VaultSession:
    conn, data_key, old_key = _open_database(vault_dir, keys, exclusive)
    try:
        revision = schema.current_revision(conn)
        if revision != schema.HEAD_REVISION:
            if revision not in schema.all_revisions():
                raise IntegrityError(
                    "This vault was made by a newer version of Field Dossier; update the app.")
            saved = backup.pre_migration_backup(conn, data_key, vault_dir, revision)
            log.info("schema %s -> %s; backup written (%s)", revision, schema.HEAD_REVISION, saved.name)
            schema.upgrade(conn)
        schema.finish_upgrade(conn)  # also finishes what a crash interrupted
        user = VaultSession.load_user(conn, keys.slot.slot_id)
    except BaseException:
        with contextlib.suppress(Exception):
            conn.close()
        raise
    session = VaultSession(vault_dir, conn, data_key, slots, user, lock)
    try:
        startup_checks.login(session, before, startup_checks.Opened(old_key, keys, passphrase))
    except BaseException:
        session.detach()
        raise
    return session


def unlock(
    vault_dir: Path, callsign: str, passphrase: str, *, wait: bool = True
) -> VaultSession:
    """Open a vault as a user. Waits out (or, with wait=False, reports) the delay
    owed for earlier failed attempts. A wrong passphrase changes nothing but the
    failure counter in the key file."""
    leftovers.sweep_beside(vault_dir)  # an interrupted restore or create left a work folder
    if not vault_exists(vault_dir):
        raise NotFoundError(msg.text("err.no_vault_init"))
    lock = InstanceLock(vault_dir).acquire()
    try:
        slots = keyslots.load(vault_dir)
        leftovers.sweep(vault_dir, legacy_counter=not slots.legacy)
        state = slots.attempts
        left = attempts.attempts_left(state, slots.wipe_after)
        if left == 0:  # the last allowed attempt was cut short: it counted as failed
            _erase(vault_dir, slots, lock)
        remaining = attempts.wait_remaining(state)
        if remaining > 0:
            if not wait:
                raise AuthenticationError(msg.text("err.too_many_attempts", int(remaining + 0.999)))
            time.sleep(remaining)
        before = unlock_count.begin(vault_dir, slots)  # counted as failed until it succeeds
        try:
            keys = slots.unwrap_keys(callsign, passphrase)
        except AuthenticationError as exc:
            _failed(vault_dir, slots, lock, exc)
        try:
            return _login(vault_dir, slots, keys, passphrase, lock, before)
        except AuthenticationError:
            raise  # no active user for that slot: a failed attempt
        except BaseException:  # the right passphrase, then damage, a full disk…: no guess
            with contextlib.suppress(Exception):
                unlock_count.take_back(vault_dir, slots, before)
            raise
    except BaseException:
        lock.release()
        raise


def _login(vault_dir: Path, slots: keyslots.SlotFile, keys: keyslots.Keys, passphrase: str,
           lock: InstanceLock, before: attempts.Attempts) -> VaultSession:
    """On a full disk: give back the reserve and try again; then once more with the WAL
    index in memory (no -shm file to create). The login then records what it can."""
    for exclusive in (False, False, True):
        try:
            return _open_and_login(vault_dir, slots, keys, passphrase, lock, before, exclusive)
        except NotFoundError:
            _failed(vault_dir, slots, lock, AuthenticationError(keyslots.WRONG))
        except (DiskFullError, DatabaseError) as exc:
            err = describe(exc, vault_dir) if isinstance(exc, DatabaseError) else exc
            if not isinstance(err, DiskFullError) or exclusive:
                raise err from exc
            reserve.release(vault_dir)
    raise AssertionError("unreachable")  # pragma: no cover


def _erase(vault_dir: Path, slots: keyslots.SlotFile, lock: InstanceLock) -> NoReturn:
    lock.release()
    wipe.wipe(vault_dir)
    raise VaultWipedError(msg.text("err.wiped", slots.wipe_after)) from None


def _failed(vault_dir: Path, slots: keyslots.SlotFile, lock: InstanceLock,
            exc: AuthenticationError) -> NoReturn:
    """The attempt is already counted; erase the vault when the wipe policy says so,
    and warn from three attempts before that."""
    left = attempts.attempts_left(slots.attempts, slots.wipe_after)
    if left == 0:
        _erase(vault_dir, slots, lock)
    if left is not None and left <= attempts.WARN_BEFORE:
        raise AuthenticationError(msg.text("err.attempts_left", left) if exc.message == keyslots.WRONG
                                  else f"{exc.message} {left} attempt(s) left before this vault is erased.") from None
    raise exc


def attempts_left(vault_dir: Path) -> int | None:
    """Unlock attempts left before the wipe policy erases the vault (None: no policy)."""
    try:
        slots = keyslots.load(vault_dir)
    except IntegrityError:
        return None
    return attempts.attempts_left(slots.attempts, slots.wipe_after)


def counter_problem(vault_dir: Path) -> str:
    """Why the failed-unlock counter is not trusted (a sentence shown before the next attempt), or ""."""
    try:
        return attempts.sentence(keyslots.load(vault_dir).attempts.problem)
    except IntegrityError:
        return ""


def retry_delay(vault_dir: Path) -> float:
    """Seconds until the next unlock attempt is allowed (for a countdown in the UI)."""
    try:
        return attempts.wait_remaining(keyslots.load(vault_dir).attempts)
    except IntegrityError:
        return 0.0


def recover(vault_dir: Path, data_key: bytes, callsign: str, passphrase: str) -> None:
    """HQ recovery: with the data key from the recovery slot, give `callsign` a new
    supervisor slot (a user of that name is replaced). Nothing else changes."""
    if not vault_exists(vault_dir):
        raise NotFoundError(msg.text("err.no_vault"))
    cs = keyslots.normalize_callsign(callsign)
    require_strong(passphrase, (cs,))
    lock = InstanceLock(vault_dir).acquire()
    conn = None
    try:
        slots = keyslots.load(vault_dir)
        try:
            conn = connect(vault_dir / DB_FILE, data_key)
        except IntegrityError:
            raise IntegrityError(msg.text("err.recovery_wrong_db")) from None
        if schema.current_revision(conn) not in schema.all_revisions():
            raise IntegrityError(msg.text("err.vault_newer"))
        slot = slots.make_slot(cs, passphrase, data_key)
        slots.put(slot)
        keyslots.scrub(vault_dir, slots)
        key = audit.chain_key(conn, data_key)
        with transaction(conn):
            conn.execute("DELETE FROM users WHERE callsign = ?", (cs,))
            conn.execute("INSERT INTO users(callsign, role, slot_id, created_at) VALUES (?, ?, ?, ?)",
                         (cs, Role.SUPERVISOR.value, slot.slot_id, now_utc().isoformat()))
            audit.append(conn, key, cs, "recovered_by_hq", None, msg.text("audit.recovered", cs))
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('keyfile_gen', ?)",
                         (str(slots.generation - 1),))
            count = commitmark.bump(conn)
        commitmark.write(vault_dir, data_key, slots.vault_id, count)
    finally:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        lock.release()


