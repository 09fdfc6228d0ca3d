"""An unlocked vault, as one user: the API the CLI and the desktop app call.

Every change runs in one transaction together with its audit entry, so a crash
leaves either both or neither. Role checks live here, not in the UI.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain import content, flags, polygraph, rulesets, sealing
from app.domain.enums import Role
from app.domain.interchange import ParsedDossier
from app.domain.model import Attachment, Dossier
from app.domain.names import fill_latin
from app.domain.roles import Action, may
from app.domain.workflow import current_stage, stage_exam, step_statuses
from app.errors import NotFoundError, PermissionDenied, ValidationError, VaultLockedError
from app.vault import attachments, audit, commitmark, dossiers, drafts, keyslots
from app.vault.audit import AuditEntry, AuditReport
from app.vault.connection import Connection, DatabaseError, checkpoint, describe, transaction
from app.vault.dossiers import now_utc
from app.vault.exchange import ExchangeMixin
from app.vault.exports import ExportsMixin
from app.vault.listing import ListingMixin
from app.vault.lock import InstanceLock
from app.vault.receiving import ReceivingMixin
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


class VaultSession(VettingMixin, ExchangeMixin, ExportsMixin, ReceivingMixin, ListingMixin):
    def __init__(
        self, vault_dir: Path, conn: Connection, data_key: bytes,
        slots: keyslots.SlotFile, user: UserInfo, lock: InstanceLock,
    ) -> None:
        self.vault_dir = vault_dir
        self._conn = conn
        self._data_key = data_key
        self._audit_key = audit.audit_key(data_key)
        self._slots = slots
        self.user = user
        self._lock = lock
        self._mutex = threading.RLock()
        self.post_code = self._meta("post_code")
        self.is_demo = self._meta("demo") == "1"
        # One-line warnings from the checks run at unlock (app/vault/startup_checks.py).
        self.warnings: list[str] = []
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
            raise NotFoundError("No such user.")
        return UserInfo(row[0], Role(row[1]), row[2], True, int(row[3]))

    def _meta(self, key: str) -> str:
        return dossiers.get_meta(self._conn, key)

    def _open_conn(self) -> Connection:
        if self._conn is None:  # e.g. a background task that outlived a lock
            raise VaultLockedError("The vault is locked; unlock it and try again.")
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
            raise PermissionDenied(f"A {self.user.role.value} may not do that ({action.value}).")

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._mutex:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    checkpoint(self._conn)
                self._conn.close()
                self._conn = None
                self._data_key = b""
                self._audit_key = b""
                content.install([])
                rulesets.remember([])
            self._lock.release()

    # -- users --------------------------------------------------------------------
    def list_users(self) -> list[UserInfo]:
        with self.read() as c:
            rows = c.execute(
                "SELECT callsign, role, created_at, removed_at IS NULL FROM users ORDER BY id"
            ).fetchall()
        return [UserInfo(cs, Role(r), at, bool(active)) for cs, r, at, active in rows]

    def add_user(self, callsign: str, role: Role, passphrase: str) -> None:
        from app.vault.vault import require_strong

        self.require(Action.MANAGE_USERS)
        cs = keyslots.normalize_callsign(callsign)
        require_strong(passphrase, (cs,))
        with self.read() as c:
            row = c.execute("SELECT removed_at FROM users WHERE callsign = ?", (cs,)).fetchone()
        if row is not None and row[0] is None:
            raise ValidationError("A user with that call sign already exists.")
        slot = self._slots.make_slot(cs, passphrase, self._data_key)
        # Slot file first: a crash before the database commit leaves a slot with
        # no active user, which cannot log in.
        self._slots.put(slot)
        keyslots.save(self.vault_dir, self._slots)
        with self.write() as c:
            c.execute("DELETE FROM users WHERE callsign = ? AND removed_at IS NOT NULL", (cs,))
            c.execute(
                "INSERT INTO users(callsign, role, slot_id, created_at) VALUES (?, ?, ?, ?)",
                (cs, role.value, slot.slot_id, now_utc().isoformat()),
            )
            self.audit(c, "user_added", None, f"{cs} as {role.value}")

    def remove_user(self, callsign: str) -> None:
        self.require(Action.MANAGE_USERS)
        cs = keyslots.normalize_callsign(callsign)
        with self.write() as c:
            row = c.execute(
                "SELECT role FROM users WHERE callsign = ? AND removed_at IS NULL", (cs,)
            ).fetchone()
            if row is None:
                raise NotFoundError("No active user with that call sign.")
            if row[0] == Role.SUPERVISOR.value:
                (left,) = c.execute(
                    "SELECT count(*) FROM users WHERE role = 'supervisor' AND removed_at IS NULL"
                ).fetchone()
                if left <= 1:
                    raise ValidationError("The last supervisor cannot be removed.")
            c.execute("UPDATE users SET removed_at = ? WHERE callsign = ?",
                      (now_utc().isoformat(), cs))
            self.audit(c, "user_removed", None, cs)
        # Database first: a crash before the slot is gone still refuses the login.
        self._slots.remove(cs)
        keyslots.save(self.vault_dir, self._slots)

    def set_role(self, callsign: str, role: Role) -> None:
        self.require(Action.MANAGE_USERS)
        cs = keyslots.normalize_callsign(callsign)
        with self.write() as c:
            row = c.execute("SELECT role FROM users WHERE callsign = ? AND removed_at IS NULL", (cs,)).fetchone()
            if row is None:
                raise NotFoundError("No active user with that call sign.")
            if row[0] == Role.SUPERVISOR.value and role != Role.SUPERVISOR:
                (left,) = c.execute(
                    "SELECT count(*) FROM users WHERE role = 'supervisor' AND removed_at IS NULL").fetchone()
                if left <= 1:
                    raise ValidationError("The last supervisor cannot lose the role.")
            c.execute("UPDATE users SET role = ? WHERE callsign = ?", (role.value, cs))
            self.audit(c, "role_changed", None, f"{cs} to {role.value}")

    @property
    def wipe_after(self) -> int:
        return int(self._meta("wipe_after") or 0)

    def set_wipe_after(self, attempts: int) -> None:
        """Erase the vault after this many consecutive failed unlocks (0: never).
        The vault keeps the setting; the key file holds a copy readable before unlock."""
        self.require(Action.MANAGE_USERS)
        if not 0 <= attempts <= keyslots.MAX_WIPE_AFTER or 0 < attempts < 3:
            raise ValidationError(
                f"Erase after 3 to {keyslots.MAX_WIPE_AFTER} failed attempts, or 0 for never.")
        with self.write() as c:
            dossiers.set_meta(c, "wipe_after", str(attempts))
            self.audit(c, "policy_changed", None,
                       f"erase after {attempts} failed unlocks" if attempts else "never erase")
        self._slots.wipe_after = attempts
        keyslots.save(self.vault_dir, self._slots)

    def change_passphrase(self, new_passphrase: str) -> None:
        from app.vault.vault import require_strong

        require_strong(new_passphrase, (self.user.callsign,))
        slot = self._slots.make_slot(self.user.callsign, new_passphrase, self._data_key)
        self._slots.put(slot)
        keyslots.save(self.vault_dir, self._slots)
        with self.write() as c:
            self.audit(c, "passphrase_changed")

    # -- applicants -------------------------------------------------------------------
    def add_applicant(self, parsed: ParsedDossier) -> str:
        self.require(Action.EDIT_CASE)
        d = parsed.dossier
        missing = [a.sha256 for a in d.attachments if a.sha256 not in parsed.blobs]
        if missing:
            raise ValidationError(
                "Every attachment needs its content (content_base64) when a case is added.",
                [("$.attachments", f"{len(missing)} attachment(s) have no content")])
        fill_latin(d.person)
        metas = {a.sha256: a for a in d.attachments}
        with self.write() as c:
            d.case_number = dossiers.allocate_case_number(c, self.post_code, now_utc())
            d.attachments = []
            applicant_id = dossiers.insert(c, d)
            for sha, data in parsed.blobs.items():
                attachments.put(c, applicant_id, metas[sha].name, data, metas[sha].purpose)
            self.audit(c, "create", d.case_number)
        return d.case_number

    def get_dossier(self, case_number: str) -> Dossier:
        self.require(Action.VIEW_CASE)
        with self.write() as c:
            d = dossiers.load(c, case_number)
            self.audit(c, "view", d.case_number)
        return d

    def create_dossier(self, d: Dossier) -> str:
        """Save a dossier typed in the app (no attachments yet); returns its case number."""
        self.require(Action.EDIT_CASE)
        if d.decision is not None:
            self.require(Action.DECIDE)
        fill_latin(d.person)
        with self.write() as c:
            d.case_number = dossiers.allocate_case_number(c, self.post_code, now_utc())
            dossiers.insert(c, d)
            drafts.discard(c, self.user.id, drafts.NEW_APPLICANT)
            self.audit(c, "create", d.case_number)
        return d.case_number

    def save_dossier(self, d: Dossier) -> None:
        self.require(Action.EDIT_CASE)
        fill_latin(d.person)
        with self.write() as c:
            stored = dossiers.load(c, d.case_number)
            problems = sealing.check_edit(stored, d)
            if problems:
                raise ValidationError("Sealed records cannot be changed that way.", [("$", p) for p in problems])
            waived = [(i, x) for i, x in enumerate(d.checks) if x.waived_by and (
                i >= len(stored.checks) or (stored.checks[i].waived_by, stored.checks[i].waiver_reason) !=
                (x.waived_by, x.waiver_reason))]
            if waived:
                self.require(Action.DECIDE)  # only a supervisor waives a check
                for i, x in waived:
                    if x.waived_by != self.user.callsign or len(x.waiver_reason.strip()) < sealing.MIN_REASON_CHARS:
                        raise ValidationError(f"Check {i + 1}: a waiver needs your call sign and a reason.")
            if stored.decision != d.decision:
                self.require(Action.DECIDE)
                self._guard_decision(c, d)
            dossiers.update(c, d)
            drafts.discard(c, self.user.id, d.case_number)
            self.audit(c, "update", d.case_number)
            if stored.decision != d.decision:
                self.audit(c, "decision", d.case_number, d.decision.outcome.value if d.decision else "cleared")

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
            self.audit(c, "setting_changed", None, key)

    @property
    def idle_lock_minutes(self) -> int:
        try:
            return max(1, min(240, int(self.setting("idle_lock_minutes", str(IDLE_LOCK_DEFAULT_MINUTES)))))
        except ValueError:
            return IDLE_LOCK_DEFAULT_MINUTES

    def record_print(self, case_number: str, what: str = "case summary") -> None:
        with self.write() as c:
            self.audit(c, "print", case_number, what)

    def delete_applicant(self, case_number: str) -> None:
        self.require(Action.DELETE_CASE)
        with self.write() as c:
            dossiers.delete(c, case_number)
            self.audit(c, "delete", case_number.strip().upper())


    def add_attachment(self, case_number: str, name: str, data: bytes, purpose: str = "other") -> Attachment:
        self.require(Action.EDIT_CASE)
        with self.write() as c:
            att = attachments.put(c, dossiers.id_for(c, case_number), name, data, purpose)
            self.audit(c, "attachment_added", case_number, att.sha256[:16])
        return att

    def attachment_content(self, case_number: str, sha256: str) -> bytes:
        with self.read() as c:
            return attachments.read(c, dossiers.id_for(c, case_number), sha256)

    def flags_for(self, d: Dossier) -> list[flags.Flag]:
        """Every flag of a dossier as it stands (possibly unsaved): rules, duplicates, watchlist."""
        if not d.case_number:
            return flags.compute(d)
        with self.read() as c:
            return dossiers.case_flags(c, dossiers.id_for(c, d.case_number), d, store=False)

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
        }

    # -- audit and maintenance ------------------------------------------------------
    def audit_verify(self) -> AuditReport:
        with self.read() as c:
            return audit.verify(c, self._audit_key)

    def audit_entries(self, case_number: str | None = None, limit: int = 500) -> list[AuditEntry]:
        with self.read() as c:
            return audit.entries(c, case_number, limit)

    def backup_to(self, dest: Path) -> int:
        from app.vault import backup

        self.require(Action.BACKUP)
        with self.read() as c:
            count = backup.write_backup(c, self._data_key, self.vault_dir, dest)
        with self.write() as c:
            self.audit(c, "backup", None, f"{count} applicants")
        return count
