"""Any number of polygraph exams in the pipeline: the exams a decision needs, the pairs
compared, and the third exam a discordant pair calls for."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.domain import content, flags, workflow
from app.domain.enums import CheckKind, CheckResult, ExamResult, Stage
from app.domain.model import Application, BackgroundCheck, Dossier, Interview, Person, PolygraphExam
from tests.polygraph_helpers import fresh_rule_caches

AT = datetime(2026, 5, 1, tzinfo=UTC)


def needed(d: Dossier) -> list[int]:
    return workflow.required_exams(d, workflow.requirements())


@pytest.fixture(autouse=True)
def _fresh_rules() -> None:
    fresh_rule_caches()



def case(*exams: PolygraphExam) -> Dossier:
    return Dossier(Person("Шевчук", "Олег"), application=Application(date(2026, 4, 1), "Прошу прийняти."),
                   interviews=[Interview("screening", sealed_by="Alpha", sealed_at=AT)],
                   checks=[BackgroundCheck(CheckKind.SECURITY_SERVICE, result=CheckResult.NO_RECORD)],
                   polygraph_exams=list(exams))


def ex(n: int, result: ExamResult | None, examiner: str = "", sealed: bool = True) -> PolygraphExam:
    return PolygraphExam(number=n, examiner=examiner or f"Examiner{n}", held_on=date(2026, 4, 10 + n),
                         result=result, sealed_by=(examiner or f"Examiner{n}") if sealed else "",
                         sealed_at=AT if sealed else None)


def steps(d: Dossier) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.key, s.missing) for s in workflow.step_statuses(d)]


def with_rules(change: dict[str, Any]) -> None:
    doc = {**workflow.rules_file(), **change}
    content.install([("rules", "workflow", doc)])


@pytest.fixture(autouse=True)
def _shipped_rules():  # type: ignore[no-untyped-def]
    content.install([])
    yield
    content.install([])


def test_two_agreeing_sealed_exams_lead_to_the_decision() -> None:
    d = case(ex(1, ExamResult.NDI), ex(2, ExamResult.NDI))
    assert [k for k, _ in steps(d)] == ["application", "interview", "checks", "polygraph_1", "polygraph_2",
                                        "decision", "sent_to_hq"]
    assert workflow.current_stage(d) is Stage.DECISION and workflow.stage_exam(d) is None
    assert workflow.missing_before_decision(d) == [] and workflow.next_exam_number(d) == 3


def test_each_exam_step_says_what_it_lacks() -> None:
    d = case(ex(1, None, sealed=False))
    assert steps(d)[3:5] == [("polygraph_1", ("polygraph exam 1 has no result",)),
                             ("polygraph_2", ("polygraph exam 2 not recorded",))]
    d.polygraph_exams[0].result = ExamResult.NDI
    assert steps(d)[3] == ("polygraph_1", ("polygraph exam 1 is not sealed",))
    assert workflow.current_step(d) == workflow.StepStatus(Stage.POLYGRAPH, ("polygraph exam 1 is not sealed",), 1)
    assert workflow.next_exam_number(d) == 2


@pytest.mark.parametrize("second", [ExamResult.DI, ExamResult.INC, ExamResult.NO])
def test_a_discordant_pair_makes_a_third_exam_the_next_step(second: ExamResult) -> None:
    d = case(ex(1, ExamResult.NDI), ex(2, second))
    assert needed(d) == [1, 2, 3]
    assert workflow.current_step(d) == workflow.StepStatus(Stage.POLYGRAPH, ("polygraph exam 3 not recorded",), 3)
    assert workflow.stage_exam(d) == 3 and workflow.next_exam_number(d) == 3
    assert "polygraph exam 3 not recorded" in workflow.missing_before_decision(d)
    codes = {f.code: f for f in flags.compute(d, date(2026, 4, 20))}
    assert codes["polygraph_discordance"].message.endswith(": exam 3 or further investigation.")
    d.polygraph_exams.append(ex(3, ExamResult.NDI))
    assert workflow.current_stage(d) is Stage.DECISION
    pair_flags = [f for f in flags.compute(d, date(2026, 4, 20)) if f.code == "polygraph_pair_differs"]
    assert [f.args[:2] for f in pair_flags] == [("2", "3")]  # 1 and 3 agree; 2 and 3 do not: no fourth exam


def test_discordance_counts_only_once_both_exams_have_a_result() -> None:
    d = case(ex(1, ExamResult.NDI), ex(2, None, sealed=False))
    assert needed(d) == [1, 2]
    d.polygraph_exams[1].result = ExamResult.DI  # a result, not yet sealed: exam 3 is already called for
    assert needed(d) == [1, 2, 3] and workflow.stage_exam(d) == 2


def test_both_inconclusive_is_discordant_too() -> None:
    d = case(ex(1, ExamResult.INC), ex(2, ExamResult.INC))
    assert needed(d) == [1, 2, 3]
    assert workflow.discordant_pairs(d, workflow.requirements())[0][1] == ["exam 1 is INC", "exam 2 is INC"]


def test_every_recorded_exam_is_a_step() -> None:
    d = case(ex(1, ExamResult.NDI), ex(2, ExamResult.NDI), ex(4, None, sealed=False))
    assert needed(d) == [1, 2, 4] and workflow.stage_exam(d) == 4
    assert workflow.next_exam_number(d) == 5


def test_the_rules_file_names_how_many_exams_and_which_pairs() -> None:
    d = case(ex(1, ExamResult.NDI), ex(2, ExamResult.DI))
    with_rules({"polygraph_exams": {"pairs": [{"exams": [1, 2]}], "max": 5}})  # compared, no third exam
    assert needed(d) == [1, 2] and workflow.current_stage(d) is Stage.DECISION
    assert {f.code for f in flags.compute(d, date(2026, 4, 20))} >= {"polygraph_pair_differs"}
    with_rules({"polygraph_exams": {"pairs": [{"exams": [1, 2], "if_discordant": 3}], "max": 2}})
    assert needed(d) == [1, 2]  # above the maximum: never called for
    with_rules({"decision_requires": {**workflow.rules_file()["decision_requires"], "sealed_exams": 1},
                "polygraph_exams": {"pairs": [], "max": 5}})
    assert needed(case(ex(1, ExamResult.NDI))) == [1]
    with_rules({"decision_requires": {**workflow.rules_file()["decision_requires"], "sealed_exams": [1, 2]}})
    assert workflow.requirements().sealed_exams == (1, 2)  # the list form of older rule files
    with_rules({"decision_requires": {**workflow.rules_file()["decision_requires"], "sealed_exams": 3}})
    assert needed(case()) == [1, 2, 3]


def test_a_rules_file_without_exam_pairs_keeps_the_double_exam() -> None:
    doc = {k: v for k, v in workflow.rules_file().items() if k != "polygraph_exams"}
    content.install([("rules", "workflow", doc)])
    req = workflow.requirements()
    assert req.pairs == (workflow.ExamPair(1, 2, 3),) and req.max_exams == 5


def test_shipped_workflow_rules() -> None:
    req = workflow.requirements()
    assert req.sealed_exams == (1, 2) and req.max_exams == 5
    assert req.pairs == (workflow.ExamPair(1, 2, 3), workflow.ExamPair(1, 3), workflow.ExamPair(2, 3))


def test_independence_is_checked_for_every_named_pair() -> None:
    d = case(ex(1, ExamResult.NDI, "Bravo"), ex(2, ExamResult.INC, "Charlie"), ex(3, ExamResult.NDI, "bravo"))
    problems = [f.args[0] for f in flags.compute(d, date(2026, 4, 20)) if f.code == "polygraph_not_independent"]
    assert problems == ["exams 1 and 3 were given by the same examiner"]


def test_a_third_exam_step_can_be_overdue() -> None:
    d = case(ex(1, ExamResult.NDI), ex(2, ExamResult.DI))
    overdue = [f.args for f in flags.compute(d, date(2026, 7, 1)) if f.code == "overdue"]  # 91 days
    assert overdue == [("polygraph 3", "91", "90"), ("decision", "91", "75")]
    assert [f.args[0] for f in flags.compute(d, date(2026, 6, 30)) if f.code == "overdue"] == ["decision"]
