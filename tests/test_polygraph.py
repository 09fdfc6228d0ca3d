"""Polygraph scoring: weights, validation, trusted rules, formats and the comparison of two exams.
(Every decision rule is worked at and around its cutscores in test_decision_rules.py and test_essm.py.)"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import content, exam_formats, flags, polygraph, rulesets
from app.domain.enums import Channel, ExamResult, QuestionType
from app.domain.model import Dossier, Person, PolygraphExam, Question, Score
from tests.polygraph_helpers import fresh_rule_caches

RQS = ("R1", "R2", "R3")
CH = (Channel.PNEUMO, Channel.EDA, Channel.CARDIO)


@pytest.fixture(autouse=True)
def _fresh_rules() -> None:
    fresh_rule_caches()



def exam(method: str, rule: str | dict[str, Any], cells: dict[tuple[int, str, Channel], int], charts: int = 3,
         result: ExamResult | None = None, rqs: tuple[str, ...] = RQS, fmt: str = "") -> PolygraphExam:
    questions = [Question("C1", QuestionType.COMPARISON)] + [Question(q, QuestionType.RELEVANT) for q in rqs]
    scores = [Score(c, q, ch, cells.get((c, q, ch), 0)) for c in range(1, charts + 1) for q in rqs for ch in CH]
    return PolygraphExam(number=1, questions=questions, charts=charts, scores=scores, method=method, format=fmt,
                         rule=polygraph.rule_snapshot(rule) if isinstance(rule, str) else rule, result=result)


def spread(total_by_q: dict[str, int], cell_max: int = 3) -> dict[tuple[int, str, Channel], int]:
    """Put each question's subtotal into its cells, at most `cell_max` per cell."""
    cells: dict[tuple[int, str, Channel], int] = {}
    for q, total in total_by_q.items():
        sign, left = (1 if total >= 0 else -1), abs(total)
        for c in range(1, 4):
            for ch in CH:
                take = min(left, cell_max)
                if take:
                    cells[(c, q, ch)] = sign * take
                    left -= take
    return cells


def test_subtotals_sum_every_chart_and_channel() -> None:
    cells = {(1, "R1", Channel.PNEUMO): 3, (2, "R1", Channel.EDA): -1, (3, "R1", Channel.CARDIO): 2,
             (3, "R3", Channel.EDA): -2}
    s = polygraph.score(exam("federal_7", "federal_zct", cells))
    assert s.subtotals == {"R1": 4, "R2": 0, "R3": -2} and s.grand_total == 2
    assert s.computed is ExamResult.INC and s.rule_status == rulesets.CURRENT and s.verified_rule


def test_ess_weights_eda_twice() -> None:
    cells = {(1, "R1", Channel.EDA): 1, (2, "R1", Channel.EDA): 1, (1, "R2", Channel.PNEUMO): -1,
             (3, "R3", Channel.CARDIO): -1}
    s = polygraph.score(exam("ess", "essm_single_issue", cells))
    assert s.subtotals == {"R1": 4, "R2": -1, "R3": -1} and s.grand_total == 2
    assert s.computed is ExamResult.INC and s.verified_rule
    assert s.parameters == {"prior": 0.5, "alpha_di": 0.05, "alpha_ndi": 0.05}
    assert s.cutscores == {"ndi": 3, "di": -3, "subtotal_di": -7}
    deceptive = {(c, "R1", ch): -1 for c in (1, 2, 3) for ch in CH}  # R1: 3 × (-1 -2 -1) = -12
    deceptive.update({(c, "R2", Channel.EDA): 1 for c in (1, 2, 3)})  # R2: +6, R3: 0 -> total -6
    s = polygraph.score(exam("ess", "essm_single_issue", deceptive))
    assert s.grand_total == -6 and s.computed is ExamResult.DI and s.reason == "grand total -6 ≤ -3"


def test_scores_outside_the_exams_charts_or_questions_do_not_count() -> None:
    e = exam("federal_7", "federal_zct", spread({"R1": 2}))
    e.scores.append(Score(4, "R1", Channel.EDA, 3))  # a fourth chart on a three-chart exam
    e.scores.append(Score(1, "C1", Channel.EDA, 3))  # a comparison question is not scored
    s = polygraph.score(e)
    assert s.subtotals["R1"] == 2 and s.grand_total == 2


