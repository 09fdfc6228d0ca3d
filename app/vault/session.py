"""An unlocked vault, as one user: the API the CLI and the desktop app call.

Every change runs in one transaction together with its audit entry, so a crash
leaves either both or neither. Every write to a case goes through the guarded write
layer (app/vault/guard, composed in here): the same role, seal, author and stage rules
for every entry point, never only in the UI.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain import authors, content, flags, msg, polygraph, rulesets
from app.domain.enums import Role
from app.domain.model import Dossier
from app.domain.roles import Action, may, refusal
from app.domain.workflow import current_stage, stage_exam, step_statuses
from app.errors import DISK_FULL, DiskFullError, NotFoundError, PermissionDenied, ValidationError, VaultLockedError
from app.vault import attachments, audit, commitmark, dossiers, drafts, keyslots, maintenance, tombstones, users
from app.vault.audit import AuditEntry, AuditFilter, AuditReport
from app.vault.connection import DB_FILE, Connection, DatabaseError, checkpoint, describe, transaction
from app.vault.exchange import ExchangeMixin
from app.vault.exports import ExportsMixin
from app.vault.files import low_space
from app.vault.guard import GuardMixin
from app.vault.hqview import HqViewMixin
from app.vault.listing import ListingMixin
from app.vault.lock import InstanceLock
from app.vault.receiving import ReceivingMixin
from app.vault.stats import StatsMixin
from app.vault.vetting import VettingMixin

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UserInfo:
    callsign: str
    role: Role
    created_at: str
    active: bool = True
    id: int = 0


IDLE_LOCK_DEFAULT_MINUTES = 5


class VaultSession(GuardMixin, VettingMixin, ExchangeMixin, ExportsMixin, ReceivingMixin, ListingMixin, StatsMixin,
                   HqViewMixin):
    def __init__(
        self, vault_dir: Path, conn: Connection, data_key: bytes | bytearray,
        slots: keyslots.SlotFile, user: UserInfo, lock: InstanceLock,
    ) -> None:
        self.vault_dir = vault_dir
        self._conn = conn
        # Keys in mutable buffers, zeroed on lock (copies held by SQLCipher, OpenSSL and
        # Python's own strings remain: docs/SECURITY.md section 4).
        self._data_key: bytearray = bytearray(data_key)
        self._audit_key: bytearray = bytearray(audit.chain_key(conn, data_key))
        self._slots = slots
        self.user = user
        self._lock = lock
        self._mutex = threading.RLock()
        self.post_code = self._meta("post_code")
        self.is_demo = self._meta("demo") == "1"
        # One-line warnings from the checks run at unlock (app/vault/startup_checks.py):
        # tampering, lost commits, a wrong clock. Notices: things to do (a key rotation
        # due, a full disk), shown too but not alarms.
        self.warnings: list[str] = []
        self.notices: list[str] = []
        content.install(self.installed_content())  # forms and rules from HQ update packages
        rulesets.remember(self.remembered_rule_sets())  # polygraph rule sets installed before those

    # -- plumbing -------------------------------------------------------------
    @staticmethod
    def load_user(conn: Connection, slot_id: str) -> UserInfo:
        row = conn.execute(
            "SELECT callsign, role, created_at, id FROM users WHERE slot_id = ? AND removed_at IS NULL",
            (slot_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(msg.text("err.no_user"))
        return UserInfo(row[0], Role(row[1]), row[2], True, int(row[3]))

    def _meta(self, key: str) -> str:
        return dossiers.get_meta(self._conn, key)

    def _open_conn(self) -> Connection:
        if self._conn is None:  # e.g. a background task that outlived a lock
            raise VaultLockedError(msg.text("err.locked"))
        return self._conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self._mutex:
            conn = self._open_conn()
            try:
                yield conn
            except DatabaseError as exc:
                raise describe(exc) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction; counted, and the count marked after the commit
        (app/vault/commitmark.py) so a lost commit is noticed at the next unlock."""
        with self._mutex:
            try:
                with transaction(self._open_conn()) as conn:
                    yield conn
                    count = commitmark.bump(conn)
            except DatabaseError as exc:
                raise describe(exc) from exc
            try:
                commitmark.write(self.vault_dir, self._data_key, self._slots.vault_id, count)
            except OSError as exc:  # the change is committed; only the mark lags
                log.warning("could not update the commit mark: %s", exc.strerror)

    def audit(self, conn: Connection, action: str, case: str | None = None, detail: str = "") -> None:
        audit.append(conn, self._audit_key, self.user.callsign, action, case, detail)

    def require(self, action: Action) -> None:
        if not may(self.user.role, action):
            raise PermissionDenied(refusal(self.user.role, [action]))

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def detach_connection(self) -> bytearray:
        """Checkpoint and close the connection, keeping the lock; returns the data key
        (for a key rotation, which then attaches the re-encrypted database)."""
        with self._mutex:
            conn = self._open_conn()
            checkpoint(conn)
            conn.close()
            self._conn = None
            key, self._data_key = self._data_key, bytearray()
            return key

    def attach_connection(self, conn: Connection, data_key: bytes | bytearray) -> None:
        with self._mutex:
            self._conn, self._data_key = conn, bytearray(data_key)

    def _forget_keys(self) -> None:
        for buf in (self._data_key, self._audit_key):
            buf[:] = bytes(len(buf))
        self._data_key, self._audit_key = bytearray(), bytearray()

    def detach(self) -> None:
        """Close without releasing the instance lock (a login that failed half-way)."""
        with self._mutex:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.close()
                self._conn = None
            self._forget_keys()
            content.install([])
            rulesets.remember([])

    def upkeep_after_bulk(self, added: int) -> maintenance.Upkeep:
        """Statistics and search-index merging after bulk work (app/vault/maintenance.py)."""
        with self._mutex:
            return maintenance.after_bulk(self._open_conn(), added)

    def compact(self) -> tuple[int, int, float]:
        """`dossier compact`: (bytes before, bytes after, seconds). VACUUM needs room for a copy."""
        db = self.vault_dir / DB_FILE
        with self._mutex:
            conn = self._open_conn()
            before = db.stat().st_size
            if low_space(self.vault_dir, before + (64 << 20)):
                raise DiskFullError(DISK_FULL)
            try:
                done = maintenance.compact(conn)
            except DatabaseError as exc:
                raise describe(exc, self.vault_dir) from exc
            return before, db.stat().st_size, done.seconds

    def close(self) -> None:
        with self._mutex:
            if self._conn is not None:
                maintenance.tidy(self._conn, self.vault_dir / DB_FILE)  # never raises
                with contextlib.suppress(Exception):
                    checkpoint(self._conn)
                self._conn.close()
                self._conn = None
                content.install([])
                rulesets.remember([])
            self._forget_keys()
            self._lock.release()

    # -- users --------------------------------------------------------------------
    def list_users(self) -> list[UserInfo]:
        with self.read() as c:
            rows = c.execute(
                "SELECT callsign, role, created_at, removed_at IS NULL, id FROM users ORDER BY id"
            ).fetchall()
        return [UserInfo(cs, Role(r), at, bool(active), int(uid)) for cs, r, at, active, uid in rows]

    def active_users(self, role: Role | None = None) -> list[UserInfo]:
        """Users who can log in now, by call sign; only those with `role` if given."""
        return sorted((u for u in self.list_users() if u.active and (role is None or u.role == role)),
                      key=lambda u: u.callsign.casefold())

    def eligible_authors(self, kind: str, field_name: str) -> list[UserInfo]:
        """The users who may be named in an author field, for the desktop's pickers: kind is
        interview, check, exam or decision; field_name one of app.domain.authors.AUTHOR_FIELDS
        (interviewer; requested_by, waived_by; examiner; decided_by, approved_by). The guarded
        write layer refuses any other value, so a picker offering exactly these never fails."""
        roles = authors.AUTHOR_FIELDS[kind][field_name]
        return [u for u in self.active_users() if u.role in roles]

    def seal_blocks(self, record: authors.Record) -> list[authors.SealBlock]:
        """Why this user may not seal `record` (empty: they may), by the rule the guard applies
        when sealing (app.domain.authors.seal_blocks): for the reason the desktop shows beside Seal."""
        with self.read() as c:
            return authors.seal_blocks(self.users_directory(c), self.actor, record)

    def may_amend(self, record: authors.Record) -> bool:
        """Whether this user may amend the sealed `record`, by the rule the guard applies at Save
        (app.domain.authors.may_amend): the desktop offers Amend… only then."""
        return authors.may_amend(self.actor, record)

    def add_user(self, callsign: str, role: Role, passphrase: str) -> None:
        users.add_user(self, callsign, role, passphrase)

    def remove_user(self, callsign: str, progress: Callable[[float], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, rekey: bool = True) -> users.Removed:
        """Remove a user and change the data key (app/vault/users.py, rekey.py)."""
        return users.remove_user(self, callsign, progress, cancelled, rekey)

    def rekey(self, progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> Any:
        from app.vault import rekey

        return rekey.rekey(self, progress, cancelled)

    def set_role(self, callsign: str, role: Role) -> None:
        self.require(Action.MANAGE_USERS)
        cs = keyslots.normalize_callsign(callsign)
        with self.write() as c:
            row = c.execute("SELECT role FROM users WHERE callsign = ? AND removed_at IS NULL", (cs,)).fetchone()
            if row is None:
                raise NotFoundError(msg.text("err.no_active_user"))
            if row[0] == Role.SUPERVISOR.value and role != Role.SUPERVISOR:
                (left,) = c.execute(
                    "SELECT count(*) FROM users WHERE role = 'supervisor' AND removed_at IS NULL").fetchone()
                if left <= 1:
                    raise ValidationError(msg.text("err.last_supervisor_role"))
            c.execute("UPDATE users SET role = ? WHERE callsign = ?", (role.value, cs))
            self.audit(c, "role_changed", None, msg.text("audit.user_to", cs, msg.text(f"label.{role.value}")))

    @property
    def station_code(self) -> str:
        """This laptop's station code in the case numbers it issues (app.domain.casenumber)."""
        return self._meta("station_code")

    @property
    def wipe_after(self) -> int:
        return int(self._meta("wipe_after") or 0)

    def set_wipe_after(self, attempts: int) -> None:
        """Erase the vault after this many consecutive failed unlocks (0: never).
        The vault keeps the setting; the key file holds a copy readable before unlock."""
        users.set_wipe_after(self, attempts)

    def change_passphrase(self, new_passphrase: str) -> None:
        users.change_passphrase(self, new_passphrase)

    # -- applicants (writes are in app/vault/guard) ----------------------------------------
    def get_dossier(self, case_number: str) -> Dossier:
        """By case number, former number or case id."""
        self.require(Action.VIEW_CASE)
        with self.write() as c:
            d = dossiers.load(c, case_number)
            self.audit(c, "view", d.case_number)
        return d

    # -- drafts and settings ---------------------------------------------------------
    def save_draft(self, key: str, doc: dict[str, Any]) -> None:
        with self.write() as c:
            drafts.save(c, self.user.id, key, doc)

    def load_draft(self, key: str) -> tuple[dict[str, Any], Any] | None:
        with self.read() as c:
            return drafts.load(c, self.user.id, key)

    def discard_draft(self, key: str) -> None:
        with self.write() as c:
            drafts.discard(c, self.user.id, key)

    def setting(self, key: str, default: str = "") -> str:
        with self.read() as c:
            value = drafts.get_setting(c, self.user.id, key)
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as c:
            drafts.set_setting(c, self.user.id, key, value)
            self.audit(c, "setting_changed", None, msg.text(f"setting.{key}") if f"setting.{key}" in msg.TEXT else key)

    @property
    def idle_lock_minutes(self) -> int:
        try:
            return max(1, min(240, int(self.setting("idle_lock_minutes", str(IDLE_LOCK_DEFAULT_MINUTES)))))
        except ValueError:
            return IDLE_LOCK_DEFAULT_MINUTES

    def record_print(self, case_number: str, what: str = "case summary") -> None:
        with self.write() as c:
            self.audit(c, "print", case_number, what)

    def attachment_content(self, case_number: str, sha256: str) -> bytes:
        with self.read() as c:
            return attachments.read(c, dossiers.id_for(c, case_number), sha256)

    def flags_for(self, d: Dossier) -> list[flags.Flag]:
        """Every flag of a dossier as it stands (possibly unsaved): rules, duplicates, watchlist."""
        if not d.case_number:
            return flags.compute(d)
        with self.read() as c:
            return dossiers.case_flags(c, dossiers.id_for(c, d.case_id or d.case_number), d)

    def computed(self, d: Dossier) -> dict[str, Any]:
        return {
            "stage": current_stage(d).value,
            "stage_exam": stage_exam(d),
            "steps": [
                {"stage": s.stage.value, **({"exam": s.exam} if s.exam else {}), "complete": s.complete,
                 "missing": list(s.missing)}
                for s in step_statuses(d)
            ],
            "flags": [f.to_json() for f in self.flags_for(d)],
            "polygraph_exams": [{"number": e.number, **polygraph.score(e).to_json()} for e in d.polygraph_exams],
            **({"links": links} if (links := self.case_links(d.case_number)) else {}),
        }

    # -- audit and maintenance ------------------------------------------------------
    def audit_verify(self) -> AuditReport:
        with self.read() as c:
            return audit.verify(c, self._audit_key)

    def audit_entries(self, case_number: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """The log, newest first; for a case, under its current and its former numbers."""
        with self.read() as c:
            numbers = None
            if case_number:
                try:
                    d = dossiers.load_by_id(c, dossiers.id_for(c, case_number))
                    numbers = [d.case_number, *d.former_numbers]
                except (NotFoundError, ValidationError):  # a deleted case still has its entries
                    numbers = [case_number.strip().upper()]
            return audit.entries(c, numbers, limit)

    def audit_log(self, f: AuditFilter | None = None) -> list[AuditEntry]:
        """The whole log (issue 20), filtered; a case by its current and former numbers."""
        f = f or AuditFilter()
        with self.read() as c:
            if f.cases:
                numbers: list[str] = []
                for case in f.cases:
                    try:
                        d = dossiers.load_by_id(c, dossiers.id_for(c, case))
                        numbers += [d.case_number, *d.former_numbers]
                    except (NotFoundError, ValidationError):  # a deleted case keeps its entries
                        t = tombstones.tombstone_for(c, case)
                        numbers += [t.case_number, *t.former_numbers] if t else [case.strip().upper()]
                f = dataclasses.replace(f, cases=tuple(numbers))
            return audit.query(c, f)

    def backup_to(self, dest: Path) -> int:
        from app.vault import backup

        self.require(Action.BACKUP)
        with self.read() as c:
            count = backup.write_backup(c, self._data_key, self.vault_dir, dest, self._slots)
        try:
            with self.write() as c:
                self.audit(c, "backup", None, msg.text("audit.applicants", count))
        except DiskFullError:  # the backup is written; only its audit entry could not be
            log.warning("backup written; its audit entry could not be saved (disk full)")
        return count
