"""Guarded writes of HQ's decisions and requests (app/domain/hq_decisions.py).

At HQ, `record_hq_decision`: a supervisor of an HQ vault, re-entering their passphrase (the entry
is sealed in their name, as a record is), on a case HQ received from a post (the post and the
laptop that keep it are HQ's record of the case's owner, never the officer's say). The text must
not name the applicant: update packages go to every post. Audited; never changed afterwards.

On a laptop, `install_hq_decisions`, inside the update package's transaction (the package is
already verified: the CA's signature, every member's hash, a sequence number above the installed
one). Each entry is bound before it is stored: it must be addressed to this vault's id and name a
case this vault holds by case id. Entries for other vaults are skipped without a word (a package
goes to every post, so they are expected); an entry addressed to this vault for a case it does not
hold is refused and counted in a notice (the case was deleted here, or the entry is wrong: a
supervisor should know); an entry already stored (the same uid from an earlier package) is a
repeat and changes nothing. Each stored entry is audited on its case and shown in its history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from app.domain import hq_decisions, msg
from app.domain.hq_decisions import HqDecision
from app.domain.names import fold
from app.domain.roles import Action
from app.errors import AuthenticationError, PermissionDenied, ValidationError
from app.vault import dossiers, hqview
from app.vault.connection import Connection
from app.vault.guard.base import GuardBase
from app.vault.guard.lifecycle import name_forms

MADE, RECEIVED = "made", "received"


@dataclass(frozen=True)
class Installed:
    stored: int  # new entries for this vault's cases
    refused: int  # addressed to this vault, for a case it does not hold


def _insert(c: Connection, applicant_id: int, e: HqDecision, source: str, package: int | None) -> None:
    c.execute(f"INSERT INTO hq_decisions({hqview.DECISION_COLUMNS}, applicant_id, source, package_seq)"
              " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
              (e.uid, e.case_id, e.case_number, e.vault_id, e.post, e.kind, e.value, e.text, e.decided_by,
               e.decided_at, applicant_id, source, package))
    latest = c.execute("SELECT kind, value FROM hq_decisions WHERE applicant_id = ? ORDER BY decided_at DESC,"
                       " uid DESC LIMIT 1", (applicant_id,)).fetchone()
    c.execute("INSERT INTO hq_cases(applicant_id, status) VALUES (?, ?) ON CONFLICT(applicant_id) DO UPDATE"
              " SET status = excluded.status", (applicant_id, f"{latest[0]}:{latest[1]}"))


def _detail(e: HqDecision) -> msg.Text:
    """HQ's decision or request in words (coded), and its text as HQ wrote it (up to 400 characters)."""
    return msg.text("audit.hq_decision", msg.text(f"hq.status.{e.kind}:{e.value}"), e.text[:400])


class HqDecisionsMixin(GuardBase):
    def record_hq_decision(self, case: str, kind: str, value: str, text: str, passphrase: str) -> HqDecision:
        """HQ: a sealed decision (accept/reject, with the reason) or request (interview, polygraph,
        check, with what is asked) on a case received from a post; it goes out in the next package."""
        self.require(Action.DECIDE)
        hq_decisions.check_choice(kind, value)
        clean = hq_decisions.clean_text(text)
        try:
            self._slots.unwrap(self.user.callsign, passphrase)
        except AuthenticationError:
            raise AuthenticationError(msg.text("hq.wrong_passphrase")) from None
        with self.write() as c:
            if not hqview.is_hq_vault(c):
                raise PermissionDenied(msg.text("hq.not_hq_vault"))
            applicant_id = dossiers.id_for(c, case)
            d = dossiers.load_by_id(c, applicant_id)
            owner = c.execute("SELECT vault_id, post FROM case_owners WHERE case_key = ? AND vault_id <> ''",
                              (d.case_id,)).fetchone()
            if owner is None:
                raise ValidationError(msg.text("hq.not_received"))
            if any(form in fold(clean) for form in name_forms(d)):
                raise ValidationError(msg.text("hq.names_applicant"))
            e = HqDecision(uuid.uuid4().hex, d.case_id, d.case_number.split("#")[0], str(owner[0]),
                           str(owner[1]).upper(), kind, value, clean, self.user.callsign,
                           hq_decisions.when(datetime.now(UTC)))
            _insert(c, applicant_id, e, MADE, None)
            self.audit(c, "hq_decision", d.case_number, _detail(e))
        return e

    def hq_decisions_to_send(self, since: str) -> list[HqDecision]:
        """HQ: every entry made since `since` (ISO time), for the next package; a laptop that missed a
        package still gets them from the next one, and stores each entry once."""
        with self.read() as c:
            rows = c.execute(f"SELECT {hqview.DECISION_COLUMNS} FROM hq_decisions WHERE source = ? AND"
                             " decided_at >= ? ORDER BY decided_at, uid", (MADE, since)).fetchall()
        return [HqDecision(*r) for r in rows]

    def mark_hq_decisions_sent(self, uids: list[str], package: int) -> None:
        """HQ: note the first package that carried each entry (shown in the case window)."""
        with self.write() as c:
            c.executemany("UPDATE hq_decisions SET package_seq = ? WHERE uid = ? AND source = ? AND"
                          " package_seq IS NULL", [(package, u, MADE) for u in uids])

    def install_hq_decisions(self, c: Connection, package: int, entries: list[HqDecision]) -> Installed:
        """Laptop, inside install_package's transaction (its caller required INSTALL_UPDATE)."""
        stored = refused = 0
        mine = [e for e in entries if e.vault_id == self._slots.vault_id]
        for e in mine:
            if c.execute("SELECT 1 FROM hq_decisions WHERE uid = ?", (e.uid,)).fetchone() is not None:
                continue  # sent again in a later package: stored once
            row = c.execute("SELECT id, case_number FROM applicants WHERE case_id = ?", (e.case_id,)).fetchone()
            if row is None:
                refused += 1
                continue
            _insert(c, int(row[0]), e, RECEIVED, package)
            self.audit(c, "hq_decision_received", str(row[1]), msg.text("audit.hq_decision_received", _detail(e),
                                                                                e.decided_by, package))
            stored += 1
        return Installed(stored, refused)
