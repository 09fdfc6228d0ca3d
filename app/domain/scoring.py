"""Polygraph score totals: subtotals per relevant question and the grand total.

Plain sums of the entered scores; the vetting-rules issue adds weighting (ESS),
decision rules and cutscores on top of these.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import QuestionType
from app.domain.model import PolygraphExam

METHOD_RANGES = {"federal_7": (-3, 3), "three_position": (-1, 1), "ess": (-2, 2)}


@dataclass(frozen=True)
class Totals:
    subtotals: dict[str, int]  # relevant question label -> sum over charts and channels
    grand_total: int
    missing: int  # relevant question × chart × channel cells with no score


def relevant_labels(exam: PolygraphExam) -> list[str]:
    return [q.label for q in exam.questions if q.type == QuestionType.RELEVANT]


def totals(exam: PolygraphExam, channels: int = 3) -> Totals:
    labels = relevant_labels(exam)
    subtotals = dict.fromkeys(labels, 0)
    seen = 0
    for s in exam.scores:
        if s.question in subtotals and 1 <= s.chart <= exam.charts:
            subtotals[s.question] += s.score
            seen += 1
    expected = len(labels) * exam.charts * channels
    return Totals(subtotals, sum(subtotals.values()), max(0, expected - seen))
