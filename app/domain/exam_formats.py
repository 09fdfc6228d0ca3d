"""Standard exam formats as question-list templates (resources/rules/polygraph.json,
"formats"): each has its question labels and types, exam type (single- or
multi-issue), default scoring method and decision rule, and number of charts.
Choosing a format fills an exam's question list; so does copying the previous exam.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain import rulesets
from app.domain.enums import QuestionType
from app.domain.model import PolygraphExam, Question


def fmt(name: str) -> dict[str, Any]:
    found = rulesets.formats().get(name)
    if found is None:
        raise KeyError(f"no exam format {name!r}")
    return dict(found)


def questions(name: str) -> list[Question]:
    return [Question(label, QuestionType(kind)) for label, kind in fmt(name)["questions"]]


def apply_format(exam: PolygraphExam, name: str) -> PolygraphExam:
    """The exam with the format's question list, method, rule and charts (texts are the examiner's to write;
    a question already written under the same label keeps its text)."""
    f = fmt(name)
    texts = {q.label: q.text for q in exam.questions}
    listed = [replace(q, text=texts.get(q.label, "")) for q in questions(name)]
    rule = rulesets.snapshot(rulesets.default_rule_name(f["method"], name))
    return replace(exam, format=name, questions=listed, method=f["method"], rule=rule, charts=int(f["charts"]))


def copy_from(exam: PolygraphExam, previous: PolygraphExam) -> PolygraphExam:
    """The exam with the previous exam's format, questions (with their texts), method and charts,
    and the same rule and parameters as the rule set in force gives them now."""
    found = rulesets.known_rule(previous.rule)
    # the same rule as in force now (an earlier or unknown one: the format's or method's default)
    if found and found[0]["name"] in rulesets.current()["rules"]:
        rule = rulesets.snapshot(found[0]["name"], found[0].get("parameters"))
    else:
        rule = rulesets.snapshot(rulesets.default_rule_name(previous.method, previous.format))
    return replace(exam, format=previous.format, questions=[replace(q) for q in previous.questions],
                   method=previous.method, rule=rule, charts=previous.charts)
