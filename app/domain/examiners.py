"""Examiner quality, for HQ and supervisors: per examiner, how many exams, the share of
each stated result, and how often the stated result differs from the one the scores
give under a trusted rule (app.domain.polygraph).

Shares are fractions of the exams that have what they need: result shares of the
exams with a stated result, disagreement of the exams with both a stated and a
computed result. Examiners are grouped by call sign without regard to case.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

RESULTS = ("NDI", "DI", "INC", "NO", "PNC")


@dataclass(frozen=True)
class ExaminerStats:
    examiner: str
    exams: int
    sealed: int
    with_result: int
    results: dict[str, int]
    compared: int  # exams with both a stated and a computed result
    disagreements: int
    unknown_rules: int

    def share(self, result: str) -> float:
        return round(self.results.get(result, 0) / self.with_result, 3) if self.with_result else 0.0

    @property
    def disagreement_share(self) -> float:
        return round(self.disagreements / self.compared, 3) if self.compared else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"examiner": self.examiner, "exams": self.exams, "sealed": self.sealed,
                "with_result": self.with_result, "results": dict(self.results),
                "shares": {r.lower(): self.share(r) for r in RESULTS},
                "compared": self.compared, "disagreements": self.disagreements,
                "disagreement_share": self.disagreement_share, "unknown_rules": self.unknown_rules}


def aggregate(rows: Iterable[tuple[str, str | None, str | None, str, bool]]) -> list[ExaminerStats]:
    """rows: (examiner, stated, computed, rule status, sealed). Sorted by examiner."""
    return aggregate_counted((*row, 1) for row in rows)


def aggregate_counted(rows: Iterable[tuple[str, str | None, str | None, str, bool, int]]) -> list[ExaminerStats]:
    """As `aggregate`, each row standing for `n` (its last value) exams alike; an examiner whose name is
    spelt in several ways (case only) is named by the spelling most of their exams use (of equals, the one
    that sorts first), whatever the rows' order (the vault's count tables keep no order, migration 0022)."""
    groups: dict[str, dict[str, Any]] = {}
    for examiner, stated, computed, status, sealed, n in rows:
        name = examiner.strip() or "(not recorded)"
        g = groups.setdefault(name.casefold(), {"name": name, "exams": 0, "sealed": 0, "with_result": 0,
                                                "results": dict.fromkeys(RESULTS, 0), "compared": 0,
                                                "disagreements": 0, "unknown": 0})
        g.setdefault("spellings", Counter())[name] += n
        g["exams"] += n
        g["sealed"] += n * int(bool(sealed))
        g["unknown"] += n * int(status == "unknown")
        if stated:
            g["with_result"] += n
            g["results"][stated] += n
            if computed:
                g["compared"] += n
                g["disagreements"] += n * int(computed != stated)
    for g in groups.values():
        g["name"] = min(g["spellings"].items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return [ExaminerStats(g["name"], g["exams"], g["sealed"], g["with_result"], g["results"], g["compared"],
                          g["disagreements"], g["unknown"]) for _, g in sorted(groups.items())]