def test_missing_scores_chart_count_and_range_are_not_computed() -> None:
    e = exam("federal_7", "federal_zct", spread({"R1": 6, "R2": 0, "R3": 0}))
    e.scores = [s for s in e.scores if not (s.chart == 3 and s.question == "R3" and s.channel == Channel.CARDIO)]
    s = polygraph.score(e)
    assert s.computed is None and s.reason == "not computed: 1 score(s) missing, first: chart 3, R3, cardio"
    assert polygraph.score(exam("federal_7", "federal_zct", {}, charts=2)).problems == (
        "2 charts: the process needs 3 to 5",)
    assert polygraph.score(exam("federal_7", "federal_zct", {}, charts=5)).problems == ()
    assert polygraph.score(exam("federal_7", "federal_zct", {}, charts=6)).problems[0].startswith("6 charts")
    out_of_range = exam("three_position", "federal_zct", {(1, "R1", Channel.EDA): 2, (2, "R2", Channel.EDA): -2})
    assert polygraph.score(out_of_range).problems == ("chart 1, R1, eda: +2 is outside -1..+1",
                                                      "chart 2, R2, eda: -2 is outside -1..+1")
    assert polygraph.score(exam("federal_7", "federal_zct", {(1, "R1", Channel.EDA): 3})).problems == ()
    none = exam("federal_7", "federal_zct", {}, rqs=())
    assert polygraph.score(none).problems == ("no relevant questions",)


def test_computed_and_stated_disagreement() -> None:
    s = polygraph.score(exam("federal_7", "federal_zct", spread({"R1": -6}), result=ExamResult.NDI))
    assert s.computed is ExamResult.DI and s.disagrees
    assert not polygraph.score(exam("federal_7", "federal_zct", spread({"R1": -6}), result=ExamResult.DI)).disagrees
    assert not polygraph.score(exam("federal_7", "federal_zct", spread({"R1": -6}))).disagrees  # nothing stated
    j = s.to_json()
    assert j["note"].startswith("A polygraph result is a trigger") and j["disagrees"] is True
    assert (j["computed_result"], j["stated_result"], j["rule"], j["rule_status"]) == ("DI", "NDI", "federal_zct",
                                                                                      "current")
    assert j["rule_label"] == "Federal ZCT: grand total ±6, spot −3" and j["current_default"] is None


def test_an_old_exam_keeps_its_rule_and_shows_what_the_new_default_says() -> None:
    old = rulesets.shipped()["retired_rules"]["ess_single_issue"]
    snapshot = {k: v for k, v in old.items() if k != "retired"} | {"name": "ess_single_issue"}
    e = exam("ess", snapshot, {(1, "R1", Channel.EDA): -1, (1, "R2", Channel.PNEUMO): -1}, result=ExamResult.INC)
    s = polygraph.score(e)  # R1 -2 (EDA ×2), R2 -1: total -3
    assert s.grand_total == -3 and s.rule_status == rulesets.EARLIER
    assert s.computed is ExamResult.INC and s.cutscores["di"] == -4  # the rule it was scored with: -4
    assert not s.verified_rule  # that rule was never confirmed
    assert s.current_default is not None and s.current_default.rule_name == "essm_single_issue"
    assert (s.current_default.result, s.current_default.reason) == (ExamResult.DI, "grand total -3 ≤ -3")
    assert s.to_json()["current_default"]["result"] == "DI"


