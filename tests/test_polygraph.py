"""Polygraph scoring worked by hand for each method and rule, at and around the cutscores."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import polygraph
from app.domain.enums import Channel, ExamResult, QuestionType
from app.domain.model import PolygraphExam, Question, Score

RQS = ("R1", "R2", "R3")
CH = (Channel.PNEUMO, Channel.EDA, Channel.CARDIO)


def exam(method: str, rule: str, cells: dict[tuple[int, str, Channel], int], charts: int = 3,
         result: ExamResult | None = None, rqs: tuple[str, ...] = RQS) -> PolygraphExam:
    questions = [Question("C1", QuestionType.COMPARISON)] + [Question(q, QuestionType.RELEVANT) for q in rqs]
    scores = [Score(c, q, ch, cells.get((c, q, ch), 0)) for c in range(1, charts + 1) for q in rqs for ch in CH]
    return PolygraphExam(number=1, questions=questions, charts=charts, scores=scores, method=method,
                         rule=polygraph.rule_snapshot(rule), result=result)


def spread(total_by_q: dict[str, int], method_range: int = 3) -> dict[tuple[int, str, Channel], int]:
    """Put each question's subtotal into its cells, at most `method_range` per cell."""
    cells: dict[tuple[int, str, Channel], int] = {}
    for q, total in total_by_q.items():
        sign, left = (1 if total >= 0 else -1), abs(total)
        for c in range(1, 4):
            for ch in CH:
                take = min(left, method_range)
                if take:
                    cells[(c, q, ch)] = sign * take
                    left -= take
    return cells


@pytest.mark.parametrize("subtotals,expected", [
    ({"R1": 2, "R2": 2, "R3": 2}, ExamResult.NDI),    # +6: exactly at the NDI cutscore
    ({"R1": 2, "R2": 2, "R3": 1}, ExamResult.INC),    # +5
    ({"R1": -2, "R2": -2, "R3": -2}, ExamResult.DI),  # -6: exactly at the DI cutscore
    ({"R1": -2, "R2": -2, "R3": -1}, ExamResult.INC),  # -5
    ({"R1": 9, "R2": -4, "R3": 0}, ExamResult.INC),   # +5 with a bad spot: the grand-total rule ignores spots
])
def test_federal_grand_total(subtotals, expected) -> None:  # type: ignore[no-untyped-def]
    s = polygraph.score(exam("federal_7", "federal_grand_total", spread(subtotals)))
    assert s.grand_total == sum(subtotals.values()) and s.computed is expected
    assert s.subtotals == subtotals and s.verified_rule


@pytest.mark.parametrize("subtotals,expected,why", [
    ({"R1": 2, "R2": 1, "R3": 1}, ExamResult.NDI, "grand total +4"),   # +4: asymmetric NDI cutscore
    ({"R1": 1, "R2": 1, "R3": 1}, ExamResult.INC, "no subtotal"),       # +3
    ({"R1": -2, "R2": -2, "R3": -2}, ExamResult.DI, "grand total -6"),
    ({"R1": -3, "R2": 1, "R3": 1}, ExamResult.DI, "subtotal R1 -3"),    # -1 total, one spot at -3
    ({"R1": -2, "R2": 1, "R3": 1}, ExamResult.INC, "no subtotal"),      # spot -2 is not enough
    ({"R1": -3, "R2": 4, "R3": 3}, ExamResult.NDI, "grand total +4"),   # stage one decides first
])
def test_krapohl_two_stage(subtotals, expected, why) -> None:  # type: ignore[no-untyped-def]
    s = polygraph.score(exam("federal_7", "krapohl_2005", spread(subtotals)))
    assert s.computed is expected and why in s.reason


def test_ess_weights_eda_twice_and_two_stage_rule() -> None:
    cells = {(1, "R1", Channel.EDA): 1, (2, "R1", Channel.EDA): 1, (1, "R2", Channel.PNEUMO): -1}
    s = polygraph.score(exam("ess", "ess_single_issue", cells))
    assert s.subtotals == {"R1": 4, "R2": -1, "R3": 0} and s.grand_total == 3
    assert s.computed is ExamResult.NDI and not s.verified_rule  # ESS cutscores are marked unverified
    deceptive = {(c, "R1", ch): -1 for c in (1, 2, 3) for ch in CH}  # R1: 3×(-1-2-1) = -12
    deceptive.update({(c, "R2", Channel.EDA): 1 for c in (1, 2, 3)})  # R2: +6, R3: 0 -> total -6
    s = polygraph.score(exam("ess", "ess_single_issue", deceptive))
    assert s.grand_total == -6 and s.computed is ExamResult.DI


