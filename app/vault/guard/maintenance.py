"""Guarded writes that touch many cases: duplicate decisions and merges, the watchlist, the files
of an update package (form templates and the rule sets whose rules the vault then trusts)."""

from __future__ import annotations

from typing import Any

from app.domain import msg, watchlist
from app.domain.roles import Action
from app.errors import ValidationError
from app.vault import dossiers, matching
from app.vault.connection import Connection
from app.vault.dossiers import now_utc
from app.vault.guard import store
from app.vault.guard.base import GuardBase
from app.vault.guard.handed import refuse_if_handed_away


class MaintenanceMixin(GuardBase):
    def decide_duplicate(self, case_a: str, case_b: str, decision: str) -> None:
        """'distinct' (remembered; no more flag) or 'merged' (case_b joins case_a: it leaves the
        list, search and matching; its records, flags and history are shown with case_a, and each
        case names the other). Supervisors only (docs/vetting-rules.md: in the field every case is
        the post's own; at HQ the analyst merges across posts)."""
        self.require(Action.MERGE_DUPLICATES)
        if decision not in ("distinct", "merged"):
            raise ValidationError(msg.text("err.duplicate_decision"))
        with self.write() as c:
            a_id, b_id = dossiers.id_for(c, case_a), dossiers.id_for(c, case_b)
            refuse_if_handed_away(c, a_id)
            refuse_if_handed_away(c, b_id)
            if a_id == b_id:
                raise ValidationError(msg.text("err.own_duplicate"))
            a, b = dossiers.case_number_of(c, a_id), dossiers.case_number_of(c, b_id)
            if decision == "merged" and (dossiers.merged_into(c, a) or dossiers.merged_into(c, b)):
                raise ValidationError(msg.text("err.already_merged"))
            store.decide_pair(c, a, b, decision, self.user.callsign, now_utc().isoformat())
            if decision == "merged":  # B joins A: found through A only; A shows B's records and history
                store.set_merged(c, b_id, a, b)
            for applicant_id, case, other in ((a_id, a, b), (b_id, b, a)):
                store.refresh_flags(c, {applicant_id})
                self.audit(c, f"duplicate_{decision}", case, other)

    def import_watchlist(self, doc: Any) -> tuple[int, int]:
        """Replace the watchlist and recheck every applicant; returns (entries, cases with hits)."""
        self.require(Action.IMPORT_WATCHLIST)
        with self.write() as c:
            return self.replace_watchlist(c, doc)

    def replace_watchlist(self, c: Connection, doc: Any) -> tuple[int, int]:
        """Inside the caller's transaction (an update package installs it with its other files)."""
        entries = watchlist.parse(doc)
        previously_hit = matching.replace_watchlist(c, entries, now_utc().isoformat())
        store.refresh_flags(c, previously_hit | matching.recheck_watchlist(c))
        (hits,) = c.execute("SELECT count(DISTINCT applicant_id) FROM watchlist_hits").fetchone()
        self.audit(c, "watchlist_imported", None, msg.text("audit.watchlist", len(entries), hits))
        return len(entries), int(hits)

    def install_files(self, c: Connection, sequence: int, content: list[tuple[str, str, Any]]) -> None:
        """Inside the caller's transaction (`install_package`, which checked the package): its
        files; a polygraph rule set is also remembered, so exams scored with its rules stay known
        after the next package."""
        self.require(Action.INSTALL_UPDATE)
        now = now_utc().isoformat()
        for kind, name, data in content:
            if (kind, name) == ("policy", "retention"):  # HQ sets the retention policy (issue 20)
                from app.domain import retention

                self.store_policy(c, retention.parse(data), msg.text("audit.by_package", sequence))  # type: ignore[attr-defined]
                continue
            store.install_content(c, kind, name, data, sequence, now)
            if (kind, name) == ("rules", "polygraph"):
                store.remember_rule_set(c, data, f"update package {sequence}", now)
