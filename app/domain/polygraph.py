"""Polygraph scoring: validation, subtotals and grand total, the decision by a trusted
rule, and the comparison of two exams.

Methods, rules and formats live in resources/rules/polygraph.json (app.domain.rulesets),
each with its source. An exam stores the method and a full snapshot of the rule it
was scored with (`exam.rule`: cutscores, and for ESS-M the prior and alphas), so
later changes to the defaults never change an old result. A stored rule is used only
if the vault knows it (matched by content hash); otherwise the exam is "scored with
an unknown rule": it is computed with a trusted rule instead, is not marked verified,
and its stated result is flagged for review (app.domain.flags); it cannot be sealed
until a rule the vault knows is chosen (`rule_seal_problems`, applied by the vault's guard).

Reminder carried into the UI and the PDF: in screening, a polygraph result is a
trigger for follow-up, not a verdict (National Research Council, The Polygraph and
Lie Detection, 2003).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain import decision_rules, msg, rulesets
from app.domain.enums import ExamResult, QuestionType
from app.domain.model import PolygraphExam

NRC_NOTE = ("A polygraph result is a trigger for follow-up investigation, not a verdict "
            "(National Research Council, The Polygraph and Lie Detection, 2003).")
CHANNELS = ("pneumo", "eda", "cardio")


def rules_data() -> dict[str, Any]:
    """The polygraph rule set in force (installed from HQ, else shipped)."""
    return rulesets.current()


def method(name: str) -> dict[str, Any]:
    return rulesets.method(name)


def rule_snapshot(rule_name: str, parameters: dict[str, Any] | None = None) -> dict[str, Any]:
    """A full copy of a rule of the rule set in force, to store on the exam it scores."""
    return rulesets.snapshot(rule_name, parameters)


@dataclass(frozen=True)
class Opinion:
    """What a rule says about an exam's scores (used for the current default beside an old result)."""

    rule_name: str
    label: str
    label_uk: str
    result: ExamResult | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule_name, "rule_label": self.label,
                "result": self.result.value if self.result else None, "reason": self.reason}


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
    rule_status: str = rulesets.CURRENT  # current | earlier | unknown | none
    rule_label: str = ""
    rule_label_uk: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    cutscores: dict[str, int | None] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    current_default: Opinion | None = None  # set when the exam's rule is not one in force

    @property
    def disagrees(self) -> bool:
        return self.computed is not None and self.stated is not None and self.computed != self.stated

    @property
    def unknown_rule(self) -> bool:
        return self.rule_status == rulesets.UNKNOWN

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method, "rule": self.rule_name, "rule_label": self.rule_label,
                "rule_status": self.rule_status, "rule_verified": self.verified_rule,
                "parameters": self.parameters, "cutscores": self.cutscores, "subtotals": self.subtotals,
                "grand_total": self.grand_total, "computed_result": self.computed.value if self.computed else None,
                "stated_result": self.stated.value if self.stated else None, "disagrees": self.disagrees,
                "reason": self.reason, "problems": list(self.problems), "warnings": list(self.warnings),
                "current_default": self.current_default.to_json() if self.current_default else None,
                "note": NRC_NOTE}


def relevant_labels(exam: PolygraphExam) -> list[str]:
    return [q.label for q in exam.questions if q.type == QuestionType.RELEVANT]


def validate(exam: PolygraphExam) -> list[str]:
    """Every relevant question scored on every chart and channel, scores in range, and the
    process's number of charts. (Whether the rule fits the exam: rulesets.fit_problems.)"""
    problems: list[str] = []
    limits = rules_data()["charts"]
    if not limits["min"] <= exam.charts <= limits["max"]:
        problems.append(msg.text("poly.charts_range", exam.charts, limits["min"], limits["max"]))
    low, high = method(exam.method)["entry_range"]
    relevant = relevant_labels(exam)
    if not relevant:
        problems.append(msg.text("poly.no_relevant"))
    cells = {(s.chart, s.question, s.channel.value) for s in exam.scores}
    missing = [(c, q, ch) for c in range(1, exam.charts + 1) for q in relevant for ch in CHANNELS
               if (c, q, ch) not in cells]
    if missing:
        problems.append(msg.text("poly.scores_missing", len(missing), missing[0][0], missing[0][1],
                                 msg.text(f"channel.{missing[0][2]}")))
    for s in exam.scores:
        if not low <= s.score <= high:
            channel = msg.text(f"channel.{s.channel.value}")
            problems.append(msg.text("poly.score_outside", s.chart, s.question, channel, f"{s.score:+d}",
                                     f"{low:+d}", f"{high:+d}"))
    return problems


