"""Guarded end of a case's life: deletion (by hand or by the retention policy).

A deleted case leaves nothing personal in the vault: its rows and attachments go (secure_delete
is on, so freed cells and pages are zeroed), so do its search and name indexes (the full-text
indexes are merged so no old segment keeps its words), match and sound keys, drafts of it, cached
flags and watchlist hits, and duplicate decisions that name it. What stays is the tombstone: an
audit entry `deleted` with the case number, its case id and former numbers, the decision's
outcome and the reason, never a name. After the commit the write-ahead log is checkpointed and
truncated, so no earlier page image of the case survives in it.
"""

from __future__ import annotations

import json
import re

from app.domain import msg
from app.domain.model import Dossier
from app.domain.names import fold, latin_variants
from app.domain.roles import Action
from app.errors import ValidationError
from app.vault import dossiers
from app.vault.connection import Connection, checkpoint
from app.vault.guard import store
from app.vault.guard.base import GuardBase
from app.vault.guard.handed import HANDED_KEY, refuse_if_handed_away
from app.vault.tombstones import RECEIVED, TOMBSTONE, Tombstone, deletion_detail, deletions_received, tombstones

REASON_MAX = 300
NOTIFIED_KEY = "deletion_notified_seq"
HANDED_OVER = re.compile(r"^from (\S+) to (\S+): ")


def name_forms(d: Dossier) -> set[str]:
    """Every spelling of the person's names a reason must not carry (folded, 3+ letters)."""
    p = d.person
    words: set[str] = set()
    for text in (p.surname, p.given_name, p.patronymic, p.surname_latin, p.given_name_latin,
                 p.patronymic_latin, *p.aliases, p.callsign):
        for word in text.split():
            if len(word) >= 3:
                words.add(fold(word))
                words |= {fold(v) for v in latin_variants(word)}
    return {w for w in words if len(w) >= 3}


def check_reason(reason: str, d: Dossier | None = None) -> str:
    text = " ".join(reason.split())
    if not text:
        raise ValidationError(msg.text("err.delete_needs_reason"))
    if len(text) > REASON_MAX:
        raise ValidationError(msg.text("err.reason_too_long", REASON_MAX))
    if d is not None:
        folded = fold(text)
        if any(form in folded for form in name_forms(d)):
            raise ValidationError(msg.text("err.reason_names_applicant"))
    return text


def purge(conn: Connection, applicant_id: int, numbers: list[str], case_id: str = "") -> None:
    """Remove a case and everything derived from it (inside the caller's transaction). In an HQ
    vault also the imported versions and the bundles received for it; on a laptop, the name of the
    folder each export of it was written to (an officer may have named it after the applicant)."""
    marks = ",".join("?" * len(numbers))
    if case_id:
        conn.execute("DELETE FROM case_versions WHERE case_id = ?", (case_id,))
        conn.execute("UPDATE received_bundles SET content = NULL WHERE case_key = ?", (case_id,))
        conn.execute("UPDATE exports SET target = '' WHERE case_key = ?", (case_id,))
        conn.execute("DELETE FROM meta WHERE key = ?", (HANDED_KEY + case_id,))
    conn.execute(f"DELETE FROM drafts WHERE draft_key IN ({marks})", numbers)
    conn.execute(f"DELETE FROM match_decisions WHERE case_a IN ({marks}) OR case_b IN ({marks})",
                 (*numbers, *numbers))
    conn.execute("DELETE FROM watchlist_hits WHERE applicant_id = ?", (applicant_id,))
    conn.execute("DELETE FROM match_keys WHERE applicant_id = ?", (applicant_id,))
    store.delete(conn, applicant_id)  # the row, its records, attachments, names and search entries
    for table in ("name_index", "text_index"):  # no old segment keeps the deleted words
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


