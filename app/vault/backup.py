"""Encrypted backups and restore.

A backup file is a tar archive of exactly three members:
`manifest.json` (format, SHA-256 of the other two, no names), `vault.keys` (the
slot file) and `vault.db` (a consistent copy made with `sqlcipher_export`,
encrypted with the same data key). So a backup is exactly as protected as the
vault, and restoring it needs a user's call sign and passphrase.

Writing goes to a hidden temporary file beside the target, which is verified by
reopening the copied database before it is renamed into place: a full or
removed drive leaves no partial backup that looks complete.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import tarfile
from collections.abc import Callable
from pathlib import Path

from app.domain import msg, safejson
from app.errors import DiskFullError, DossierError, IntegrityError, VaultExistsError, is_disk_full, os_reason
from app.vault import audit, commitmark, keyfile, keyslots, leftovers, reserve
from app.vault.attempts import Attempts
from app.vault.connection import DB_FILE, Connection, DatabaseError, connect, describe, transaction
from app.vault.dossiers import now_utc
from app.vault.files import FILE_MODE, ensure_private_dir, fsync_dir
from app.vault.lock import InstanceLock

FORMAT = "field-dossier-backup/1"
MEMBERS = ("manifest.json", keyslots.SLOT_FILE, DB_FILE)
MAX_DB_BYTES = 64 * 1024**3


Key = bytes | bytearray


def export_copy(conn: Connection, key: Key, dest: Path, progress: Callable[[float], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> None:
    """A consistent, encrypted copy of the open database under `key`, fsynced.

    The copy is a work file (checked, then renamed or archived; any crash leaves it
    to the leftover sweep), so it is written without a journal and without a sync per
    statement, and synced once at the end: 300 fsyncs fewer on a small vault."""
    total = max(1, int(conn.execute("PRAGMA page_count").fetchone()[0])
                * int(conn.execute("PRAGMA page_size").fetchone()[0]))

    def tick() -> int:
        if cancelled is not None and cancelled():
            return 1  # SQLite stops the statement: "interrupted"
        if progress is not None:
            with contextlib.suppress(OSError):
                progress(min(0.99, dest.stat().st_size / total))
        return 0

    conn.execute(f"ATTACH DATABASE ? AS export KEY \"x'{bytes(key).hex()}'\"", (str(dest),))
    try:
        conn.execute("PRAGMA export.journal_mode = OFF").fetchall()
        conn.execute("PRAGMA export.synchronous = OFF")
        conn.set_progress_handler(tick, 20_000)
        try:
            conn.execute("SELECT sqlcipher_export('export')").fetchall()
        finally:
            conn.set_progress_handler(None, 0)
    except DatabaseError as exc:
        if cancelled is not None and cancelled():
            raise ExportCancelled("cancelled") from None
        raise describe(exc, dest.parent) from exc
    finally:
        with contextlib.suppress(DatabaseError):
            conn.execute("DETACH DATABASE export")
    os.chmod(dest, FILE_MODE)
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ExportCancelled(Exception):
    pass


def verify_copy(path: Path, key: Key) -> int:
    """Open a copied database and check it; returns its applicant count."""
    conn = connect(path, key)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise IntegrityError(msg.text("err.backup_copy_bad"))
        report = audit.verify(conn, audit.chain_key(conn, key))
        if not report.ok:
            raise IntegrityError(msg.text("err.backup_chain_bad", report.problem))
        return int(conn.execute("SELECT count(*) FROM applicants").fetchone()[0])
    finally:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _os_error(exc: OSError, what: str) -> DossierError:
    """`what` is a sentence's code (err.backup_not_written, …); the system's reason goes in it, translated."""
    sentence = msg.text(what, os_reason(exc))
    return DiskFullError(sentence) if is_disk_full(exc) else DossierError(sentence)


def _key_file_copy(slots: keyslots.SlotFile) -> bytes:
    """The key file as it goes into a backup: the slots and policy as they are now,
    without this laptop's counter and work journal."""
    copy = dataclasses.replace(slots, attempts=Attempts(), work=[])
    payload = copy.to_payload()
    return keyfile.encode_area(2, payload) + keyfile.encode_area(1, payload)


def write_backup(conn: Connection, key: Key, vault_dir: Path, dest: Path, slots: keyslots.SlotFile) -> int:
    """Write and verify a backup; returns the number of applicants in it.

    Its work folder and partial archive are listed in the key file while it runs, so
    a crash leaves nothing behind that the next start-up (or a panic wipe) misses."""
    if dest.exists():
        raise VaultExistsError(msg.text("err.backup_exists"))
    work, tmp = leftovers.backup_work(dest)
    journal = [str(work.absolute()), str(tmp.absolute())]
    slots.work = [*[w for w in slots.work if w not in journal], *journal][-keyslots.MAX_WORK:]
    keyslots.save(vault_dir, slots)
    try:
        ensure_private_dir(work)
        db_copy = work / DB_FILE
        export_copy(conn, key, db_copy)
        count = verify_copy(db_copy, key)
        slot_bytes = _key_file_copy(slots)
        manifest = {
            "format": FORMAT,
            "created_at": now_utc().isoformat(),
            "sha256": {keyslots.SLOT_FILE: hashlib.sha256(slot_bytes).hexdigest(),
                       DB_FILE: _sha256(db_copy)},
        }
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w") as tar:
            for name, data in (("manifest.json", json.dumps(manifest).encode()),
                               (keyslots.SLOT_FILE, slot_bytes)):
                info = tarfile.TarInfo(name)
                info.size, info.mode = len(data), FILE_MODE
                tar.addfile(info, io.BytesIO(data))
            tar.add(db_copy, arcname=DB_FILE)
            tar.close()
            raw.flush()
            os.fsync(raw.fileno())
        _check_archive(tmp)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
        return count
    except OSError as exc:
        raise _os_error(exc, "err.backup_not_written") from exc
    finally:
        leftovers.destroy(work)
        leftovers.destroy(tmp)
        slots.work = [w for w in slots.work if w not in journal]
        with contextlib.suppress(OSError, DossierError):
            keyslots.save(vault_dir, slots)


