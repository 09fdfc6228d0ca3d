"""The details mutation testing asked for: the rule hash format, rule sets from HQ with and
without their own formats and policy, display names, the scored exam's JSON, and the
steps of the pipeline other than the exams."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.domain import content, decision_rules, exam_formats, polygraph, rulesets, workflow
from app.domain.enums import Channel, CheckKind, CheckResult, DecisionOutcome, ExamResult, QuestionType, Stage
from app.domain.examiners import aggregate
from app.domain.model import (
    Application,
    BackgroundCheck,
    Decision,
    Dossier,
    Interview,
    Person,
    PolygraphExam,
    Question,
    Score,
)
from tests.polygraph_helpers import fresh_rule_caches

AT = datetime(2026, 5, 1, tzinfo=UTC)


def needed(d: Dossier) -> list[int]:
    return workflow.required_exams(d, workflow.requirements())
CHANNELS = (Channel.PNEUMO, Channel.EDA, Channel.CARDIO)


@pytest.fixture(autouse=True)
def _fresh_rules():  # type: ignore[no-untyped-def]
    fresh_rule_caches()
    yield
    fresh_rule_caches()


def install(doc: dict[str, Any], kind: str = "polygraph") -> None:
    content.install([("rules", kind, doc)])


def test_the_rule_hash_format_is_fixed() -> None:
    """Changing it would make every stored exam's rule unknown: pinned here."""
    assert rulesets.hash_of(rulesets.snapshot("federal_zct")) == \
        "678834892701207ae19f71d6625e72b221a64a58a275b2dbe25b42a0e3d17e15"
    assert rulesets.hash_of({"name": "правило", "kind": "grand_total", "ndi": 6, "di": -6}) == \
        "01b4100113a4cec24aff552fcf6be5fb885dd00c4c46a879bf61132ccc5eaaf9"
    assert rulesets.hash_of({"ndi": 6, "name": "x", "hash": "ignored", "label": "ignored"}) == \
        rulesets.hash_of({"name": "x", "ndi": 6})


def test_the_known_rule_index_is_built_once_per_rule_set() -> None:
    first = rulesets.known()
    assert rulesets.known() is first
    install(copy.deepcopy(rulesets.shipped()))
    assert rulesets.known() is not first


def test_an_installed_rule_set_decides_and_shipped_rules_stay_known() -> None:
    doc = copy.deepcopy(rulesets.shipped())
    del doc["rules"]["utah"], doc["formats"], doc["fit_policy"]
    install(doc)
    assert rulesets.trust(polygraph.rule_snapshot("federal_zct"), "federal_7", "").status == rulesets.CURRENT
    shipped_utah = {**rulesets.shipped()["rules"]["utah"], "name": "utah"}
    assert rulesets.trust(shipped_utah, "federal_7", "").status == rulesets.EARLIER
    assert rulesets.formats() == rulesets.shipped()["formats"]  # none of its own: the shipped ones
    assert rulesets.fit_policy() == "refuse"
    doc["formats"] = {"only": {**rulesets.shipped()["formats"]["you_phase"]}}
    doc["fit_policy"] = {"exam_type": "warn"}
    install(doc)
    assert list(rulesets.formats()) == ["only"] and rulesets.fit_policy() == "warn"
    install({**doc, "fit_policy": {"source": "no policy given"}})
    assert rulesets.fit_policy() == "refuse"


def test_display_names_by_language() -> None:
    rule = rulesets.current()["rules"]["krapohl_2005"]
    assert rulesets.display(rule, "uk") == "Крапол 2005: загальна сума −6 / +4, потім окреме запитання −3"
    assert rulesets.display(rule, "en") == "Krapohl 2005: grand total −6 / +4, then spot −3"
    assert rulesets.display({"label": "Only English"}, "uk") == "Only English"
    assert rulesets.display({}, "en") == ""


def exam(rule: dict[str, Any], value: int, **extra: Any) -> PolygraphExam:
    rqs = ("R1", "R2")
    questions = [Question(q, QuestionType.RELEVANT) for q in rqs]
    fields: dict[str, Any] = {"scores": [Score(c, q, ch, value) for c in (1, 2, 3) for q in rqs for ch in CHANNELS]}
    fields.update(extra)
    return PolygraphExam(number=1, questions=questions, rule=rule, **fields)


