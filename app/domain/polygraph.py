"""Polygraph scoring as data: methods, decision rules with their cutscores, and
the comparison of the two exams the process requires.

Methods and rules live in resources/rules/polygraph.json, each with its source.
An exam stores the method and a full copy of the rule it was scored with
(`exam.rule`), so later changes to the defaults never change an old result.

Reminder carried into the UI and the PDF: in screening, a polygraph result is a
trigger for follow-up, not a verdict (National Research Council, The Polygraph
and Lie Detection, 2003).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.domain import content
from app.domain.enums import ExamResult, QuestionType
from app.domain.model import PolygraphExam
from app.resources import resource_path

NRC_NOTE = ("A polygraph result is a trigger for follow-up investigation, not a verdict "
            "(National Research Council, The Polygraph and Lie Detection, 2003).")
CHANNELS = ("pneumo", "eda", "cardio")


@cache
def _shipped_rules() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("rules", "polygraph.json").read_text("utf-8"))
    return data


def rules_data() -> dict[str, Any]:
    """The polygraph rules: from an installed HQ update package, else the shipped file."""
    installed: dict[str, Any] | None = content.installed("rules", "polygraph")
    return installed or _shipped_rules()


def method(name: str) -> dict[str, Any]:
    methods: dict[str, Any] = rules_data()["methods"]
    return dict(methods.get(name) or methods["federal_7"])


def rule_snapshot(rule_name: str) -> dict[str, Any]:
    """A full copy of a shipped rule, to store on the exam it scores."""
    rule = dict(rules_data()["rules"][rule_name])
    rule["name"] = rule_name
    return rule


def default_rule_for(method_name: str) -> dict[str, Any]:
    return rule_snapshot(method(method_name)["default_rule"])


@dataclass(frozen=True)
class ExamScore:
    method: str
    rule_name: str
    subtotals: dict[str, int]  # relevant question -> weighted sum over charts and channels
    grand_total: int
    computed: ExamResult | None  # None: not computable (see problems)
    stated: ExamResult | None
    problems: tuple[str, ...] = ()
    verified_rule: bool = True
    reason: str = ""

    @property
    def disagrees(self) -> bool:
        return self.computed is not None and self.stated is not None and self.computed != self.stated

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method, "rule": self.rule_name, "subtotals": self.subtotals,
                "grand_total": self.grand_total, "computed_result": self.computed.value if self.computed else None,
                "stated_result": self.stated.value if self.stated else None, "disagrees": self.disagrees,
                "reason": self.reason, "rule_verified": self.verified_rule, "problems": list(self.problems),
                "note": NRC_NOTE}


def validate(exam: PolygraphExam) -> list[str]:
    """Every relevant question scored on every chart and channel, scores in range, 3-5 charts."""
    problems: list[str] = []
    limits = rules_data()["charts"]
    if not limits["min"] <= exam.charts <= limits["max"]:
        problems.append(f"{exam.charts} charts: the process needs {limits['min']} to {limits['max']}")
    low, high = method(exam.method)["entry_range"]
    relevant = [q.label for q in exam.questions if q.type == QuestionType.RELEVANT]
    if not relevant:
        problems.append("no relevant questions")
    cells = {(s.chart, s.question, s.channel.value) for s in exam.scores}
    missing = [(c, q, ch) for c in range(1, exam.charts + 1) for q in relevant for ch in CHANNELS
               if (c, q, ch) not in cells]
    if missing:
        problems.append(f"{len(missing)} score(s) missing, first: chart {missing[0][0]}, {missing[0][1]}, "
                        f"{missing[0][2]}")
    for s in exam.scores:
        if not low <= s.score <= high:
            problems.append(f"chart {s.chart}, {s.question}, {s.channel.value}: {s.score:+d} is outside "
                            f"{low:+d}..{high:+d}")
    return problems


def decide(rule: dict[str, Any], subtotals: dict[str, int], total: int) -> tuple[ExamResult, str]:
    kind = rule.get("kind")
    if kind == "grand_total":
        if total >= rule["ndi"]:
            return ExamResult.NDI, f"grand total {total:+d} ≥ {rule['ndi']:+d}"
        if total <= rule["di"]:
            return ExamResult.DI, f"grand total {total:+d} ≤ {rule['di']:+d}"
        return ExamResult.INC, f"grand total {total:+d} between the cutscores"
    if kind == "two_stage":
        if total <= rule["di"]:
            return ExamResult.DI, f"grand total {total:+d} ≤ {rule['di']:+d}"
        if total >= rule["ndi"]:
            return ExamResult.NDI, f"grand total {total:+d} ≥ {rule['ndi']:+d}"
        low = min(subtotals.items(), key=lambda kv: kv[1]) if subtotals else ("", 0)
        if subtotals and low[1] <= rule["subtotal_di"]:
            return ExamResult.DI, f"subtotal {low[0]} {low[1]:+d} ≤ {rule['subtotal_di']:+d}"
        return ExamResult.INC, f"grand total {total:+d} and no subtotal ≤ {rule['subtotal_di']:+d}"
    if kind == "subtotal":
        low = min(subtotals.items(), key=lambda kv: kv[1])
        if low[1] <= rule["di_any"]:
            return ExamResult.DI, f"subtotal {low[0]} {low[1]:+d} ≤ {rule['di_any']:+d}"
        if all(v >= rule["ndi_all"] for v in subtotals.values()):
            return ExamResult.NDI, f"every subtotal ≥ {rule['ndi_all']:+d}"
        return ExamResult.INC, "subtotals between the cutscores"
    raise ValueError(f"unknown decision rule kind {kind!r}")


def score(exam: PolygraphExam) -> ExamScore:
    m = method(exam.method)
    rule = exam.rule if exam.rule.get("kind") else default_rule_for(exam.method)
    weights = m["weights"]
    relevant = [q.label for q in exam.questions if q.type == QuestionType.RELEVANT]
    subtotals = dict.fromkeys(relevant, 0)
    for s in exam.scores:
        if s.question in subtotals and 1 <= s.chart <= exam.charts:
            subtotals[s.question] += s.score * int(weights.get(s.channel.value, 1))
    total = sum(subtotals.values())
    problems = tuple(validate(exam))
    computed: ExamResult | None = None
    reason = "not computed: " + "; ".join(problems) if problems else ""
    if not problems:
        try:
            computed, reason = decide(rule, subtotals, total)
        except (KeyError, TypeError, ValueError):  # a stored rule snapshot from outside
            problems = ("the exam's stored decision rule is incomplete or damaged",)
            reason = "not computed: " + problems[0]
    return ExamScore(exam.method or "federal_7", str(rule.get("name", "")), subtotals, total, computed,
                     exam.result, problems, bool(rule.get("verified")), reason)


@dataclass(frozen=True)
class ExamComparison:
    discordant: bool
    reasons: list[str] = field(default_factory=list)
    policy_problems: list[tuple[str, str]] = field(default_factory=list)  # (severity warn|block, message)


def compare(first: PolygraphExam, second: PolygraphExam) -> ExamComparison:
    """The double-polygraph checks: independence of the two exams, and agreement."""
    policy = rules_data()["double_exam"]
    problems: list[tuple[str, str]] = []
    if first.examiner and first.examiner.casefold() == second.examiner.casefold():
        problems.append((policy["different_examiners"], "both exams were given by the same examiner"))
    if first.held_on and first.held_on == second.held_on:
        problems.append((policy["different_days"], "both exams were held on the same day"))
    results = [e.result for e in (first, second)]
    reasons = []
    if None not in results and results[0] != results[1]:
        reasons.append(f"results differ ({results[0].value} / {results[1].value})")  # type: ignore[union-attr]
    for e in (first, second):
        if e.result in (ExamResult.INC, ExamResult.NO):
            reasons.append(f"exam {e.number} is {e.result.value}")
    return ExamComparison(bool(reasons), reasons, problems)