def test_an_exam_with_made_up_cutscores_is_scored_with_the_trusted_rule() -> None:
    """The attack of issue 14: an imported exam carrying `ndi: -50` and "verified": true."""
    forged = {**polygraph.rule_snapshot("federal_grand_total"), "ndi": -50, "di": -60, "verified": True}
    e = exam("federal_7", forged, spread({"R1": -9, "R2": -9, "R3": -9}), result=ExamResult.NDI)
    assert decision_rules_said(forged, e) is ExamResult.NDI  # what trusting the file would have said
    s = polygraph.score(e)
    assert s.grand_total == -27 and s.rule_status == rulesets.UNKNOWN and s.unknown_rule
    assert s.computed is ExamResult.DI and s.cutscores == {"ndi": 6, "di": -6} and not s.verified_rule
    assert s.warnings[0].startswith("scored with an unknown rule") and s.disagrees
    d = Dossier(Person("Тест", "Тест"), polygraph_exams=[e])
    codes = {f.code: f for f in flags.compute(d, date(2026, 1, 1))}
    assert codes["polygraph_unknown_rule"].severity == "red" and codes["polygraph_di"].severity == "red"
    assert codes["polygraph_unknown_rule"].message == "Exam 1 was scored with an unknown rule: its stated result " \
                                                      "(NDI) needs review."
    assert "polygraph_disagreement" in codes


def decision_rules_said(rule: dict[str, Any], e: PolygraphExam) -> ExamResult:
    from app.domain import decision_rules

    subtotals, total = polygraph.totals(e)
    return decision_rules.decide(rule, subtotals, total).result


@pytest.mark.parametrize("change", [
    {"ndi": 2}, {"di": -5}, {"verified": True}, {"kind": "two_stage", "subtotal_di": -3}, {"methods": ["ess"]},
    {"name": "krapohl_2005"}])
def test_any_change_to_what_decides_makes_a_rule_unknown(change: dict[str, Any]) -> None:
    base = polygraph.rule_snapshot("federal_spot")
    assert rulesets.trust(base, "federal_7", "").status == rulesets.CURRENT
    assert rulesets.trust({**base, **change}, "federal_7", "").status == rulesets.UNKNOWN


def test_words_about_a_rule_are_not_part_of_its_identity() -> None:
    base = polygraph.rule_snapshot("federal_zct")
    worded = {**base, "label": "Something else", "label_uk": "Інше", "source": "made up", "quote": "", "hash": "x"}
    found = rulesets.trust(worded, "federal_7", "")
    assert found.status == rulesets.CURRENT and found.rule["source"] == base["source"]  # shown from the vault's copy


def test_essm_parameters_must_give_the_stored_cutscores() -> None:
    rule = polygraph.rule_snapshot("essm_single_issue", {"prior": 0.25, "alpha_di": 0.01, "alpha_ndi": 0.05})
    assert rulesets.trust(rule, "ess", "").status == rulesets.CURRENT
    lying = {**rule, "parameters": {**rule["parameters"], "prior": 0.5}}  # cutscores of .25 claimed as .5
    found = rulesets.trust(lying, "ess", "")
    assert found.status == rulesets.UNKNOWN and found.rule["parameters"]["prior"] == 0.5  # default parameters
    assert found.rule["di"] == -3


def test_an_exam_without_a_rule_is_scored_with_its_formats_default() -> None:
    e = exam("ess", {"name": "grand_total", "ndi": 6}, spread({"R1": 1, "R2": 1, "R3": 1}, 1), fmt="afmgqt")
    s = polygraph.score(e)
    assert s.rule_status == rulesets.NONE and not s.unknown_rule and s.rule_name == "essm_multi_issue"
    assert s.computed is ExamResult.NDI and s.current_default is not None
    e.format = ""
    assert polygraph.score(e).rule_name == "essm_single_issue"  # no format: the method's default


def test_unknown_rule_name_falls_back_to_the_formats_rule() -> None:
    forged = {**polygraph.rule_snapshot("essm_single_issue"), "name": "lenient", "ndi": -99}
    found = rulesets.trust(forged, "federal_7", "you_phase")
    assert found.status == rulesets.UNKNOWN and found.rule["name"] == "federal_you_phase"


def test_rules_installed_from_hq_and_remembered_ones_are_known() -> None:
    installed = dict(rulesets.shipped())
    installed["rules"] = {**installed["rules"], "hq_rule": {**installed["rules"]["federal_zct"], "ndi": 5}}
    hq_rule = {**installed["rules"]["hq_rule"], "name": "hq_rule"}
    hq_rule.pop("parameters", None)
    try:
        content.install([("rules", "polygraph", installed)])
        assert rulesets.trust(hq_rule, "federal_7", "").status == rulesets.CURRENT
        content.install([])  # a later package no longer has it …
        assert rulesets.trust(hq_rule, "federal_7", "").status == rulesets.UNKNOWN
        rulesets.remember([installed])  # … but the vault remembers every set it installed
        assert rulesets.trust(hq_rule, "federal_7", "").status == rulesets.EARLIER
    finally:
        content.install([])
        rulesets.remember([])