def test_scored_exam_json_in_full() -> None:
    e = exam(polygraph.rule_snapshot("federal_you_phase"), 1, method="federal_7", result=ExamResult.INC)
    s = polygraph.score(e)
    assert s.current_default is None and s.rule_label_uk.startswith("Федеральний You-Phase")
    assert s.to_json() == {
        "method": "federal_7", "rule": "federal_you_phase", "rule_label": "Federal You-Phase: grand total ±4, spot −3",
        "rule_status": "current", "rule_verified": True, "parameters": {},
        "cutscores": {"ndi": 4, "di": -4, "subtotal_di": -3}, "subtotals": {"R1": 9, "R2": 9}, "grand_total": 18,
        "computed_result": "NDI", "stated_result": "INC", "disagrees": True, "reason": "grand total +18 ≥ +4",
        "problems": [], "warnings": [], "current_default": None, "note": polygraph.NRC_NOTE}
    unscored = polygraph.score(exam({}, 1, charts=2))
    assert unscored.to_json()["computed_result"] is None and unscored.to_json()["stated_result"] is None
    assert unscored.method == "federal_7"  # no method recorded: the federal 7-position scale
    assert unscored.reason == "not computed: 2 charts: the process needs 3 to 5"
    old = {**rulesets.shipped()["retired_rules"]["federal_grand_total"], "name": "federal_grand_total"}
    earlier = polygraph.score(exam(old, -1, method="federal_7", charts=2, scores=[]))
    assert earlier.current_default == polygraph.Opinion(
        "federal_zct", "Federal ZCT: grand total ±6, spot −3", "Федеральний ZCT: загальна сума ±6, окреме запитання −3",
        None, "not computed: 2 charts: the process needs 3 to 5; 12 score(s) missing, first: chart 1, R1, pneumo")
    assert earlier.current_default.to_json() == {
        "rule": "federal_zct", "rule_label": "Federal ZCT: grand total ±6, spot −3", "result": None,
        "reason": earlier.current_default.reason}


def test_a_missing_cell_on_the_first_chart_is_named() -> None:
    e = exam(polygraph.rule_snapshot("federal_zct"), 1, method="federal_7")
    e.scores = [s for s in e.scores if (s.chart, s.question, s.channel.value) != (1, "R2", "eda")]
    assert polygraph.score(e).problems == ("1 score(s) missing, first: chart 1, R2, eda",)


def test_an_unknown_rule_warning_comes_before_a_misfit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rulesets, "fit_policy", lambda: "warn")
    forged = {**polygraph.rule_snapshot("essm_multi_issue"), "di_any": -99}
    s = polygraph.score(exam(forged, 1, method="ess", format="federal_zct", scores=[
        Score(c, q, ch, 1) for c in (1, 2, 3) for q in ("R1", "R2") for ch in CHANNELS]))
    assert s.rule_name == "essm_multi_issue" and s.unknown_rule
    assert [w[:30] for w in s.warnings] == ["scored with an unknown rule: t", "the decision rule does not fit"]


def test_a_channel_without_a_weight_counts_once() -> None:
    doc = copy.deepcopy(rulesets.shipped())
    doc["methods"]["ess"]["weights"] = {"pneumo": 1, "eda": 2, "cardio": 1}  # "other" not weighted
    install(doc)
    e = exam(polygraph.rule_snapshot("essm_single_issue"), 0, method="ess")
    e.scores.append(Score(1, "R1", Channel.OTHER, 1))
    assert polygraph.totals(e) == ({"R1": 1, "R2": 0}, 1)


def test_cutscores_of_each_kind() -> None:
    assert decision_rules.cutscores(rulesets.snapshot("senter_two_stage")) == {
        "ndi": 6, "di": -6, "subtotal_di": -3, "subtotal_ndi": 1}
    assert decision_rules.cutscores({"kind": "made_up", "ndi": 3}) == {}
    with pytest.raises(ValueError, match=r"^no relevant questions$"):
        decision_rules.decide(rulesets.snapshot("utah"), {}, 0)


def test_zone_rules_say_how_positive_every_spot_must_be() -> None:
    lenient = {**rulesets.snapshot("federal_zct"), "ndi_spots_min": 0}
    assert decision_rules.decide(lenient, {"R1": 6, "R2": 0}, 6).result is ExamResult.NDI
    assert decision_rules.decide(rulesets.snapshot("federal_zct"), {"R1": 6, "R2": 0}, 6).result is ExamResult.INC
    strict = {**lenient, "ndi_spots_min": 2}
    assert decision_rules.decide(strict, {"R1": 5, "R2": 1}, 6).result is ExamResult.INC
    assert decision_rules.decide(strict, {"R1": 4, "R2": 2}, 6).result is ExamResult.NDI


