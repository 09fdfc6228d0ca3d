"""Vetting reads of a session: duplicate candidates, examiner statistics (writes are in app/vault/guard).

A mixin of `VaultSession`, kept apart so each file stays readable.
"""

from __future__ import annotations

from app.domain import examiners
from app.domain.examiners import ExaminerStats
from app.domain.matching import Match
from app.domain.model import Dossier
from app.domain.roles import Action
from app.vault import dossiers, exam_index, matching
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