def test_rule_set_checks_catch_what_the_schema_cannot() -> None:
    good = rulesets.shipped()
    assert rulesets.check_rule_set(good) == []
    bad = {**good, "rules": {**good["rules"], "broken": {"kind": "zone", "methods": ["nope"], "ndi": 1, "di": -1},
                             "essm_bad": {**good["rules"]["essm_multi_issue"],
                                          "essm": {"di_any": {"table": "ESSMs_nope", "alpha": "alpha_di"},
                                                   "ndi_all": {"table": "ESSMs_MI_NSR", "alpha": "alpha_ndi"}}}},
           "formats": {**good["formats"], "odd": {**good["formats"]["afmgqt"], "rule": "gone"}},
           "methods": {**good["methods"], "x": {**good["methods"]["ess"], "default_rule": "gone"}}}
    assert rulesets.check_rule_set(bad) == [
        "method 'x' names an unknown rule", "rule 'broken' has no subtotal_di, ndi_spots_min cutscore",
        "rule 'broken' names an unknown method",
        "rule 'essm_bad' names an ESS-M table or parameter that does not exist",
        "format 'odd' names an unknown rule or method"]


def test_formats_fill_the_question_list_with_a_fitting_rule() -> None:
    for name, f in rulesets.formats().items():
        qs = exam_formats.questions(name)
        labels = [q.label for q in qs]
        assert len(set(labels)) == len(labels), name
        assert sum(q.type == QuestionType.RELEVANT for q in qs) >= 2, name
        assert any(q.type == QuestionType.COMPARISON for q in qs), name
        rule = rulesets.current()["rules"][f["rule"]]
        assert rule["exam_type"] == f["exam_type"] and f["method"] in rule["methods"], name
        assert f["label"] and f["label_uk"] and 3 <= f["charts"] <= 5, name
    e = PolygraphExam(number=2, questions=[Question("R5", QuestionType.RELEVANT, "Чи передавали ви дані?")])
    filled = exam_formats.apply_format(e, "federal_zct")
    assert [q.label for q in filled.questions] == ["I1", "SR2", "SY3", "C4", "R5", "C6", "R7", "SY8", "C9", "R10"]
    assert filled.questions[4].text == "Чи передавали ви дані?" and filled.questions[5].text == ""
    assert (filled.format, filled.method, filled.rule["name"], filled.charts) == ("federal_zct", "federal_7",
                                                                                  "federal_zct", 3)
    screening = exam_formats.apply_format(e, "afmgqt")
    assert (screening.method, screening.rule["name"]) == ("ess", "essm_multi_issue")
    with pytest.raises(KeyError):
        exam_formats.apply_format(e, "nope")


def test_copy_from_the_previous_exam() -> None:
    first = exam_formats.apply_format(PolygraphExam(number=1), "afmgqt")
    first.questions[3].text = "Чи працюєте ви на іноземну розвідку?"
    first.rule = polygraph.rule_snapshot("essm_multi_issue", {"prior": 0.25, "alpha_di": 0.01, "alpha_ndi": 0.05})
    first.charts = 4
    copied = exam_formats.copy_from(PolygraphExam(number=3, examiner="Charlie"), first)
    assert copied.questions == first.questions and copied.questions is not first.questions
    assert (copied.number, copied.examiner, copied.format, copied.charts) == (3, "Charlie", "afmgqt", 4)
    assert copied.rule == first.rule
    first.rule = {"name": "forged", "kind": "subtotal", "ndi_all": -9, "di_any": -99}
    assert exam_formats.copy_from(PolygraphExam(number=3), first).rule["name"] == "essm_multi_issue"