class LifecycleMixin(GuardBase):
    def delete_applicant(self, case_number: str, reason: str = "deleted by a supervisor") -> list[str]:
        """A supervisor deletes a case (and the cases merged into it: the same person) with a
        reason that does not name the applicant. Returns the case numbers deleted."""
        self.require(Action.DELETE_CASE)
        with self.write() as c:
            applicant_id = dossiers.id_for(c, case_number)
            d = dossiers.load_by_id(c, applicant_id)
            text = check_reason(reason, d)
            deleted = self.destroy(c, applicant_id, text)
        self.scrub()
        return deleted

    def destroy(self, c: Connection, applicant_id: int, reason: str) -> list[str]:
        """Inside the caller's transaction: delete one case and those merged into it, each with
        its tombstone."""
        number = dossiers.case_number_of(c, applicant_id)
        joined = [int(r[0]) for r in c.execute("SELECT id FROM applicants WHERE merged_into = ?", (number,))]
        done = []
        for aid in [applicant_id, *joined]:
            d = dossiers.load_by_id(c, aid)
            numbers = [d.case_number, *d.former_numbers]
            outcome = d.decision.outcome.value if d.decision is not None else ""
            purge(c, aid, numbers, d.case_id)
            detail = json.dumps({"case_id": d.case_id, "former": d.former_numbers, "outcome": outcome,
                                 "reason": msg.stored(reason)}, ensure_ascii=False, sort_keys=True)
            self.audit(c, TOMBSTONE, d.case_number, detail)
            done.append(d.case_number)
        return done

    def scrub(self) -> None:
        """After a deletion commits: fold the write-ahead log into the database and truncate it, so
        no page image from before the deletion survives on disk."""
        with self.read() as c:
            checkpoint(c)

    def hand_over(self, case: str, to: str, reason: str) -> str:
        """Hand a case to another officer (or supervisor) of this vault: a supervisor, or the officer
        who holds it. The history (audit) keeps each hand-over; returns the previous holder."""
        from app.domain.enums import Role
        from app.errors import PermissionDenied

        with self.write() as c:
            applicant_id = dossiers.id_for(c, case)
            refuse_if_handed_away(c, applicant_id)
            d = dossiers.load_by_id(c, applicant_id)
            text = check_reason(reason, d)
            before = holder(c, applicant_id, d.case_number)
            if self.user.role != Role.SUPERVISOR and self.user.callsign.lower() != before.lower():
                raise PermissionDenied(msg.text("err.handover_who"))
            target = next((u for u in self.users_directory(c).values() if u.callsign.lower() == to.strip().lower()
                           and u.active and u.role in (Role.OFFICER, Role.SUPERVISOR)), None)
            if target is None:
                raise ValidationError(msg.text("err.handover_no_user", to.strip()))
            if target.callsign.lower() == before.lower():
                raise ValidationError(msg.text("err.handover_same", target.callsign))
            self.audit(c, "handed_over", d.case_number, msg.text("audit.handed_over", before or "-", target.callsign,
                                                                 text))
        return before

    def case_holder(self, case: str) -> str:
        with self.read() as c:
            applicant_id = dossiers.id_for(c, case)
            return holder(c, applicant_id, dossiers.case_number_of(c, applicant_id))

    # -- telling HQ (app/casefile/deletion.py) --------------------------------------------------
    def pending_deletion_notices(self) -> list[Tombstone]:
        """Tombstones HQ has not been sent a notice of yet."""
        with self.read() as c:
            done = int(dossiers.get_meta(c, NOTIFIED_KEY) or 0)
            return [t for t in tombstones(c) if t.seq > done]

    def deletion_notices_written(self, upto_seq: int, count: int) -> None:
        """The notices up to tombstone `upto_seq` are on the stick (read back)."""
        self.require(Action.SEND_TO_HQ)
        with self.write() as c:
            if upto_seq > int(dossiers.get_meta(c, NOTIFIED_KEY) or 0):
                dossiers.set_meta(c, NOTIFIED_KEY, str(upto_seq))
            self.audit(c, "deletion_notice", None, msg.text("audit.notices_written", count))  # no folder: see mark_sent

    def record_deletion_notice(self, case_id: str, case_number: str, post: str, signed_by: str,
                               reason: str = "") -> bool:
        """HQ: a verified notice marks the case deleted at its post (HQ keeps its own versions, as its
        policy says), with its reason (coded when the post's was). Returns False if already on record."""
        self.require(Action.MERGE_DUPLICATES)  # HQ's analyst (a supervisor of the HQ vault)
        with self.write() as c:
            if (post.upper(), signed_by) in {(p.upper(), s) for _, p, s in deletions_received(c, case_id)}:
                return False
            self.audit(c, RECEIVED, case_number.upper(), deletion_detail(case_id, post, signed_by, reason))
        return True

    def deleted_at_post(self, case_id: str) -> bool:
        """HQ: has a post told HQ it deleted this case?"""
        with self.read() as c:
            return bool(deletions_received(c, case_id))

    def deleted_cases(self) -> list[Tombstone]:
        with self.read() as c:
            return tombstones(c)


def holder(c: Connection, applicant_id: int, case_number: str) -> str:
    """Who holds a case now: the last hand-over's receiver, else the officer who created it."""
    row = c.execute("SELECT detail FROM audit WHERE action = 'handed_over' AND case_number = ? "
                    "ORDER BY seq DESC LIMIT 1", (case_number,)).fetchone()
    m = HANDED_OVER.match(str(msg.from_stored(str(row[0])))) if row is not None else None  # coded or older
    if m is not None:
        return m.group(2)
    origin = dossiers.load_by_id(c, applicant_id).origin
    return origin.created_by if origin is not None else ""
