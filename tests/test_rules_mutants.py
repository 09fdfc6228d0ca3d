"""Behaviour of the insider-proofing rules that mutation testing (`make mutants-rules`) showed
the other pure-domain tests did not pin down: what a seal and an amendment record, and what the
history of a sealed record shows a reader."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, datetime

from app.domain import sealing
from app.domain.model import Amendment, Interview
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