def test_a_rule_that_does_not_fit_the_format_is_refused_or_warned(monkeypatch: pytest.MonkeyPatch) -> None:
    cells = spread({"R1": 3, "R2": 3, "R3": 3}, 1)
    e = exam("ess", "essm_multi_issue", cells, fmt="federal_zct")  # multi-issue rule, single-issue format
    s = polygraph.score(e)
    assert s.computed is None and s.problems == (
        "the decision rule does not fit the format: a multi-issue rule on a single-issue exam",)
    assert rulesets.fit_problems(polygraph.rule_snapshot("federal_zct"), "federal_7", "afmgqt") == [
        ("refuse", "the decision rule does not fit the format: a single-issue rule on a multi-issue exam")]
    assert rulesets.fit_problems(polygraph.rule_snapshot("federal_zct"), "ess", "") == [
        ("refuse", "the decision rule is not for this scoring method")]
    assert rulesets.fit_problems(polygraph.rule_snapshot("federal_zct"), "federal_7", "utah_zct") == []
    monkeypatch.setattr(rulesets, "fit_policy", lambda: "warn")
    s = polygraph.score(e)
    assert s.computed is ExamResult.NDI and s.warnings == (
        "the decision rule does not fit the format: a multi-issue rule on a single-issue exam",)
    codes = {f.code for f in flags.compute(Dossier(Person("А", "Б"), polygraph_exams=[e]), date(2026, 1, 1))}
    assert "polygraph_rule_misfit" in codes


def test_the_shipped_fit_policy_refuses() -> None:
    assert rulesets.fit_policy() == "refuse"


def test_double_exam_comparison_of_one_pair() -> None:
    a = PolygraphExam(number=1, examiner="Bravo", held_on=date(2026, 5, 1), result=ExamResult.NDI)
    b = PolygraphExam(number=3, examiner="bravo", held_on=date(2026, 5, 1), result=ExamResult.INC)
    c = polygraph.compare(a, b)
    assert c.discordant and c.reasons == ["results differ (NDI / INC)", "exam 3 is INC"]
    assert c.policy_problems == [("warn", "exams 1 and 3 were given by the same examiner"),
                                 ("warn", "exams 1 and 3 were held on the same day")]
    b2 = PolygraphExam(number=2, examiner="Charlie", held_on=date(2026, 5, 9), result=ExamResult.NDI)
    assert polygraph.compare(a, b2) == polygraph.ExamComparison(False, [], [])
    no_result = PolygraphExam(number=2, examiner="Charlie", held_on=date(2026, 5, 9))
    assert not polygraph.compare(a, no_result).discordant
    assert polygraph.compare(PolygraphExam(number=1, result=ExamResult.NO), b2).reasons == [
        "results differ (NO / NDI)", "exam 1 is NO"]
    assert polygraph.compare(PolygraphExam(number=1), PolygraphExam(number=2)).policy_problems == []


def test_an_off_policy_is_not_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    data = {**polygraph.rules_data(), "double_exam": {"different_examiners": "off", "different_days": "block"}}
    monkeypatch.setattr(polygraph, "rules_data", lambda: data)
    a = PolygraphExam(number=1, examiner="Bravo", held_on=date(2026, 5, 1))
    assert polygraph.compare(a, PolygraphExam(number=2, examiner="Bravo", held_on=date(2026, 5, 1))) \
        .policy_problems == [("block", "exams 1 and 2 were held on the same day")]


RULES = sorted(rulesets.current()["rules"])


@given(st.lists(st.integers(-1, 1), min_size=27, max_size=27), st.sampled_from(RULES))
@settings(max_examples=300, deadline=None)
def test_rules_are_monotone(values: list[int], rule: str) -> None:
    method = rulesets.current()["rules"][rule]["methods"][0]
    cells = {(c, q, ch): values[i] for i, (c, q, ch) in enumerate(
        (c, q, ch) for c in (1, 2, 3) for q in RQS for ch in CH)}
    s = polygraph.score(exam(method, rule, cells))
    assert s.computed is not None and abs(s.grand_total) <= 36  # 27 cells × ±1, EDA at most ×2
    better = {k: min(1, v + 1) for k, v in cells.items()}  # raising every score never makes it worse
    order = {ExamResult.DI: 0, ExamResult.INC: 1, ExamResult.NDI: 2}
    assert order[polygraph.score(exam(method, rule, better)).computed] >= order[s.computed]
