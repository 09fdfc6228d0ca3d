"""The rules of the one guarded write path, as pure functions (app/vault/guard applies them).

`review` compares a dossier as stored with the dossier a user wants to save (for a new case,
with an empty one) and says which actions the user's role must allow, who-may-do-it problems
(refused as "not permitted") and content problems (refused as invalid input). The same rules
serve the desktop app, every CLI command, JSON import, demo data and drafts becoming records.
`as_draft` turns content that arrives from outside into drafts: no seals, amendments,
attestations, waivers or decision; sealed records reach a vault only through HQ's import of a
verified signed bundle, where they stay attributed to the officer whose certificate signed it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from app.domain import authors, msg, sealing
from app.domain.authors import Directory, User
from app.domain.casenumber import legacy_case_id
from app.domain.enums import DecisionOutcome, Role
from app.domain.model import Attestation, Dossier, Person
from app.domain.roles import Action
from app.domain.serde import to_jsonable
from app.domain.workflow import missing_before_decision

IDENTITY = ("case_number", "case_id", "origin", "former_numbers", "created_at", "sent_to_hq_at")
_LISTS = {"interview": "interviews", "check": "checks", "exam": "polygraph_exams"}


@dataclass
class Review:
    needs: set[Action] = field(default_factory=set)
    denied: list[str] = field(default_factory=list)  # who may do it: refused as "not permitted"
    problems: list[tuple[str, str]] = field(default_factory=list)  # (JSON path, what is wrong)
    decision_changed: bool = False


def blank_like(d: Dossier) -> Dossier:
    """The 'stored' side of a new case: nothing but its identity."""
    return Dossier(person=Person("", ""), case_number=d.case_number, case_id=d.case_id, origin=d.origin,
                   former_numbers=list(d.former_numbers), created_at=d.created_at)


def _path(kind: str, key: int, d: Dossier) -> str:
    if kind == "decision":
        return "$.decision"
    if kind == "exam":
        index = next(i for i, e in enumerate(d.polygraph_exams) if e.number == key)
        return f"$.polygraph_exams[{index}]"
    return f"$.{_LISTS[kind]}[{key}]"


def prepare(stored: Dossier, new: Dossier, actor: User, users: Directory) -> None:
    """Before a review: a decision recorded or changed without a name is in the name of the user
    recording it; author values keep their 'external' mark only while unchanged, and changed ones
    are spelled as the user spells their call sign (whatever `external` the caller sent is ignored)."""
    dec = new.decision
    if dec is not None and not dec.sealed_by and dec != stored.decision and not dec.decided_by:
        dec.decided_by = actor.callsign
    old = sealing.records(stored)
    for (kind, key), record in sealing.records(new).items():
        before = old.get((kind, key))
        keep = []
        for name in authors.AUTHOR_FIELDS[kind]:
            value = getattr(record, name)
            if before is not None and name in before.external and getattr(before, name) == value:
                keep.append(name)
            else:
                setattr(record, name, authors.canonical(users, value))
        record.external = keep


def review(actor: User, stored: Dossier, new: Dossier, users: Directory, creating: bool = False) -> Review:
    r = Review(needs={Action.CREATE_CASE} if creating else set())
    for name in IDENTITY:
        if getattr(new, name) != getattr(stored, name):
            r.problems.append((f"$.{name}", msg.text("err.set_by_vault", name.replace("_", " "))))
    if new.person != stored.person or new.application != stored.application:
        r.needs.add(Action.EDIT_CASE)
        if stored.decision is not None and stored.decision.sealed_by:
            r.needs.add(Action.EDIT_AFTER_DECISION)
    r.problems += [("$", p) for p in sealing.check_edit(stored, new)]
    old_records, new_records = sealing.records(stored), sealing.records(new)
    for (kind, key) in sorted(set(old_records) | set(new_records)):
        before, after = old_records.get((kind, key)), new_records.get((kind, key))
        if before == after:
            continue
        _record_change(r, actor, users, kind, key, before, after, new)
    if stored.decision != new.decision:  # (the role it needs is added with the record, above)
        r.decision_changed = True
        dec = new.decision
        if dec is not None and not dec.sealed_by and dec.decided_by.casefold() != actor.callsign.casefold():
            r.problems.append(("$.decision.decided_by", msg.text("err.decision_own_name")))
        if dec is not None and dec.outcome in (DecisionOutcome.ACCEPT, DecisionOutcome.REJECT):
            r.problems += [("$.decision", m) for m in missing_before_decision(new)]
    return r


def _record_change(r: Review, actor: User, users: Directory, kind: str, key: int, before: Any, after: Any,
                   new: Dossier) -> None:
    r.needs.add({"interview": Action.EDIT_CASE, "check": Action.EDIT_CASE, "exam": Action.EDIT_EXAM,
                 "decision": Action.DECIDE}[kind])
    if kind == "exam" and actor.role == Role.EXAMINER:
        named = {rec.examiner.casefold() for rec in (before, after) if rec is not None}
        if named != {actor.callsign.casefold()}:
            r.denied.append(msg.text("err.examiner_own_exams"))
    if after is None:  # removed (a sealed record cannot be: sealing.check_edit)
        return
    path = _path(kind, key, new)
    if before is not None and before.sealed_by and after.amendments != before.amendments:
        r.needs.add(Action.AMEND)
        added = after.amendments[len(before.amendments):]
        if any(a.by.casefold() != actor.callsign.casefold() for a in added):
            r.problems.append((path, msg.text("err.amendment_own_name")))
        if not authors.may_amend(actor, before):
            r.denied.append(msg.text("err.amend_only_sealer", sealing.name(kind, key))
                            if kind != "exam" else msg.text("err.amend_only_examiner"))
    named_here = {n: v for n, v in authors.author_fields(after).items()
                  if not (kind == "check" and n == "waived_by")}  # waivers below
    for name, value in named_here.items():
        unchanged = before is not None and getattr(before, name) == value
        if unchanged or name in after.external:
            continue
        problem = authors.author_problem(users, kind, name, value)
        if problem:
            r.problems.append((f"{path}.{name}", problem))
    if kind == "check":
        old_waiver = (before.waived_by, before.waiver_reason) if before is not None else ("", "")
        if (after.waived_by, after.waiver_reason) != old_waiver:
            r.needs.add(Action.WAIVE_CHECK)
            if after.waived_by and (after.waived_by.casefold() != actor.callsign.casefold()
                                    or len(after.waiver_reason.strip()) < sealing.MIN_REASON_CHARS):
                r.problems.append((f"{path}.waived_by", msg.text("err.waiver_needs")))


def as_draft(d: Dossier, users: Directory) -> tuple[Dossier, list[str]]:
    """Content from outside the vault, as drafts. Returns the copy and what was not taken over
    (one short English line each, for stderr and the audit entry)."""
    d = copy.deepcopy(d)
    dropped: list[str] = []
    seals = amendments = waivers = 0
    for record in sealing.records(d).values():
        seals += bool(record.sealed_by or record.sealed_at)
        amendments += len(record.amendments)
        record.sealed_by, record.sealed_at, record.amendments, record.attested = "", None, [], None
    for check in d.checks:
        waivers += bool(check.waived_by or check.waiver_reason)
        check.waived_by, check.waiver_reason = "", ""
    if seals:  # each coded (app.domain.msg_audit): the history of the case shows them in the reader's language
        dropped.append(msg.text("audit.dropped_seals", seals))
    if amendments:
        dropped.append(msg.text("audit.dropped_amendments", amendments))
    if waivers:
        dropped.append(msg.text("audit.dropped_waivers", waivers))
    if d.decision is not None:
        dropped.append(msg.text("audit.dropped_decision", msg.text(f"label.{d.decision.outcome.value}")))
        d.decision = None
    if d.sent_to_hq_at is not None:
        dropped.append(msg.text("audit.dropped_sent"))
        d.sent_to_hq_at = None
    external = sum(len(authors.mark_external(rec, users)) for rec in sealing.records(d).values())
    if external:
        dropped.append(msg.text("audit.dropped_external", external))
    d.case_number, d.case_id, d.origin, d.former_numbers = "", "", None, []
    d.created_at = d.updated_at = None
    return d, dropped


def attest(incoming: Dossier, stored: Dossier | None, stamp: Attestation) -> int:
    """HQ import: every sealed record is attributed to the officer whose certificate signed the
    bundle that first brought it in its present form (a record unchanged since an earlier bundle
    keeps that bundle's attestation). Whatever attestation a bundle itself claims is ignored.
    Returns how many records this bundle attests."""
    old = sealing.records(stored) if stored is not None else {}
    count = 0
    for key, record in sealing.records(incoming).items():
        record.attested = None
        if not record.sealed_by:
            continue
        before = old.get(key)
        same = before is not None and before.attested is not None and (
            sealing.content(before), before.sealed_by, before.sealed_at, before.amendments) == (
            sealing.content(record), record.sealed_by, record.sealed_at, record.amendments)
        record.attested = before.attested if same and before is not None else stamp
        count += not same
    return count


def case_identity(d: Dossier) -> str:
    """The case id a document names, or for a document from before case ids, the id its laptop
    and HQ both derive when they upgrade (app.domain.casenumber.legacy_case_id)."""
    if d.case_id:
        return d.case_id.lower()
    created = to_jsonable(d.created_at) if d.created_at else ""
    return legacy_case_id(d.case_number, created)
