"""Retention: how long a decided case is kept (issue 20). Pure rules, no storage.

A policy gives, per decision outcome, the number of months after which a case is deleted, or
nothing (kept). The clock starts at the sealed decision; for an accepted case, at HQ's receipt
of its latest export (an accepted case is deleted only once HQ holds it). Whatever the outcome, a
case HQ has not acknowledged (no receipt for an export made after its last change) is never due
unless the supervisor says so explicitly for that run.

Document (`field-dossier/retention/1`, also carried by an HQ update package as
policy/retention.json): {"format": "field-dossier/retention/1", "months": {"reject": 6,
"accept": 12, "defer": null, "refer": null}}. Months are 1-600; null or absent keeps the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain import msg
from app.domain.enums import DecisionOutcome
from app.errors import ValidationError

FORMAT = "field-dossier/retention/1"
OUTCOMES = tuple(o.value for o in DecisionOutcome)
MAX_MONTHS = 600


@dataclass(frozen=True)
class Policy:
    months: dict[str, int]  # outcome -> months; an outcome missing is kept

    def to_doc(self) -> dict[str, Any]:
        return {"format": FORMAT, "months": {o: self.months.get(o) for o in OUTCOMES}}

    @property
    def empty(self) -> bool:
        return not self.months


def parse(doc: Any) -> Policy:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("months"), dict):
        raise ValidationError(msg.text("err.not_retention"))
    months: dict[str, int] = {}
    for key, value in doc["months"].items():
        if key not in OUTCOMES:
            raise ValidationError(msg.text("err.retention_outcome"), [(f"$.months.{key}", key)])
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MONTHS:
            raise ValidationError(msg.text("err.retention_months"),
                                  [(f"$.months.{key}", str(value))])
        months[key] = value
    return Policy(months)


def add_months(when: datetime, months: int) -> datetime:
    """The same day `months` later (the month's last day when it has fewer days)."""
    import calendar

    total = when.month - 1 + months
    year, month = when.year + total // 12, total % 12 + 1
    return when.replace(year=year, month=month, day=min(when.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class CaseFacts:
    """What retention needs to know about one case (no personal data)."""

    case_number: str
    outcome: str  # '' when there is no sealed decision
    decided_at: datetime | None  # the sealed decision's time
    acknowledged_at: datetime | None  # HQ's receipt of an export made after the last change


@dataclass(frozen=True)
class Due:
    case_number: str
    outcome: str
    since: datetime  # the clock's start
    due_on: datetime
    acknowledged: bool
    reason: str  # for the tombstone and the list: no personal data (a coded msg.Text)


def due(policy: Policy, case: CaseFacts, now: datetime, include_unacknowledged: bool = False) -> Due | None:
    months = policy.months.get(case.outcome)
    if months is None or case.decided_at is None:
        return None
    start = case.decided_at
    if case.outcome == DecisionOutcome.ACCEPT.value:
        if case.acknowledged_at is None:  # an accepted case waits for HQ's receipt, always
            return None
        start = max(start, case.acknowledged_at)
    when = add_months(start, months)
    if when > now:
        return None
    acknowledged = case.acknowledged_at is not None
    if not acknowledged and not include_unacknowledged:
        return None
    anchor = "receipt" if case.outcome == DecisionOutcome.ACCEPT.value else "decision"
    label = msg.text(f"label.{case.outcome}") if f"label.{case.outcome}" in msg.TEXT else case.outcome
    return Due(case.case_number, case.outcome, start, when, acknowledged,
               msg.text(f"audit.retention_reason_{anchor}", label, months))
