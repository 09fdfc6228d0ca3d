"""Vetting reads of a session: duplicate candidates, merged-case links, examiner statistics (writes are
in app/vault/guard).

A mixin of `VaultSession`, kept apart so each file stays readable.
"""

from __future__ import annotations

from typing import Any

from app.domain import examiners
from app.domain.examiners import ExaminerStats
from app.domain.matching import Match
from app.domain.model import Dossier
from app.domain.msg import LABELS, TEXT, Message
from app.domain.roles import Action
from app.vault import audit, dossiers, exam_index, matching
from app.vault.session_base import SessionParts


class VettingMixin(SessionParts):
    """Needs from the session: `read()`, `require()`."""

    def examiner_stats(self, since: str = "") -> list[ExaminerStats]:
        """Per examiner: exams, result shares, computed-vs-stated disagreements (supervisors)."""
        self.require(Action.DECIDE)
        with self.read() as c:
            return examiners.aggregate(exam_index.examiner_rows(c, since))

    def duplicate_candidates(self, d: Dossier, include_decided: bool = False) -> list[Match]:
        with self.read() as c:
            exclude = dossiers.id_for(c, d.case_id or d.case_number) if d.case_number else None
            return matching.duplicates(c, matching.identity_of(d.case_number or "(new)", d.person),
                                       exclude, include_decided=include_decided)

    def case_links(self, case_number: str) -> dict[str, Any]:
        """How this case is joined to others: the case it was merged into, or the cases merged
        into it with their records and history (shown with it in the desktop, CLI and case file)."""
        if not case_number:
            return {}
        with self.read() as c:
            into = dossiers.merged_into(c, case_number)
            if into:
                return {"merged_into": into}
            out = []
            for other in dossiers.merged_cases(c, case_number):
                d = dossiers.load(c, other)
                out.append({
                    "case_number": other, "name": d.person.full_name, "name_latin": d.person.full_name_latin,
                    "date_of_birth": d.person.date_of_birth.isoformat() if d.person.date_of_birth else None,
                    "records": merged_records(d),
                    "record_messages": [{"code": m.code, "params": list(m.params)} for m in record_messages(d)],
                    "history": [{"at": str(e.at)[:19].replace("T", " "), "actor": e.actor, "action": e.action,
                                 "detail": e.detail} for e in audit.entries(c, other, 200)],
                })
            return {"merged_cases": out} if out else {}


def record_messages(d: Dossier) -> list[Message]:
    """One line per record of a merged case (its full records stay readable as that case), as message
    codes: enum values stay codes here and are put in words by whoever shows the line."""
    out = [Message("record.application", (str(d.application.received_on or "?"),))] if d.application else []
    out += [Message("record.interview", (str(i + 1), iv.interviewer or "?",
                                         iv.assessment.value if iv.assessment else "record.not_assessed"))
            for i, iv in enumerate(d.interviews)]
    out += [Message("record.check", (str(i + 1), c.kind.value, c.result.value)) for i, c in enumerate(d.checks)]
    out += [Message("record.exam", (str(e.number), e.result.value if e.result else "record.no_result"))
            for e in d.polygraph_exams]
    if d.decision:
        out.append(Message("record.decision", (d.decision.outcome.value,)))
    return out


def merged_records(d: Dossier) -> list[str]:
    """The same lines in English (the CLI and older readers)."""
    return [english_line(m) for m in record_messages(d)]


def english_line(m: Message) -> str:
    """A record line in English words: codes among the parameters in words too."""
    params = tuple(TEXT[p][1] if p in TEXT else LABELS.get(p, p) for p in m.params)
    return Message(m.code, params).english()
