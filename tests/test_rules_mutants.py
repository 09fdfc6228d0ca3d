"""Behaviour of the insider-proofing rules that mutation testing (`make mutants-rules`) showed
the other pure-domain tests did not pin down: what a seal and an amendment record, and what the
history of a sealed record shows a reader."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.domain import authors, roles, sealing
from app.domain.authors import User
from app.domain.enums import CheckKind, DecisionOutcome, Role
from app.domain.model import Amendment, BackgroundCheck, Decision, Interview, PolygraphExam
from tests.test_changes import T, drafted

LATER = datetime(2026, 11, 5, 9, 30, tzinfo=UTC)


def _sealed_interview() -> Interview:
    d = drafted()
    return sealing.seal(replace(d.interviews[0], interviewer="Olga", place="Київ", notes="перша версія"),  # type: ignore[return-value]
                        "Olga", T)


def test_a_seal_records_who_sealed_and_when() -> None:
    record = _sealed_interview()
    assert (record.sealed_by, record.sealed_at) == ("Olga", T)
    # the seal adds nothing to the substance: the record reads as it did before it was sealed
    assert sealing.content(record) == sealing.content(replace(record, sealed_by="", sealed_at=None))


def test_an_amendment_keeps_the_seal_and_says_who_when_why_and_what_it_replaced() -> None:
    sealed = _sealed_interview()
    corrected = replace(sealed, notes="виправлено", sealed_by="", sealed_at=None)
    amended = sealing.amend(sealed, corrected, "Sam", "  wrong place of the interview  ", LATER)
    # still sealed by its author at the original time, whoever made the correction
    assert (amended.sealed_by, amended.sealed_at) == ("Olga", T)
    assert amended.amendments == [Amendment("Sam", "wrong place of the interview", LATER, sealing.content(sealed))]
    assert amended.notes == "виправлено"
    d = drafted()
    d.interviews[0] = sealed
    new = copy.deepcopy(d)
    new.interviews[0] = amended
    assert sealing.check_edit(d, new) == []  # the save of an amendment is accepted


def test_the_history_of_a_record_lists_what_each_amendment_changed() -> None:
    sealed = _sealed_interview()
    assert sealing.amendment_changes(sealed) == [] == sealing.amendment_changes(drafted().interviews[0])
    first = sealing.amend(sealed, replace(sealed, notes="друга версія", place="Суми"), "Olga",
                          "place and notes were wrong", LATER)
    second = sealing.amend(first, replace(first, notes="третя версія"), "Sam", "notes still wrong", LATER)
    assert sealing.amendment_changes(second) == [
        [("notes", "перша версія", "друга версія"), ("place", "Київ", "Суми")],  # by field name
        [("notes", "друга версія", "третя версія")],
    ]


def test_the_history_shows_a_field_the_original_of_an_older_version_did_not_have() -> None:
    sealed = _sealed_interview()
    amended = sealing.amend(sealed, replace(sealed, interpreter="Петро"), "Olga", "the interpreter was missing",
                            LATER)
    del amended.amendments[0].original["interpreter"]  # kept by a version before interpreters were recorded
    assert sealing.amendment_changes(amended) == [[("interpreter", None, "Петро")]]


# The author, seal and amend tables are data, which mutmut does not mutate: pinned here role by role.
PEOPLE = {Role.OFFICER: User("Olena", Role.OFFICER), Role.EXAMINER: User("Ihor", Role.EXAMINER),
          Role.SUPERVISOR: User("Maria", Role.SUPERVISOR)}
DIRECTORY = authors.directory([*PEOPLE.values(), User("Left", Role.SUPERVISOR, active=False)])


def _authored_by(kind: str, callsign: str) -> sealing.Record:
    return {"interview": Interview("t", interviewer=callsign),
            "check": BackgroundCheck(CheckKind.OTHER, requested_by=callsign),
            "exam": PolygraphExam(1, examiner=callsign),
            "decision": Decision(DecisionOutcome.DEFER, decided_by=callsign)}[kind]


@pytest.mark.parametrize(("kind", "sealers", "amenders"), [
    ("interview", {Role.OFFICER, Role.SUPERVISOR}, {Role.SUPERVISOR}),
    ("check", {Role.OFFICER, Role.SUPERVISOR}, {Role.SUPERVISOR}),
    ("exam", {Role.EXAMINER}, set()),
    ("decision", {Role.SUPERVISOR}, {Role.SUPERVISOR}),
])
def test_who_may_seal_and_who_besides_the_sealer_may_amend_each_kind(kind: str, sealers: set[Role],
                                                                     amenders: set[Role]) -> None:
    for role, person in PEOPLE.items():
        problem = authors.seal_problem(DIRECTORY, person, _authored_by(kind, person.callsign))
        assert (problem is None) == (role in sealers), (kind, role, problem)
        if role not in sealers:
            assert problem is not None and problem.startswith(f"{roles.who(role)} may not seal ")
        sealed_by_someone_else = replace(_authored_by(kind, "Other"), sealed_by="Other")
        assert authors.may_amend(person, sealed_by_someone_else) == (role in amenders), (kind, role)
        assert authors.may_amend(person, replace(_authored_by(kind, person.callsign), sealed_by=person.callsign))


@pytest.mark.parametrize(("kind", "field_name", "callsigns"), [
    ("interview", "interviewer", ["Maria", "Olena"]), ("check", "requested_by", ["Maria", "Olena"]),
    ("check", "waived_by", ["Maria"]), ("exam", "examiner", ["Ihor"]),
    ("decision", "decided_by", ["Maria"]), ("decision", "approved_by", ["Maria"]),
])
def test_who_may_be_named_in_each_author_field(kind: str, field_name: str, callsigns: list[str]) -> None:
    assert [u.callsign for u in authors.eligible(DIRECTORY, kind, field_name)] == callsigns  # active, by name
    for person in PEOPLE.values():
        problem = authors.author_problem(DIRECTORY, kind, field_name, person.callsign.lower())
        assert (problem is None) == (person.callsign in callsigns), (field_name, person, problem)
    assert authors.author_problem(DIRECTORY, kind, field_name, "Left") == \
        f"{field_name.replace('_', ' ')}: Left is no longer a user of this vault"