def totals(exam: PolygraphExam) -> tuple[dict[str, int], int]:
    weights = method(exam.method)["weights"]
    subtotals = dict.fromkeys(relevant_labels(exam), 0)
    for s in exam.scores:
        if s.question in subtotals and 1 <= s.chart <= exam.charts:
            subtotals[s.question] += s.score * int(weights.get(s.channel.value, 1))
    return subtotals, sum(subtotals.values())


def _opinion(rule: dict[str, Any], subtotals: dict[str, int], total: int,
             problems: list[str]) -> tuple[ExamResult | None, str]:
    if problems:
        return None, msg.text("poly.not_computed", msg.joined(problems))
    outcome = decision_rules.decide(rule, subtotals, total)
    return outcome.result, outcome.reason


def score(exam: PolygraphExam) -> ExamScore:
    trust = rulesets.trust(exam.rule, exam.method, exam.format)
    rule = trust.rule
    subtotals, total = totals(exam)
    basics = validate(exam)
    fit = rulesets.fit_problems(rule, exam.method, exam.format)
    problems = basics + [m for sev, m in fit if sev == "refuse"]
    computed, reason = _opinion(rule, subtotals, total, problems)
    warnings = [m for sev, m in fit if sev != "refuse"]
    if trust.status == rulesets.UNKNOWN:
        warnings.insert(0, msg.text("poly.unknown_rule"))
    default: Opinion | None = None
    if trust.status != rulesets.CURRENT:
        name = rulesets.default_rule_name(exam.method, exam.format)
        d_rule = rulesets.snapshot(name)
        d_result, d_reason = _opinion(d_rule, subtotals, total, basics)  # the default fits by its choice
        default = Opinion(name, rulesets.display(d_rule, "en"), rulesets.display(d_rule, "uk"), d_result, d_reason)
    return ExamScore(
        exam.method or "federal_7", rule["name"], subtotals, total, computed, exam.result,
        tuple(problems), trust.trusted and bool(rule.get("verified")), reason, trust.status,
        rulesets.display(rule, "en"), rulesets.display(rule, "uk"), dict(rule.get("parameters") or {}),
        decision_rules.cutscores(rule), tuple(warnings), default)


UNKNOWN_RULE_SEAL = msg.text("poly.unknown_rule_seal")


def rule_seal_problems(exam: PolygraphExam) -> list[str]:
    """Why an exam cannot be sealed with the rule it stores (empty: it can). An exam scored with
    an unknown rule is never sealed: a seal would put the examiner's name under cutscores nobody
    trusted. Choosing a rule the vault knows (the exam tab, `dossier exam add`) clears it."""
    return [UNKNOWN_RULE_SEAL] if rulesets.trust(exam.rule, exam.method, exam.format).status == rulesets.UNKNOWN \
        else []


@dataclass(frozen=True)
class ExamComparison:
    discordant: bool
    reasons: list[str] = field(default_factory=list)
    policy_problems: list[tuple[str, str]] = field(default_factory=list)  # (severity warn|block, message)


def compare(first: PolygraphExam, second: PolygraphExam) -> ExamComparison:
    """The double-polygraph checks for one pair: independence, and agreement."""
    policy = rules_data()["double_exam"]
    problems: list[tuple[str, str]] = []
    if first.examiner and first.examiner.casefold() == second.examiner.casefold():
        problems.append((policy["different_examiners"], msg.text("poly.same_examiner", first.number, second.number)))
    if first.held_on and first.held_on == second.held_on:
        problems.append((policy["different_days"], msg.text("poly.same_day", first.number, second.number)))
    reasons: list[str] = []
    if first.result is not None and second.result is not None and first.result != second.result:
        reasons.append(msg.text("poly.results_differ", first.result.value, second.result.value))
    for e in (first, second):
        if e.result in (ExamResult.INC, ExamResult.NO):
            reasons.append(msg.text("poly.exam_is", e.number, e.result.value))
    return ExamComparison(bool(reasons), reasons, [(s, m) for s, m in problems if s != "off"])
