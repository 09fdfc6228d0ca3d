"""Sealed records: interviews, checks, exams and the decision are drafts until
their author seals them (re-entering their passphrase). A sealed record is
read-only; a correction is an amendment with a reason that keeps the original.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from itertools import pairwise
from typing import Any

from app.domain import msg
from app.domain.model import Amendment, BackgroundCheck, Decision, Dossier, Interview, PolygraphExam
from app.domain.serde import to_jsonable

Record = Interview | BackgroundCheck | PolygraphExam | Decision
KINDS = ("interview", "check", "exam", "decision")
MIN_REASON_CHARS = 10
_SEAL_FIELDS = ("sealed_by", "sealed_at", "amendments", "attested")


def content(record: Record) -> dict[str, Any]:
    """The record's substance: everything but its seal and amendment history."""
    body: dict[str, Any] = to_jsonable(record)
    for key in _SEAL_FIELDS:
        body.pop(key, None)
    return body


def author(record: Record) -> str:
    if isinstance(record, Interview):
        return record.interviewer
    if isinstance(record, BackgroundCheck):
        return record.requested_by
    if isinstance(record, PolygraphExam):
        return record.examiner
    return record.decided_by


def records(d: Dossier) -> dict[tuple[str, int], Record]:
    """Every sealable record by (kind, key): interviews and checks by position, exams by number."""
    out: dict[tuple[str, int], Record] = {}
    out.update({("interview", i): r for i, r in enumerate(d.interviews)})
    out.update({("check", i): r for i, r in enumerate(d.checks)})
    out.update({("exam", e.number): e for e in d.polygraph_exams})
    if d.decision is not None:
        out[("decision", 0)] = d.decision
    return out


def label(kind: str, key: int) -> str:
    return {"interview": f"interview {key + 1}", "check": f"check {key + 1}", "exam": f"polygraph exam {key}",
            "decision": "the decision"}[kind]


def name(kind: str, key: int, first: bool = False) -> msg.Text:
    """A record's name as `label` gives it, carrying its code (capitalised to start a sentence)."""
    number = key if kind == "exam" else key + 1
    return msg.text(f"{'what_first' if first else 'what'}.{kind}", number)


def seal(record: Record, by: str, at: datetime) -> Record:
    return replace(record, sealed_by=by, sealed_at=at)


def amend(sealed: Record, corrected: Record, by: str, reason: str, at: datetime) -> Record:
    """The corrected record, still sealed, with an amendment that keeps what it replaced."""
    return replace(corrected, sealed_by=sealed.sealed_by, sealed_at=sealed.sealed_at,
                   amendments=[*sealed.amendments, Amendment(by, reason.strip(), at, content(sealed))])


def check_edit(stored: Dossier, new: Dossier) -> list[str]:
    """What is wrong with saving `new` over `stored` as far as seals go."""
    problems: list[str] = []
    old_records, new_records = records(stored), records(new)
    for (kind, key), old in old_records.items():
        what = name(kind, key)
        if not old.sealed_by:
            continue
        now = new_records.get((kind, key))
        if now is None:
            problems.append(msg.text("err.sealed_not_removed", what))
            continue
        if (now.sealed_by, now.sealed_at, now.attested) != (old.sealed_by, old.sealed_at, old.attested):
            problems.append(msg.text("err.seal_unchangeable", what))
        if content(now) == content(old):
            if now.amendments != old.amendments:
                problems.append(msg.text("err.amendments_unchangeable", what))
            continue
        added = now.amendments[len(old.amendments):]
        if now.amendments[:len(old.amendments)] != old.amendments or len(added) != 1:
            problems.append(msg.text("err.one_amendment", what))
        elif len(added[0].reason) < MIN_REASON_CHARS:
            problems.append(msg.text("err.amendment_reason", what, MIN_REASON_CHARS))
        elif added[0].original != content(old):
            problems.append(msg.text("err.amendment_original", what))
    for (kind, key), now in new_records.items():
        old_record = old_records.get((kind, key))
        if old_record is not None and old_record.sealed_by:
            continue
        if now.sealed_by or now.sealed_at:
            problems.append(msg.text("err.seal_needs_passphrase", name(kind, key)))
        if now.amendments != (old_record.amendments if old_record is not None else []):
            problems.append(msg.text("err.not_sealed_no_amendments", name(kind, key)))
        if now.attested != (old_record.attested if old_record is not None else None):
            problems.append(msg.text("err.attested_by_hq", name(kind, key)))
    return problems


def amendment_changes(record: Record) -> list[list[tuple[str, Any, Any]]]:
    """For each amendment of a record, the fields it changed as (field, before, after)."""
    states = [a.original for a in record.amendments] + [content(record)]
    return [[(k, before.get(k), after.get(k)) for k in sorted(set(before) | set(after))
             if before.get(k) != after.get(k)] for before, after in pairwise(states)]