def test_formats_and_copies_set_every_field() -> None:
    with pytest.raises(KeyError, match="no exam format 'nope'"):
        exam_formats.fmt("nope")
    filled = exam_formats.apply_format(PolygraphExam(number=1, charts=5, method="ess"), "dlst_tes")
    assert (filled.charts, filled.method, filled.rule["name"]) == (3, "federal_7", "tes")
    first = exam_formats.apply_format(PolygraphExam(number=1), "afmgqt")
    copied = exam_formats.copy_from(PolygraphExam(number=2, method="federal_7"), first)
    assert (copied.method, copied.rule, copied.format) == ("ess", first.rule, "afmgqt")
    retired = {**rulesets.shipped()["retired_rules"]["ess_multi_issue"], "name": "ess_multi_issue"}
    older = PolygraphExam(number=1, method="ess", format="afmgqt", rule=retired)
    assert exam_formats.copy_from(PolygraphExam(number=2), older).rule == rulesets.snapshot("essm_multi_issue")


def test_examiner_counts_add_up() -> None:
    (s,) = aggregate([("Bravo", "NDI", "DI", "unknown", True), ("Bravo", "NDI", "INC", "unknown", True),
                      ("Bravo", "NDI", "NDI", "current", False)])
    assert (s.exams, s.sealed, s.unknown_rules, s.compared, s.disagreements) == (3, 2, 2, 3, 2)
    assert s.share("NDI") == 1.0 and s.share("BOGUS") == 0.0


# -- the pipeline's other steps ----------------------------------------------------------------------
def case(**kw: Any) -> Dossier:
    base: dict[str, Any] = {
        "application": Application(date(2026, 4, 1), "Прошу прийняти."),
        "interviews": [Interview("screening", sealed_by="Alpha", sealed_at=AT)],
        "checks": [BackgroundCheck(CheckKind.SECURITY_SERVICE, result=CheckResult.NO_RECORD)],
        "polygraph_exams": [PolygraphExam(n, result=ExamResult.NDI, sealed_by="X", sealed_at=AT) for n in (1, 2)]}
    base.update(kw)
    return Dossier(Person("А", "Б"), **base)


def missing(d: Dossier) -> dict[str, tuple[str, ...]]:
    return {s.key: s.missing for s in workflow.step_statuses(d) if s.missing}


def rules(**decision: Any) -> None:
    doc = copy.deepcopy(workflow.rules_file())
    doc["decision_requires"].update(decision)
    install(doc, "workflow")


def test_steps_before_the_exams() -> None:
    assert missing(case()) == {"decision": ("a recorded decision",), "sent_to_hq": ("case file sent to HQ",)}
    assert missing(case(application=None))["application"] == ("written application text",)
    assert missing(case(application=Application(text="  ")))["application"] == ("written application text",)
    assert missing(case(interviews=[]))["interview"] == ("at least one interview",)
    assert missing(case(interviews=[Interview("screening")]))["interview"] == ("at least one sealed interview",)
    assert missing(case(checks=[]))["checks"] == ("at least one background check",)
    pending = BackgroundCheck(CheckKind.OPEN_SOURCES)
    assert missing(case(checks=[pending]))["checks"] == ("open_sources check is pending",)
    half = BackgroundCheck(CheckKind.OPEN_SOURCES, waived_by="Alpha")
    assert missing(case(checks=[half]))["checks"] == ("open_sources check is pending",)  # no reason given
    waived = BackgroundCheck(CheckKind.OPEN_SOURCES, waived_by="Alpha", waiver_reason="Немає доступу до джерел.")
    assert "checks" not in missing(case(checks=[waived]))
    reasoned = BackgroundCheck(CheckKind.OPEN_SOURCES, waiver_reason="Без підпису керівника.")
    assert "checks" in missing(case(checks=[reasoned]))
    rules(written_application=False, checks_resolved_or_waived=False, sealed_interviews=2)
    d = case(application=None, checks=[pending])
    assert missing(d)["interview"] == ("at least one sealed interview",)
    assert "application" not in missing(d) and "checks" not in missing(d)


