"""Authors are users: who may be named on a record, who may seal it and who may amend it.

Interviewer, requested by, waived by, examiner, decided by and approved by hold the call sign
of one of the vault's users with a fitting role. Values typed as free text before this rule
(and names in an imported document that are not users of this vault) are kept, listed in the
record's `external`, and shown as "external"; an external author cannot seal. The vault's
guarded write layer applies these rules; the desktop's pickers offer only eligible users
(`VaultSession.eligible_authors`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from app.domain import msg
from app.domain.enums import Role
from app.domain.model import BackgroundCheck, Decision, Interview, PolygraphExam
from app.domain.roles import who

Record = Interview | BackgroundCheck | PolygraphExam | Decision
R = TypeVar("R", Interview, BackgroundCheck, PolygraphExam, Decision)
OFF, EXA, SUP = Role.OFFICER, Role.EXAMINER, Role.SUPERVISOR

# kind → author field → roles a user named there must have
AUTHOR_FIELDS: dict[str, dict[str, frozenset[Role]]] = {
    "interview": {"interviewer": frozenset({OFF, SUP})},
    "check": {"requested_by": frozenset({OFF, SUP}), "waived_by": frozenset({SUP})},
    "exam": {"examiner": frozenset({EXA})},
    "decision": {"decided_by": frozenset({SUP}), "approved_by": frozenset({SUP})},
}
# the field whose user seals the record, and the roles that may seal that kind
SEALER_FIELD = {"interview": "interviewer", "check": "requested_by", "exam": "examiner", "decision": "decided_by"}
SEAL_ROLES: dict[str, frozenset[Role]] = {"interview": frozenset({OFF, SUP}), "check": frozenset({OFF, SUP}),
                                          "exam": frozenset({EXA}), "decision": frozenset({SUP})}
# besides the user who sealed a record, who may amend it (an exam: only its examiner)
AMEND_ROLES: dict[str, frozenset[Role]] = {"interview": frozenset({SUP}), "check": frozenset({SUP}),
                                           "exam": frozenset(), "decision": frozenset({SUP})}


@dataclass(frozen=True)
class User:
    callsign: str
    role: Role
    active: bool = True


Directory = Mapping[str, User]  # casefolded call sign → user (removed users included, inactive)


def directory(users: list[User]) -> dict[str, User]:
    return {u.callsign.casefold(): u for u in users}


def kind_of(record: Record) -> str:
    return {Interview: "interview", BackgroundCheck: "check", PolygraphExam: "exam", Decision: "decision"}[
        type(record)]


def eligible(users: Directory, kind: str, field_name: str) -> list[User]:
    """Active users who may be named in this field, by call sign."""
    roles = AUTHOR_FIELDS[kind][field_name]
    return sorted((u for u in users.values() if u.active and u.role in roles), key=lambda u: u.callsign.casefold())


def author_problem(users: Directory, kind: str, field_name: str, value: str) -> str | None:
    """Why `value` cannot be put in this author field (None: it can)."""
    if not value:
        return None
    user = users.get(value.casefold())
    label = _field(field_name)
    if user is None:
        return msg.text("err.not_a_user", label, value)
    if not user.active:
        return msg.text("err.no_longer_user", label, user.callsign)
    if user.role not in AUTHOR_FIELDS[kind][field_name]:
        return msg.text("err.wrong_role", label, user.callsign, _roles(AUTHOR_FIELDS[kind][field_name]))
    return None


def _roles(roles: frozenset[Role], plural: bool = False) -> str:
    return " or ".join(r.value + ("s" if plural else "") for r in (OFF, EXA, SUP) if r in roles)


def canonical(users: Directory, value: str) -> str:
    """A call sign as the user spells it (values that are not users are returned unchanged)."""
    user = users.get(value.casefold())
    return user.callsign if user else value


def mark_external(record: Record, users: Directory) -> list[str]:
    """For content arriving from outside (an imported document, a migration): keep each author
    value, put a user's call sign in its own spelling, and list the fields whose value is not an
    eligible user as external. Returns the external fields."""
    kind = kind_of(record)
    external = []
    for name in AUTHOR_FIELDS[kind]:
        value = getattr(record, name)
        setattr(record, name, canonical(users, value))
        if value and author_problem(users, kind, name, getattr(record, name)) is not None:
            external.append(name)
    record.external = external
    return external


def with_author(record: R, field_name: str, value: str) -> R:
    """`record` with `value` in an author field, as a save would store it: the external mark
    stays only while the value is unchanged (app.domain.changes.prepare)."""
    if getattr(record, field_name) == value:
        return record
    changed: dict[str, Any] = {field_name: value, "external": [f for f in record.external if f != field_name]}
    return replace(record, **changed)


def author_fields(record: Record) -> dict[str, str]:
    return {name: getattr(record, name) for name in AUTHOR_FIELDS[kind_of(record)]}


# Why a user may not seal a record (`seal_blocks`): the rule the guard applies, in the order it
# states them; the desktop words the one its user can act on.
ROLE, EXTERNAL, NOT_AUTHOR, NOT_A_USER, NOT_ELIGIBLE = "role", "external", "not_author", "not_a_user", "not_eligible"


@dataclass(frozen=True)
class SealBlock:
    why: str  # ROLE | EXTERNAL | NOT_AUTHOR | NOT_A_USER | NOT_ELIGIBLE
    sealer: str  # the author the record names ("" if none)


def seal_blocks(users: Directory, actor: User, record: Record) -> list[SealBlock]:
    """Every reason `actor` may not seal `record` (empty: they may). Whether the record may be
    sealed is decided by the first three (the actor's role, an author marked external, an author
    other than the actor); the last two only say more about the named author (not a user of this
    vault, or a user without the role for the field), and never occur alone."""
    kind = kind_of(record)
    field_name = SEALER_FIELD[kind]
    sealer = getattr(record, field_name)
    out = []
    if actor.role not in SEAL_ROLES[kind]:
        out.append(SealBlock(ROLE, sealer))
    if field_name in record.external:
        out.append(SealBlock(EXTERNAL, sealer))
    if sealer.casefold() != actor.callsign.casefold():
        out.append(SealBlock(NOT_AUTHOR, sealer))
    user = users.get(sealer.casefold()) if sealer else None
    if sealer and (user is None or not user.active):
        out.append(SealBlock(NOT_A_USER, sealer))
    elif user is not None and user.role not in AUTHOR_FIELDS[kind][field_name]:
        out.append(SealBlock(NOT_ELIGIBLE, sealer))
    return out


def seal_problem(users: Directory, actor: User, record: Record) -> str | None:
    """Why `actor` may not seal `record` (None: they may), as the guard states it."""
    blocks = seal_blocks(users, actor, record)
    if not blocks:
        return None
    kind, first = kind_of(record), blocks[0]
    if first.why == ROLE:
        return f"{who(actor.role)} may not seal {_article(kind)}; only {_roles(SEAL_ROLES[kind], plural=True)} may"
    if first.why == EXTERNAL:
        return msg.text("err.external_sealer", _field(SEALER_FIELD[kind]), first.sealer)
    return msg.text(f"err.author_seals.{kind}", first.sealer or "not recorded")


def _field(field_name: str) -> str:
    """A field in words, carrying its code (app.domain.msg.FIELDS) when it has one."""
    code = f"field.{field_name}"
    return msg.text(code) if code in msg.TEXT else field_name.replace("_", " ")


def _article(kind: str) -> str:
    return {"interview": "an interview", "check": "a check", "exam": "a polygraph exam",
            "decision": "the decision"}[kind]


def may_amend(actor: User, record: Record) -> bool:
    """The user who sealed a record may amend it; a supervisor may also amend an interview,
    a check or the decision. A sealed exam is amended only by its examiner."""
    if record.sealed_by.casefold() == actor.callsign.casefold():
        return True
    return actor.role in AMEND_ROLES[kind_of(record)]


def external_label(record: Record, field_name: str) -> str:
    """An author as shown to people: the call sign, or the free text marked external."""
    value = getattr(record, field_name)
    return f"{value} (external)" if value and field_name in record.external else value
