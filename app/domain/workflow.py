"""Where a case stands in the process, and what each step still needs.

The pipeline is Application → Interview → Background checks → Polygraph 1 … n →
Decision → Sent to HQ. The current stage is the first step that is not complete.
Which exams are steps comes from resources/rules/workflow.json: the exams a
decision needs (two by default), every exam recorded, and the exam a discordant
pair calls for (exams 1 and 2 disagree → exam 3). A polygraph step is the stage
`polygraph` with its exam number (`StepStatus.exam`; stored as applicants.stage
and applicants.stage_exam).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.domain import msg, registry
from app.domain.enums import CheckResult, DecisionOutcome, Stage
from app.domain.model import BackgroundCheck, Dossier, PolygraphExam
from app.domain.polygraph import compare
from app.resources import resource_path

MAX_EXAMS = 9  # the interchange format's limit


@dataclass(frozen=True)
class StepStatus:
    stage: Stage
    missing: tuple[str, ...]
    exam: int = 0  # the exam number of a polygraph step

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def key(self) -> str:
        """`polygraph_3` for a polygraph step, else the stage value (due days, computed JSON)."""
        return f"{self.stage.value}_{self.exam}" if self.exam else self.stage.value


def _exam_missing(d: Dossier, number: int) -> tuple[str, ...]:
    exam = next((e for e in d.polygraph_exams if e.number == number), None)
    if exam is None:
        return (msg.text("err.exam_not_recorded", number),)
    if exam.result is None:
        return (msg.text("err.exam_no_result", number),)
    if not exam.sealed_by:
        return (msg.text("err.exam_not_sealed", number),)
    return ()


def _check_open(c: BackgroundCheck) -> bool:
    return c.result == CheckResult.PENDING and not (c.waived_by and c.waiver_reason.strip())


@dataclass(frozen=True)
class ExamPair:
    first: int
    second: int
    if_discordant: int = 0  # the exam a discordant pair calls for (0: none)


@dataclass(frozen=True)
class DecisionRequirements:
    """What a case needs before accept or reject (resources/rules/workflow.json)."""

    written_application: bool = True
    sealed_interviews: int = 1
    checks_resolved_or_waived: bool = True
    sealed_exams: tuple[int, ...] = (1, 2)
    pairs: tuple[ExamPair, ...] = (ExamPair(1, 2, 3),)
    max_exams: int = 5


@cache
def _shipped_rules() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("rules", "workflow.json").read_text("utf-8"))
    return data


def rules_file() -> dict[str, Any]:
    """The workflow rules: from an installed HQ update package, else resources/rules/workflow.json."""
    installed: dict[str, Any] | None = registry.installed("rules", "workflow")
    return installed or _shipped_rules()


def requirements() -> DecisionRequirements:
    doc = rules_file()
    raw = doc["decision_requires"]
    sealed = raw["sealed_exams"]  # a count (exams 1…n), or (older rule files) the exam numbers
    numbers = tuple(range(1, int(sealed) + 1)) if isinstance(sealed, int) else tuple(int(n) for n in sealed)
    exams = doc.get("polygraph_exams") or {"pairs": [{"exams": [1, 2], "if_discordant": 3}]}
    pairs = tuple(ExamPair(int(p["exams"][0]), int(p["exams"][1]), int(p.get("if_discordant") or 0))
                  for p in exams["pairs"])
    return DecisionRequirements(bool(raw["written_application"]), int(raw["sealed_interviews"]),
                                bool(raw["checks_resolved_or_waived"]), numbers, pairs,
                                min(MAX_EXAMS, int(exams.get("max", 5))))


def discordant_pairs(d: Dossier, req: DecisionRequirements) -> list[tuple[ExamPair, list[str]]]:
    """The named pairs whose exams both have a result and disagree (or one is INC/NO)."""
    by_number: dict[int, PolygraphExam] = {e.number: e for e in d.polygraph_exams}
    out = []
    for pair in req.pairs:
        a, b = by_number.get(pair.first), by_number.get(pair.second)
        if a is not None and b is not None and a.result is not None and b.result is not None:
            found = compare(a, b)
            if found.discordant:
                out.append((pair, found.reasons))
    return out


def required_exams(d: Dossier, req: DecisionRequirements) -> list[int]:
    """The exam numbers that are steps of this case, in order."""
    called = set(req.sealed_exams) | {p.if_discordant for p, _ in discordant_pairs(d, req)}
    return sorted({n for n in called if 1 <= n <= req.max_exams} | {e.number for e in d.polygraph_exams})


def step_statuses(d: Dossier) -> list[StepStatus]:
    req = requirements()
    app = d.application
    steps = [
        StepStatus(Stage.APPLICATION, () if (app and app.text.strip()) or not req.written_application
                   else (msg.text("err.missing_application"),)),
        StepStatus(Stage.INTERVIEW, () if sum(1 for iv in d.interviews if iv.sealed_by) >= req.sealed_interviews
                   else (msg.text("err.missing_sealed_interview" if d.interviews else "err.missing_interview"),)),
        StepStatus(Stage.CHECKS, (msg.text("err.missing_check"),) if not d.checks else tuple(
            msg.text("err.check_pending", c.kind.value)
            for c in d.checks if _check_open(c) and req.checks_resolved_or_waived)),
    ]
    steps += [StepStatus(Stage.POLYGRAPH, _exam_missing(d, n), n) for n in required_exams(d, req)]
    steps.append(StepStatus(Stage.DECISION, () if d.decision else (msg.text("err.missing_decision"),)))
    steps.append(StepStatus(Stage.SENT_TO_HQ, () if d.sent_to_hq_at else (msg.text("err.missing_sent"),)))
    return steps


def missing_before_decision(d: Dossier) -> list[str]:
    """What must be complete before accept or reject can be recorded (the stage guard)."""
    return [m for s in step_statuses(d) if s.stage not in (Stage.DECISION, Stage.SENT_TO_HQ) for m in s.missing]


def is_sentence(text: str) -> bool:
    """At least a sentence: four words and twenty characters."""
    return len(text.split()) >= 4 and len(text.strip()) >= 20


def current_step(d: Dossier) -> StepStatus | None:
    """The first step that is not complete (None: the case is closed)."""
    if d.decision and d.decision.outcome == DecisionOutcome.REJECT and d.sent_to_hq_at:
        return None
    return next((s for s in step_statuses(d) if not s.complete), None)


def current_stage(d: Dossier) -> Stage:
    step = current_step(d)
    return step.stage if step else Stage.CLOSED


def stage_exam(d: Dossier) -> int | None:
    """The exam number when the case waits for a polygraph exam."""
    step = current_step(d)
    return step.exam if step and step.exam else None


def next_exam_number(d: Dossier) -> int:
    """The number a newly recorded exam gets: the lowest step not yet recorded, else one more."""
    recorded = {e.number for e in d.polygraph_exams}
    open_steps = [n for n in required_exams(d, requirements()) if n not in recorded]
    return open_steps[0] if open_steps else max(recorded, default=0) + 1