def test_where_a_case_stands() -> None:
    sent = datetime(2026, 6, 1, tzinfo=UTC)
    rejected = Decision(DecisionOutcome.REJECT)
    assert workflow.current_step(case(decision=rejected, sent_to_hq_at=sent)) is None
    assert workflow.current_stage(case(decision=rejected, sent_to_hq_at=sent)) is Stage.CLOSED
    assert workflow.current_stage(case(decision=rejected)) is Stage.SENT_TO_HQ
    assert workflow.current_stage(case(sent_to_hq_at=sent)) is Stage.DECISION
    accepted = case(decision=Decision(DecisionOutcome.ACCEPT), sent_to_hq_at=sent, checks=[])
    assert workflow.current_stage(accepted) is Stage.CHECKS  # only a rejection closes over open steps
    assert workflow.current_stage(case(decision=Decision(DecisionOutcome.ACCEPT), sent_to_hq_at=sent)) is Stage.CLOSED


def test_numbering_and_limits_of_exams() -> None:
    rules(sealed_exams=0)
    assert workflow.next_exam_number(case(polygraph_exams=[])) == 1
    assert workflow.next_exam_number(case()) == 3
    doc = copy.deepcopy(workflow.rules_file())
    doc["polygraph_exams"] = {"pairs": [{"exams": [1, 2], "if_discordant": 3}], "max": 3}
    install(doc, "workflow")
    discordant = case()
    discordant.polygraph_exams[1].result = ExamResult.DI
    assert needed(discordant) == [1, 2, 3]  # the maximum is inclusive
    doc["polygraph_exams"] = {"pairs": [{"exams": [1, 2], "if_discordant": 6}]}
    install(doc, "workflow")
    assert workflow.requirements().max_exams == 5 and needed(discordant) == [1, 2]


@pytest.mark.parametrize(("text", "enough"), [
    ("Чекаємо на друге опитування.", True), ("Один два три чотирирічний", True), ("один два три чотири", False),
    ("Три слова лише тут, досить довгі", True), ("Лише три слова", False),
    ("Три довгих-предовгих-предовгих слова", False), ("a b c defghijklmnop", False),
    ("a b c defghijklmnopq", True)])  # 19 and 20 characters
def test_a_rationale_is_at_least_a_sentence(text: str, enough: bool) -> None:
    assert workflow.is_sentence(text) is enough


def test_every_essm_alpha_pair_is_known_and_sets_without_retired_rules_work() -> None:
    for params in ({"prior": 0.5, "alpha_di": 0.05, "alpha_ndi": 0.10}, {"prior": 0.1, "alpha_di": 0.10,
                                                                         "alpha_ndi": 0.01}):
        snap = rulesets.snapshot("essm_single_issue", params)
        assert rulesets.trust(snap, "ess", "").status == rulesets.CURRENT, params
    doc = copy.deepcopy(rulesets.shipped())
    del doc["retired_rules"]
    install(doc)
    assert rulesets.trust(rulesets.snapshot("utah"), "federal_7", "").status == rulesets.CURRENT


def test_a_known_rule_for_another_method_is_refused() -> None:
    s = polygraph.score(exam(polygraph.rule_snapshot("federal_zct"), 1, method="ess"))
    assert s.rule_status == rulesets.CURRENT and s.computed is None
    assert s.problems == ("the decision rule is not for this scoring method",) and s.warnings == ()
    misfit = polygraph.score(exam(polygraph.rule_snapshot("essm_multi_issue"), 1, method="ess", format="utah_zct"))
    assert misfit.warnings == () and misfit.problems == (
        "the decision rule does not fit the format: a multi-issue rule on a single-issue exam",)


def test_the_unknown_rule_warning_in_full_and_the_formats_default_beside_it() -> None:
    forged = {**polygraph.rule_snapshot("essm_multi_issue"), "ndi_all": -9}
    s = polygraph.score(exam(forged, 1, method="ess", format="afmgqt"))
    assert s.warnings == ("scored with an unknown rule: the stored cutscores are not one the vault knows, so the "
                          "stated result needs review",)
    assert s.current_default is not None and s.current_default.rule_name == "essm_multi_issue"


def test_the_next_exam_fills_a_gap_first() -> None:
    d = case(polygraph_exams=[PolygraphExam(1, result=ExamResult.NDI), PolygraphExam(3)])
    assert workflow.next_exam_number(d) == 2
