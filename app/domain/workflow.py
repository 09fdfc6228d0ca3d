"""Where a case stands in the process, and what each step still needs.

The pipeline is Application → Interview → Background checks → Polygraph 1 →
Polygraph 2 → Decision → Sent to HQ. The current stage is the first step that
is not complete. (Issue "vetting rules" adds sealing and supervisor rules on top.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.domain import content
from app.domain.enums import CheckResult, DecisionOutcome, Stage
from app.domain.model import BackgroundCheck, Dossier
from app.resources import resource_path

PIPELINE: tuple[Stage, ...] = (
    Stage.APPLICATION,
    Stage.INTERVIEW,
    Stage.CHECKS,
    Stage.POLYGRAPH_1,
    Stage.POLYGRAPH_2,
    Stage.DECISION,
    Stage.SENT_TO_HQ,
)


@dataclass(frozen=True)
class StepStatus:
    stage: Stage
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def _exam_missing(d: Dossier, number: int) -> tuple[str, ...]:
    exam = next((e for e in d.polygraph_exams if e.number == number), None)
    if exam is None:
        return (f"polygraph exam {number} not recorded",)
    if exam.result is None:
        return (f"polygraph exam {number} has no result",)
    if not exam.sealed_by:
        return (f"polygraph exam {number} is not sealed",)
    return ()


def _check_open(c: BackgroundCheck) -> bool:
    return c.result == CheckResult.PENDING and not (c.waived_by and c.waiver_reason.strip())


@dataclass(frozen=True)
class DecisionRequirements:
    """What a case needs before accept or reject (resources/rules/workflow.json)."""

    written_application: bool = True
    sealed_interviews: int = 1
    checks_resolved_or_waived: bool = True
    sealed_exams: tuple[int, ...] = (1, 2)


@cache
def _shipped_rules() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("rules", "workflow.json").read_text("utf-8"))
    return data


def rules_file() -> dict[str, Any]:
    """The workflow rules: from an installed HQ update package, else resources/rules/workflow.json."""
    installed: dict[str, Any] | None = content.installed("rules", "workflow")
    return installed or _shipped_rules()


def requirements() -> DecisionRequirements:
    raw = rules_file()["decision_requires"]
    return DecisionRequirements(bool(raw["written_application"]), int(raw["sealed_interviews"]),
                                bool(raw["checks_resolved_or_waived"]), tuple(int(n) for n in raw["sealed_exams"]))


def step_statuses(d: Dossier) -> list[StepStatus]:
    req = requirements()
    app = d.application
    missing: dict[Stage, tuple[str, ...]] = {
        Stage.APPLICATION: ()
        if (app and app.text.strip()) or not req.written_application
        else ("written application text",),
        Stage.INTERVIEW: () if sum(1 for iv in d.interviews if iv.sealed_by) >= req.sealed_interviews else (
            ("at least one interview",) if not d.interviews else ("at least one sealed interview",)),
        Stage.CHECKS: (
            ("at least one background check",)
            if not d.checks
            else tuple(f"{c.kind.value} check is pending" for c in d.checks
                       if _check_open(c) and req.checks_resolved_or_waived)
        ),
        Stage.POLYGRAPH_1: _exam_missing(d, 1) if 1 in req.sealed_exams else (),
        Stage.POLYGRAPH_2: _exam_missing(d, 2) if 2 in req.sealed_exams else (),
        Stage.DECISION: () if d.decision else ("a recorded decision",),
        Stage.SENT_TO_HQ: () if d.sent_to_hq_at else ("case file sent to HQ",),
    }
    return [StepStatus(s, missing[s]) for s in PIPELINE]


def missing_before_decision(d: Dossier) -> list[str]:
    """What must be complete before accept or reject can be recorded (the stage guard)."""
    return [m for s in step_statuses(d) if s.stage not in (Stage.DECISION, Stage.SENT_TO_HQ) for m in s.missing]


def is_sentence(text: str) -> bool:
    """At least a sentence: four words and twenty characters."""
    return len(text.split()) >= 4 and len(text.strip()) >= 20


def current_stage(d: Dossier) -> Stage:
    if d.decision and d.decision.outcome == DecisionOutcome.REJECT and d.sent_to_hq_at:
        return Stage.CLOSED
    for status in step_statuses(d):
        if not status.complete:
            return status.stage
    return Stage.CLOSED
