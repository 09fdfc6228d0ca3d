"""Vetting operations of a session: sealing, the decision guard, duplicates, the watchlist.

A mixin of `VaultSession`, kept apart so each file stays readable.
"""

from __future__ import annotations

from typing import Any

from app.domain import examiners, flags, polygraph, sealing, watchlist
from app.domain.completeness import completeness
from app.domain.enums import DecisionOutcome
from app.domain.examiners import ExaminerStats
from app.domain.matching import Match
from app.domain.model import Dossier, PolygraphExam
from app.domain.roles import Action
from app.domain.workflow import is_sentence, missing_before_decision, requirements
from app.errors import AuthenticationError, NotFoundError, PermissionDenied, ValidationError
from app.vault import dossiers, exam_index, matching
from app.vault.connection import Connection
from app.vault.dossiers import now_utc
from app.vault.session_base import SessionParts


class VettingMixin(SessionParts):
    """Needs from the session: `user`, `_slots`, `read()`, `write()`, `audit()`, `require()`."""

    def _guard_decision(self, c: Connection, d: Dossier) -> None:
        """Accept or reject only once every step is done; accepting over an open red flag
        needs at least a sentence of rationale."""
        dec = d.decision
        if dec is None or dec.outcome not in (DecisionOutcome.ACCEPT, DecisionOutcome.REJECT):
            return
        missing = missing_before_decision(d)
        if missing:
            raise ValidationError("The case has not reached the decision yet.", [("$.decision", m) for m in missing])
        if dec.outcome == DecisionOutcome.ACCEPT:
            red = [f for f in dossiers.case_flags(c, dossiers.id_for(c, d.case_number), d, store=False)
                   if f.severity == flags.RED]
            if red and not is_sentence(dec.rationale):
                raise ValidationError(
                    "Accepting a case with open red flags needs a written rationale of at least a sentence.",
                    [("$.decision.rationale", f.message) for f in red])

    def seal_record(self, case_number: str, kind: str, key: int, passphrase: str) -> None:
        """Seal a record as its author, who re-enters their passphrase."""
        try:
            self._slots.unwrap(self.user.callsign, passphrase)
        except AuthenticationError:
            raise AuthenticationError("Wrong passphrase: the record was not sealed.") from None
        with self.write() as c:
            d = dossiers.load(c, case_number)
            record = sealing.records(d).get((kind, key))
            if record is None:
                raise NotFoundError("No such record in this case.")
            name = sealing.label(kind, key)
            if record.sealed_by:
                raise ValidationError(f"{name.capitalize()} is already sealed.")
            if sealing.author(record).casefold() != self.user.callsign.casefold():
                raise PermissionDenied(f"Only its author ({sealing.author(record) or 'not recorded'}) can seal {name}.")
            incomplete = completeness(kind, record)
            if isinstance(record, PolygraphExam):  # the double-polygraph policy (warn or block), per named pair
                done = {e.number: e for e in d.polygraph_exams if e.number != key and e.sealed_by}
                for pair in requirements().pairs:
                    other = pair.second if pair.first == key else pair.first if pair.second == key else 0
                    if other in done:
                        first, second = sorted((record, done[other]), key=lambda e: e.number)
                        incomplete += [m for sev, m in polygraph.compare(first, second).policy_problems
                                       if sev == "block"]
            if incomplete:
                raise ValidationError(f"{name.capitalize()} is not complete.", [("$", p) for p in incomplete])
            sealed = sealing.seal(record, self.user.callsign, now_utc())
            if kind == "interview":
                d.interviews[key] = sealed  # type: ignore[assignment]
            elif kind == "check":
                d.checks[key] = sealed  # type: ignore[assignment]
            elif kind == "exam":
                d.polygraph_exams = [sealed if e.number == key else e for e in d.polygraph_exams]  # type: ignore[misc]
            else:
                self._guard_decision(c, d)
                d.decision = sealed  # type: ignore[assignment]
            dossiers.update(c, d)
            self.audit(c, "sealed", d.case_number, name)

    def examiner_stats(self, since: str = "") -> list[ExaminerStats]:
        """Per examiner: exams, result shares, computed-vs-stated disagreements (supervisors)."""
        self.require(Action.DECIDE)
        with self.read() as c:
            return examiners.aggregate(exam_index.examiner_rows(c, since))

    # -- matching ----------------------------------------------------------------------
    def duplicate_candidates(self, d: Dossier, include_decided: bool = False) -> list[Match]:
        with self.read() as c:
            exclude = dossiers.id_for(c, d.case_number) if d.case_number else None
            return matching.duplicates(c, matching.identity_of(d.case_number or "(new)", d.person),
                                       exclude, include_decided=include_decided)

    def decide_duplicate(self, case_a: str, case_b: str, decision: str) -> None:
        """'distinct' (remembered; no more flag) or 'merged' (case_b is merged into case_a;
        both histories are kept and case_b leaves the list)."""
        self.require(Action.MANAGE_USERS)  # supervisors only
        if decision not in ("distinct", "merged"):
            raise ValidationError("Decide 'distinct' or 'merged'.")
        with self.write() as c:
            a_id, b_id = dossiers.id_for(c, case_a), dossiers.id_for(c, case_b)
            if a_id == b_id:
                raise ValidationError("A case cannot be its own duplicate.")
            matching.decide(c, case_a.upper(), case_b.upper(), decision, self.user.callsign, now_utc().isoformat())
            if decision == "merged":
                c.execute("UPDATE applicants SET merged_into = ? WHERE id = ?", (case_a.upper(), b_id))
            for applicant_id, case, other in ((a_id, case_a, case_b), (b_id, case_b, case_a)):
                dossiers.case_flags(c, applicant_id, dossiers.load_by_id(c, applicant_id, case.upper()))
                self.audit(c, f"duplicate_{decision}", case.upper(), other.upper())

    def import_watchlist(self, doc: Any) -> tuple[int, int]:
        """Replace the watchlist and recheck every applicant; returns (entries, cases with hits)."""
        self.require(Action.MANAGE_USERS)
        with self.write() as c:
            return self.replace_watchlist(c, doc)

    def replace_watchlist(self, c: Connection, doc: Any) -> tuple[int, int]:
        """Inside the caller's transaction (an update package installs it with its other files)."""
        entries = watchlist.parse(doc)
        previously_hit = matching.replace_watchlist(c, entries, now_utc().isoformat())
        matching.refresh_flags(c, previously_hit | matching.recheck_watchlist(c))
        (hits,) = c.execute("SELECT count(DISTINCT applicant_id) FROM watchlist_hits").fetchone()
        self.audit(c, "watchlist_imported", None, f"{len(entries)} entries, {hits} cases hit")
        return len(entries), int(hits)
