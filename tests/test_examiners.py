"""Examiner quality statistics: counts and shares worked by hand."""

from __future__ import annotations

import pytest

from app.domain.examiners import ExaminerStats, aggregate
from tests.polygraph_helpers import fresh_rule_caches


@pytest.fixture(autouse=True)
def _fresh_rules() -> None:
    fresh_rule_caches()



def test_counts_and_shares_per_examiner() -> None:
    rows = [
        ("Bravo", "NDI", "NDI", "current", True), ("bravo", "DI", "NDI", "current", True),
        ("Bravo", "INC", None, "current", False), ("BRAVO", None, "DI", "unknown", False),
        ("Charlie", "NDI", "NDI", "earlier", True), ("", "PNC", None, "none", True),
    ]
    nobody, bravo, charlie = aggregate(rows)  # sorted by call sign; "(not recorded)" first
    assert bravo == ExaminerStats("Bravo", 4, 2, 3, {"NDI": 1, "DI": 1, "INC": 1, "NO": 0, "PNC": 0}, 2, 1, 1)
    assert (bravo.share("NDI"), bravo.share("DI"), bravo.share("INC"), bravo.share("NO")) == (0.333, 0.333, 0.333, 0)
    assert bravo.disagreement_share == 0.5  # of the 2 exams with both a stated and a computed result
    assert charlie.to_json() == {
        "examiner": "Charlie", "exams": 1, "sealed": 1, "with_result": 1,
        "results": {"NDI": 1, "DI": 0, "INC": 0, "NO": 0, "PNC": 0},
        "shares": {"ndi": 1.0, "di": 0.0, "inc": 0.0, "no": 0.0, "pnc": 0.0},
        "compared": 1, "disagreements": 0, "disagreement_share": 0.0, "unknown_rules": 0}
    assert (nobody.examiner, nobody.share("PNC"), nobody.disagreement_share) == ("(not recorded)", 1.0, 0.0)


def test_no_results_means_no_shares() -> None:
    (only,) = aggregate([("Delta", None, None, "none", False)])
    assert (only.exams, only.with_result, only.share("NDI"), only.disagreement_share) == (1, 0, 0.0, 0.0)
    assert aggregate([]) == []