def _check_archive(path: Path, out_dir: Path | None = None) -> dict[str, str]:
    """Check an archive's members against its manifest; optionally extract them."""
    try:
        with tarfile.open(path, mode="r:") as tar:
            members = tar.getmembers()
            if [m.name for m in members] != list(MEMBERS) or not all(m.isreg() for m in members):
                raise IntegrityError(msg.text("err.not_a_backup_altered"))
            if members[2].size > MAX_DB_BYTES or members[0].size > 65536:
                raise IntegrityError(msg.text("err.backup_too_large"))
            manifest = safejson.loads(tar.extractfile(members[0]).read())  # type: ignore[union-attr]
            if manifest.get("format") != FORMAT:
                raise IntegrityError(msg.text("err.backup_unknown_version"))
            for member in members[1:]:
                src = tar.extractfile(member)
                assert src is not None
                h = hashlib.sha256()
                target = None
                if out_dir is not None:
                    fd = os.open(out_dir / member.name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
                    target = os.fdopen(fd, "wb")
                with contextlib.ExitStack() as stack:
                    if target:
                        stack.enter_context(target)
                    for block in iter(lambda: src.read(1 << 20), b""):  # noqa: B023
                        h.update(block)
                        if target:
                            target.write(block)
                    if target:
                        target.flush()
                        os.fsync(target.fileno())
                if h.hexdigest() != manifest["sha256"].get(member.name):
                    raise IntegrityError(msg.text("err.backup_damaged"))
            return dict(manifest["sha256"])
    except (tarfile.TarError, ValueError, UnicodeDecodeError, KeyError, AttributeError, TypeError,
            safejson.JsonLimitError):
        raise IntegrityError(msg.text("err.not_a_backup_damaged")) from None


def restore(src: Path, vault_dir: Path, callsign: str, passphrase: str) -> int:
    """Restore a backup into a new vault folder; returns the applicant count."""
    if (vault_dir / keyslots.SLOT_FILE).exists() or (vault_dir / DB_FILE).exists():  # vault.vault_exists
        raise VaultExistsError(msg.text("err.restore_over_vault"))
    if not src.is_file():
        raise DossierError(msg.text("err.backup_not_found"))
    parent = vault_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    leftovers.sweep(vault_dir)
    work = leftovers.restoring_dir(vault_dir)
    lock = InstanceLock(work)
    try:
        ensure_private_dir(work)
        lock.acquire()  # held until the rename: a sweep by another process leaves it alone
        count = _restore_into(src, work, callsign, passphrase)
        if vault_dir.exists():
            vault_dir.rmdir()  # only an empty folder reaches here
        os.replace(work, vault_dir)
        fsync_dir(parent)
        return count
    except OSError as exc:
        raise _os_error(exc, "err.restore_not_written") from exc
    finally:
        lock.release()
        leftovers.destroy(work)


def _restore_into(src: Path, work: Path, callsign: str, passphrase: str) -> int:
    _check_archive(src, out_dir=work)
    slots = keyslots.load(work)
    slots.attempts = Attempts()  # a new folder has a new counter; the next login starts it
    key = slots.unwrap(callsign, passphrase)
    count = verify_copy(work / DB_FILE, key)
    keyslots.scrub(work, slots)  # converted to this version's key file if it was older
    conn = connect(work / DB_FILE, key)
    try:
        with transaction(conn):
            audit.append(conn, audit.chain_key(conn, key), callsign, "restore", None,
                         msg.text("audit.restored", count))
            conn.execute("DELETE FROM meta WHERE key IN ('unlock_total', 'keyfile_gen')")
            commits = commitmark.bump(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        commitmark.write(work, key, slots.vault_id, commits)
    finally:
        conn.close()
    reserve.ensure(work)
    return count


def pre_migration_backup(conn: Connection, key: Key, vault_dir: Path, revision: str) -> Path:
    """A verified copy of the database before a migration, in backups/ (written under a
    partial name first, so a crash leaves no copy that looks complete)."""
    folder = vault_dir / "backups"
    ensure_private_dir(folder)
    stamp = now_utc().strftime("%Y%m%dT%H%M%SZ")
    dest = folder / f"pre-migration-{revision}-{stamp}.db"
    partial = folder / f".{dest.name}.partial-{os.getpid()}"
    try:
        export_copy(conn, key, partial)
        verify_copy(partial, key)
        os.replace(partial, dest)
        fsync_dir(folder)
    except OSError as exc:
        raise _os_error(exc, "err.upgrade_copy_not_written") from exc
    finally:
        leftovers.destroy(partial)
    return dest