def test_ess_subtotal_rule_for_screening() -> None:
    all_positive = {(1, q, Channel.EDA): 1 for q in RQS}  # every subtotal +2
    assert polygraph.score(exam("ess", "ess_multi_issue", all_positive)).computed is ExamResult.NDI
    one_bad = {**all_positive, (2, "R3", Channel.EDA): -1, (3, "R3", Channel.EDA): -1, (1, "R3", Channel.EDA): -1}
    s = polygraph.score(exam("ess", "ess_multi_issue", one_bad))  # R3: -6
    assert s.computed is ExamResult.DI and "R3" in s.reason
    one_zero = {(1, "R1", Channel.EDA): 1, (1, "R2", Channel.EDA): 1}  # R3 stays 0
    assert polygraph.score(exam("ess", "ess_multi_issue", one_zero)).computed is ExamResult.INC


def test_missing_scores_and_chart_count_are_not_computed() -> None:
    e = exam("federal_7", "federal_grand_total", spread({"R1": 6, "R2": 0, "R3": 0}))
    e.scores = [s for s in e.scores if not (s.chart == 3 and s.question == "R3" and s.channel == Channel.CARDIO)]
    s = polygraph.score(e)
    assert s.computed is None and "1 score(s) missing" in s.reason and "chart 3, R3, cardio" in s.reason
    short = exam("federal_7", "federal_grand_total", {}, charts=2)
    assert "2 charts" in polygraph.score(short).reason
    out_of_range = exam("three_position", "federal_grand_total_3pos", {(1, "R1", Channel.EDA): 3})
    assert "outside -1..+1" in polygraph.score(out_of_range).reason


def test_computed_and_stated_disagreement() -> None:
    s = polygraph.score(exam("federal_7", "federal_grand_total", spread({"R1": -6}), result=ExamResult.NDI))
    assert s.computed is ExamResult.DI and s.disagrees
    assert s.to_json()["note"].startswith("A polygraph result is a trigger")


def test_the_stored_rule_wins_over_later_defaults() -> None:
    e = exam("federal_7", "federal_grand_total", spread({"R1": 5}))
    e.rule = {**e.rule, "ndi": 5}  # an exam scored when the cutscore was +5
    assert polygraph.score(e).computed is ExamResult.NDI
    assert polygraph.rule_snapshot("federal_grand_total")["ndi"] == 6


def test_every_shipped_rule_cites_a_source() -> None:
    data = polygraph.rules_data()
    for name, rule in data["rules"].items():
        assert len(rule["source"]) > 40 and isinstance(rule["verified"], bool), name
        assert all(m in data["methods"] for m in rule["methods"]), name
    for name, m in data["methods"].items():
        assert m["default_rule"] in data["rules"] and m["source"], name


def test_double_exam_comparison() -> None:
    from datetime import date

    a = PolygraphExam(number=1, examiner="Bravo", held_on=date(2026, 5, 1), result=ExamResult.NDI)
    b = PolygraphExam(number=2, examiner="bravo", held_on=date(2026, 5, 1), result=ExamResult.INC)
    c = polygraph.compare(a, b)
    assert c.discordant and "results differ (NDI / INC)" in c.reasons and "exam 2 is INC" in c.reasons
    assert [m for _, m in c.policy_problems] == ["both exams were given by the same examiner",
                                                 "both exams were held on the same day"]
    b2 = PolygraphExam(number=2, examiner="Charlie", held_on=date(2026, 5, 9), result=ExamResult.NDI)
    assert polygraph.compare(a, b2) == polygraph.ExamComparison(False, [], [])


@given(st.lists(st.integers(-3, 3), min_size=27, max_size=27),
       st.sampled_from(["federal_grand_total", "krapohl_2005", "federal_spot"]))
@settings(max_examples=300, deadline=None)
def test_scores_stay_in_range_and_rules_are_monotone(values: list[int], rule: str) -> None:
    cells = {(c, q, ch): values[i] for i, (c, q, ch) in enumerate(
        (c, q, ch) for c in (1, 2, 3) for q in RQS for ch in CH)}
    s = polygraph.score(exam("federal_7", rule, cells))
    assert -81 <= s.grand_total <= 81 and s.computed is not None  # 27 cells × ±3
    better = {k: min(3, v + 1) for k, v in cells.items()}  # raising every score never makes it worse
    order = {ExamResult.DI: 0, ExamResult.INC: 1, ExamResult.NDI: 2}
    assert order[polygraph.score(exam("federal_7", rule, better)).computed] >= order[s.computed]
