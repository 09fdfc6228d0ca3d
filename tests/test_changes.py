"""The pure rules of the guarded write path (app.domain.changes, authors, roles, casenumber)."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.domain import authors, casenumber, changes, sealing
from app.domain.authors import User
from app.domain.enums import CheckKind, DecisionOutcome, Role
from app.domain.interchange import parse_document
from app.domain.model import Attestation, BackgroundCheck, Decision, Dossier, PolygraphExam
from app.domain.roles import Action, matrix, may
from tests.conftest import sample_doc

T = datetime(2026, 11, 1, tzinfo=UTC)
SUP, OFF, EXA, EXB = (User("Sam", Role.SUPERVISOR), User("Olga", Role.OFFICER), User("Bravo", Role.EXAMINER),
                      User("Charlie", Role.EXAMINER))
USERS = authors.directory([SUP, OFF, EXA, EXB, User("Gone", Role.OFFICER, active=False)])


def dossier() -> Dossier:
    d = parse_document(sample_doc()).dossier
    d.case_number, d.case_id = "KYIV-B-2026-0001", casenumber.new_case_id()
    return d


def drafted() -> Dossier:
    d, _ = changes.as_draft(dossier(), USERS)
    d.case_number, d.case_id = "KYIV-B-2026-0001", "0" * 8 + "-0000-4000-8000-" + "0" * 12
    return d


def test_case_numbers_and_ids() -> None:
    assert casenumber.format_case_number("KYIV", "B", 2026, 7) == "KYIV-B-2026-0007"
    for good in ("KYIV-B-2026-0001", "KYIV-X7Q-2026-12345", "KYIV-2026-0001", "KYIV-B-2026-0001#0A1B2C3D"):
        assert casenumber.looks_like_case_number(good), good
    for bad in ("KYIV-B2026-0001", "KYIV-ABCD-2026-0001", "K-B-2026-0001", "KYIV-B-26-0001", "KYIV-B-2026-001"):
        assert not casenumber.looks_like_case_number(bad), bad
    assert casenumber.is_legacy_number("KYIV-2026-0001") and not casenumber.is_legacy_number("KYIV-B-2026-0001")
    assert [casenumber.hq_station(i) for i in (0, 1, 21, 22, 23, 52)] == ["A", "B", "Z", "AA", "AB", "BA"]
    assert all(casenumber.is_hq_station(casenumber.hq_station(i)) for i in range(0, 600, 7))
    assert len({casenumber.hq_station(i) for i in range(660)}) == 660  # never the same code twice
    own = {casenumber.random_station() for _ in range(200)}
    assert all(len(c) == 3 and casenumber.STATION_RE.match(c) and not casenumber.is_hq_station(c) for c in own)
    a, b = casenumber.new_case_id(), casenumber.new_case_id()
    assert a != b and casenumber.is_case_id(a) and not casenumber.is_case_id("KYIV-B-2026-0001")
    legacy = casenumber.legacy_case_id("kyiv-2026-0001", "2026-01-15T10:00:00Z")
    assert legacy == casenumber.legacy_case_id("KYIV-2026-0001", "2026-01-15T10:00:00Z")
    assert legacy != casenumber.legacy_case_id("KYIV-2026-0001", "2026-01-15T10:00:01Z")
    assert casenumber.with_id_suffix("KYIV-2026-0001", "3f2a9c1b-0000-4000-8000-000000000000") == \
        "KYIV-2026-0001#3F2A9C1B"


def test_the_matrix() -> None:
    assert may(Role.SUPERVISOR, Action.DECIDE) and not may(Role.OFFICER, Action.DECIDE)
    assert may(Role.EXAMINER, Action.SEAL_EXAM) and not may(Role.SUPERVISOR, Action.SEAL_EXAM)
    assert not may(Role.OFFICER, Action.SEAL_EXAM) and not may(Role.EXAMINER, Action.CREATE_CASE)
    assert not may(Role.OFFICER, Action.EDIT_EXAM) and may(Role.EXAMINER, Action.EDIT_EXAM)
    rows = dict(matrix())
    assert set(rows) == set(Action) and rows[Action.VIEW_CASE] == (True, True, True)
    assert rows[Action.IMPORT_BUNDLE] == (False, False, True)


def test_authors_must_be_eligible_users() -> None:
    assert authors.author_problem(USERS, "exam", "examiner", "bravo") is None
    assert "not a user" in str(authors.author_problem(USERS, "exam", "examiner", "Petrenko"))
    assert "does not have the role for it (examiner)" in str(authors.author_problem(USERS, "exam", "examiner", "Olga"))
    assert "no longer" in str(authors.author_problem(USERS, "interview", "interviewer", "Gone"))
    assert authors.author_problem(USERS, "decision", "approved_by", "") is None
    assert [u.callsign for u in authors.eligible(USERS, "exam", "examiner")] == ["Bravo", "Charlie"]
    assert [u.callsign for u in authors.eligible(USERS, "interview", "interviewer")] == ["Olga", "Sam"]
    exam = PolygraphExam(1, examiner="bravo")
    assert authors.mark_external(exam, USERS) == [] and exam.examiner == "Bravo"
    check = BackgroundCheck(CheckKind.OTHER, requested_by="капітан Іванов", waived_by="Sam")
    assert authors.mark_external(check, USERS) == ["requested_by"]
    assert authors.external_label(check, "requested_by") == "капітан Іванов (external)"
    assert authors.external_label(check, "waived_by") == "Sam"


def test_who_may_seal_and_amend() -> None:
    exam = PolygraphExam(1, examiner="Bravo")
    assert authors.seal_problem(USERS, EXA, exam) is None
    assert "Only its author (Bravo)" in str(authors.seal_problem(USERS, EXB, exam))
    assert "A supervisor may not seal a polygraph exam; only examiners may" in str(
        authors.seal_problem(USERS, SUP, exam))
    exam.external = ["examiner"]
    assert "external name" in str(authors.seal_problem(USERS, EXA, exam))
    dec = Decision(DecisionOutcome.DEFER, decided_by="Sam")
    assert authors.seal_problem(USERS, SUP, dec) is None
    assert "An officer may not seal the decision" in str(authors.seal_problem(USERS, OFF, dec))
    sealed_exam = replace(PolygraphExam(1, examiner="Bravo"), sealed_by="Bravo")
    assert authors.may_amend(EXA, sealed_exam) and not authors.may_amend(SUP, sealed_exam)
    assert not authors.may_amend(EXB, sealed_exam)
    sealed_check = replace(BackgroundCheck(CheckKind.OTHER), sealed_by="Olga")
    assert authors.may_amend(SUP, sealed_check) and authors.may_amend(OFF, sealed_check)
    assert not authors.may_amend(User("Oleh", Role.OFFICER), sealed_check)


def test_as_draft_drops_what_a_document_cannot_bring() -> None:
    src = dossier()
    src.decision = Decision(DecisionOutcome.ACCEPT, decided_by="Sam", sealed_by="Sam", sealed_at=T)
    src.checks[0].waived_by, src.checks[0].waiver_reason = "Sam", "no answer for sixty days"
    src.interviews[0].amendments = [sealing.Amendment("Sam", "forged reason", T, {})]
    src.polygraph_exams[0].attested = Attestation("Alpha")
    src.sent_to_hq_at = T
    before = copy.deepcopy(src)
    d, dropped = changes.as_draft(src, USERS)
    assert src == before  # the input is not changed
    assert all(not (r.sealed_by or r.sealed_at or r.amendments or r.attested) for r in sealing.records(d).values())
    assert d.decision is None and d.sent_to_hq_at is None and not d.checks[0].waived_by
    assert d.case_number == d.case_id == "" and d.origin is None and d.created_at is None
    assert dropped[:5] == ["3 seal(s)", "1 amendment(s)", "1 waiver(s)", "the decision (accept)",
                           "the sent-to-HQ time"]
    assert dropped[5].startswith("1 author name(s)")  # interviewer Alpha is not a user here
    assert d.interviews[0].external == ["interviewer"] and d.polygraph_exams[0].external == []  # Bravo is


def _review(actor: User, stored: Dossier, new: Dossier, creating: bool = False) -> changes.Review:
    changes.prepare(stored, new, actor, USERS)
    return changes.review(actor, stored, new, USERS, creating)


def test_review_needs_per_part_changed() -> None:
    stored = drafted()
    new = copy.deepcopy(stored)
    assert _review(OFF, stored, new).needs == set()
    new.person.surname = "Інший"
    assert _review(OFF, stored, new).needs == {Action.EDIT_CASE}
    new = copy.deepcopy(stored)
    new.polygraph_exams[0].place = "Київ"
    assert _review(SUP, stored, new).needs == {Action.EDIT_EXAM}
    new = copy.deepcopy(stored)
    new.decision = Decision(DecisionOutcome.DEFER)
    r = _review(SUP, stored, new)
    assert Action.DECIDE in r.needs and r.decision_changed and new.decision.decided_by == "Sam"
    new.decision = Decision(DecisionOutcome.DEFER, decided_by="Olga")
    assert ("$.decision.decided_by", "a decision is recorded in the name of its user") in _review(
        SUP, stored, new).problems
    r = _review(SUP, blank := changes.blank_like(stored), copy.deepcopy(stored), creating=True)
    assert {Action.CREATE_CASE, Action.EDIT_CASE, Action.EDIT_EXAM} <= r.needs and blank.person.surname == ""


def test_review_examiner_only_own_exams_and_authors() -> None:
    stored = drafted()
    stored.polygraph_exams[0].examiner, stored.polygraph_exams[0].external = "Bravo", []
    new = copy.deepcopy(stored)
    new.polygraph_exams[0].place = "Київ"
    assert _review(EXA, stored, new).denied == []
    assert _review(EXB, stored, new).denied == ["An examiner may only record and change their own polygraph exams"]
    new.polygraph_exams[0].examiner = "Olga"
    assert ("$.polygraph_exams[0].examiner", "examiner: Olga does not have the role for it (examiner)") in _review(
        SUP, stored, new).problems
    new = copy.deepcopy(stored)
    new.interviews[0].interviewer = "Petrenko"
    assert ("$.interviews[0].interviewer", "interviewer: Petrenko is not a user of this vault") in _review(
        OFF, stored, new).problems
    free = drafted()  # an external value stays while unchanged, whatever `external` the caller sends
    new = copy.deepcopy(free)
    new.interviews[0].notes, new.interviews[0].external = "уточнено", []
    assert _review(OFF, free, new).problems == [] and new.interviews[0].external == ["interviewer"]


def test_review_waivers_amendments_and_identity() -> None:
    stored = drafted()
    new = copy.deepcopy(stored)
    new.checks[0].waived_by, new.checks[0].waiver_reason = "Sam", "no answer in sixty days"
    r = _review(SUP, stored, new)
    assert Action.WAIVE_CHECK in r.needs and r.problems == []
    new.checks[0].waiver_reason = "short"
    assert ("$.checks[0].waived_by", "a waiver needs your call sign and a reason") in _review(SUP, stored, new).problems
    sealed = copy.deepcopy(stored)
    sealed.interviews[0] = sealing.seal(sealed.interviews[0], "Olga", T)  # type: ignore[assignment]
    new = copy.deepcopy(sealed)
    fixed = replace(new.interviews[0], notes="уточнено")
    new.interviews[0] = sealing.amend(new.interviews[0], fixed, "Sam", "Interpreter corrected it", T)  # type: ignore[assignment]
    assert _review(SUP, sealed, new).problems == [] and Action.AMEND in _review(SUP, sealed, copy.deepcopy(new)).needs
    forged = copy.deepcopy(sealed)
    forged.interviews[0] = sealing.amend(forged.interviews[0], fixed, "Olga", "Interpreter corrected it", T)  # type: ignore[assignment]
    assert ("$.interviews[0]", "an amendment is made in the name of the user who makes it") in _review(
        SUP, sealed, forged).problems
    other = User("Oleh", Role.OFFICER)
    assert _review(other, sealed, copy.deepcopy(new)).denied  # neither its sealer nor a supervisor
    new = copy.deepcopy(stored)
    new.case_id, new.sent_to_hq_at = casenumber.new_case_id(), T
    paths = [p for p, _ in _review(SUP, stored, new).problems]
    assert paths == ["$.case_id", "$.sent_to_hq_at"]


def test_review_refuses_new_seals_amendments_and_attestations() -> None:
    stored = drafted()
    for change in ("seal", "amend", "attest"):
        new = copy.deepcopy(stored)
        rec = new.polygraph_exams[0]
        if change == "seal":
            rec.sealed_by = "Bravo"
        elif change == "amend":
            rec.amendments = [sealing.Amendment("Sam", "a long enough reason", T, {})]
        else:
            rec.attested = Attestation("Alpha")
        assert any(p == "$" for p, _ in _review(SUP, stored, new).problems), change
    sealed = copy.deepcopy(stored)
    sealed.decision = Decision(DecisionOutcome.DEFER, decided_by="Sam", sealed_by="Sam", sealed_at=T)
    new = copy.deepcopy(sealed)
    new.person.surname = "Підмінений"
    assert Action.EDIT_AFTER_DECISION in _review(SUP, sealed, new).needs


def test_attest_keeps_earlier_attestations_of_unchanged_records() -> None:
    first = dossier()
    stamp1, stamp2 = Attestation("Alpha", "KYIV", "11", 1, T), Attestation("Alpha", "KYIV", "11", 2, T)
    first.polygraph_exams[0].attested = Attestation("Forged")  # a bundle's own claim is ignored
    assert changes.attest(first, None, stamp1) == 2  # the sealed interview and exam
    assert first.polygraph_exams[0].attested == stamp1 and first.checks[0].attested is None  # not sealed
    second = copy.deepcopy(first)
    second.interviews[0].notes = "змінено"
    assert changes.attest(second, first, stamp2) == 1
    assert second.polygraph_exams[0].attested == stamp1 and second.interviews[0].attested == stamp2


def test_case_identity_of_a_document() -> None:
    d = dossier()
    assert changes.case_identity(d) == d.case_id
    d.case_id, d.case_number, d.created_at = "", "KYIV-2026-0001", T
    assert changes.case_identity(d) == casenumber.legacy_case_id("KYIV-2026-0001", "2026-11-01T00:00:00Z")


@pytest.mark.parametrize("kind", ["interview", "check", "exam", "decision"])
def test_every_kind_has_author_rules(kind: str) -> None:
    assert authors.SEALER_FIELD[kind] in authors.AUTHOR_FIELDS[kind]
    assert authors.SEAL_ROLES[kind]
