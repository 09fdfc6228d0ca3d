"""Every closed vocabulary in words, for places that show stored values
(history, amendments): never the interchange code itself."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import (
    Assessment,
    Category,
    CheckKind,
    CheckResult,
    DecisionOutcome,
    QuestionType,
    Role,
    Stage,
)

LABELS: dict[Enum, str] = {
    Category.SERVING_SOLDIER: str(QT_TRANSLATE_NOOP("Labels", "serving soldier")),
    Category.PRISONER_OF_WAR: str(QT_TRANSLATE_NOOP("Labels", "prisoner of war")),
    Category.CIVILIAN: str(QT_TRANSLATE_NOOP("Labels", "civilian")),
    Stage.APPLICATION: str(QT_TRANSLATE_NOOP("Labels", "application")),
    Stage.INTERVIEW: str(QT_TRANSLATE_NOOP("Labels", "interview")),
    Stage.CHECKS: str(QT_TRANSLATE_NOOP("Labels", "background checks")),
    Stage.POLYGRAPH: str(QT_TRANSLATE_NOOP("Labels", "polygraph")),
    Stage.DECISION: str(QT_TRANSLATE_NOOP("Labels", "decision")),
    Stage.SENT_TO_HQ: str(QT_TRANSLATE_NOOP("Labels", "sent to HQ")),
    Stage.CLOSED: str(QT_TRANSLATE_NOOP("Labels", "closed")),
    Assessment.CREDIBLE: str(QT_TRANSLATE_NOOP("Labels", "credible")),
    Assessment.DOUBTFUL: str(QT_TRANSLATE_NOOP("Labels", "doubtful")),
    Assessment.NOT_CREDIBLE: str(QT_TRANSLATE_NOOP("Labels", "not credible")),
    CheckKind.SECURITY_SERVICE: str(QT_TRANSLATE_NOOP("Labels", "security service records")),
    CheckKind.COUNTER_INTELLIGENCE: str(QT_TRANSLATE_NOOP("Labels", "counter-intelligence")),
    CheckKind.DOCUMENT_VERIFICATION: str(QT_TRANSLATE_NOOP("Labels", "document verification")),
    CheckKind.OPEN_SOURCES: str(QT_TRANSLATE_NOOP("Labels", "open sources")),
    CheckKind.WATCHLIST: str(QT_TRANSLATE_NOOP("Labels", "watchlist")),
    CheckResult.PENDING: str(QT_TRANSLATE_NOOP("Labels", "pending")),
    CheckResult.NO_RECORD: str(QT_TRANSLATE_NOOP("Labels", "no record")),
    CheckResult.ADVERSE: str(QT_TRANSLATE_NOOP("Labels", "adverse")),
    CheckResult.INCONCLUSIVE: str(QT_TRANSLATE_NOOP("Labels", "inconclusive")),
    QuestionType.RELEVANT: str(QT_TRANSLATE_NOOP("Labels", "relevant")),
    QuestionType.COMPARISON: str(QT_TRANSLATE_NOOP("Labels", "comparison")),
    QuestionType.IRRELEVANT: str(QT_TRANSLATE_NOOP("Labels", "irrelevant")),
    QuestionType.SYMPTOMATIC: str(QT_TRANSLATE_NOOP("Labels", "symptomatic")),
    QuestionType.SACRIFICE: str(QT_TRANSLATE_NOOP("Labels", "sacrifice relevant")),
    DecisionOutcome.ACCEPT: str(QT_TRANSLATE_NOOP("Labels", "accept")),
    DecisionOutcome.REJECT: str(QT_TRANSLATE_NOOP("Labels", "reject")),
    DecisionOutcome.DEFER: str(QT_TRANSLATE_NOOP("Labels", "defer")),
    DecisionOutcome.REFER: str(QT_TRANSLATE_NOOP("Labels", "refer")),
    Role.OFFICER: str(QT_TRANSLATE_NOOP("Labels", "officer")),
    Role.EXAMINER: str(QT_TRANSLATE_NOOP("Labels", "examiner")),
    Role.SUPERVISOR: str(QT_TRANSLATE_NOOP("Labels", "supervisor")),
}
OTHER = str(QT_TRANSLATE_NOOP("Labels", "other"))
_BY_VALUE: dict[str, str] = {str(e.value): label for e, label in LABELS.items()}

FIELDS = {  # record fields an amendment can change
    "interviewer": str(QT_TRANSLATE_NOOP("Labels", "interviewer")),
    "place": str(QT_TRANSLATE_NOOP("Labels", "place")),
    "interpreter": str(QT_TRANSLATE_NOOP("Labels", "interpreter")),
    "assessment": str(QT_TRANSLATE_NOOP("Labels", "assessment")),
    "red_flags": str(QT_TRANSLATE_NOOP("Labels", "red flags")),
    "notes": str(QT_TRANSLATE_NOOP("Labels", "notes")),
    "answers": str(QT_TRANSLATE_NOOP("Labels", "answers")),
    "started_at": str(QT_TRANSLATE_NOOP("Labels", "started")),
    "ended_at": str(QT_TRANSLATE_NOOP("Labels", "ended")),
    "kind": str(QT_TRANSLATE_NOOP("Labels", "check")),
    "requested_on": str(QT_TRANSLATE_NOOP("Labels", "requested on")),
    "requested_by": str(QT_TRANSLATE_NOOP("Labels", "requested by")),
    "reference": str(QT_TRANSLATE_NOOP("Labels", "reference")),
    "result": str(QT_TRANSLATE_NOOP("Labels", "result")),
    "summary": str(QT_TRANSLATE_NOOP("Labels", "summary")),
    "examiner": str(QT_TRANSLATE_NOOP("Labels", "examiner")),
    "held_on": str(QT_TRANSLATE_NOOP("Labels", "held on")),
    "questions": str(QT_TRANSLATE_NOOP("Labels", "questions")),
    "scores": str(QT_TRANSLATE_NOOP("Labels", "scores")),
    "charts": str(QT_TRANSLATE_NOOP("Labels", "charts")),
    "method": str(QT_TRANSLATE_NOOP("Labels", "scoring method")),
    "rule": str(QT_TRANSLATE_NOOP("Labels", "decision rule")),
    "admissions": str(QT_TRANSLATE_NOOP("Labels", "admissions")),
    "pretest_notes": str(QT_TRANSLATE_NOOP("Labels", "pre-test notes")),
    "posttest_notes": str(QT_TRANSLATE_NOOP("Labels", "post-test notes")),
    "outcome": str(QT_TRANSLATE_NOOP("Labels", "outcome")),
    "reason_code": str(QT_TRANSLATE_NOOP("Labels", "reason code")),
    "rationale": str(QT_TRANSLATE_NOOP("Labels", "rationale")),
    "approved_by": str(QT_TRANSLATE_NOOP("Labels", "approved by")),
    "decided_by": str(QT_TRANSLATE_NOOP("Labels", "decided by")),
    "decided_at": str(QT_TRANSLATE_NOOP("Labels", "decided at")),
}


def label(value: object) -> str:
    """An enum (or its stored value) in words; other text as it is."""
    key = str(value.value) if isinstance(value, Enum) else str(value)
    found = _BY_VALUE.get(key) or (OTHER if key == "other" else None)
    return QCoreApplication.translate("Labels", found) if found else key


def field_name(name: str) -> str:
    found = FIELDS.get(name)
    return QCoreApplication.translate("Labels", found) if found else name.replace("_", " ")
