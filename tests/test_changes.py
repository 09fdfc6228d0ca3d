"""The pure rules of the guarded write path (app.domain.changes, authors, roles, casenumber)."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from app.domain import authors, casenumber, changes, sealing
from app.domain.authors import User
from app.domain.enums import CheckKind, DecisionOutcome, Role
from app.domain.interchange import parse_document
from app.domain.model import Attestation, BackgroundCheck, Decision, Dossier, Origin, PolygraphExam
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


def test_every_reason_not_to_seal_is_listed_in_the_guards_order() -> None:
    """seal_blocks: the rule the guard applies (its first reason) and the desktop words (any of them)."""
    def whys(actor: User, record: Any) -> list[tuple[str, str]]:
        return [(b.why, b.sealer) for b in authors.seal_blocks(USERS, actor, record)]

    exam = PolygraphExam(1, examiner="Bravo")
    assert whys(EXA, exam) == [] and authors.seal_problem(USERS, EXA, exam) is None
    assert whys(SUP, exam) == [("role", "Bravo"), ("not_author", "Bravo")]
    assert whys(EXB, exam) == [("not_author", "Bravo")]
    assert whys(EXA, replace(exam, examiner="Ghost")) == [("not_author", "Ghost"), ("not_a_user", "Ghost")]
    assert whys(EXA, replace(exam, examiner="gone")) == [("not_author", "gone"), ("not_a_user", "gone")]
    olga = replace(exam, examiner="Olga", external=["examiner"])  # a user, but not an examiner
    assert whys(OFF, olga) == [("role", "Olga"), ("external", "Olga"), ("not_eligible", "Olga")]
    assert authors.seal_problem(USERS, OFF, olga) == "An officer may not seal a polygraph exam; only examiners may"
    assert whys(EXA, replace(exam, external=["examiner"])) == [("external", "Bravo")]
    assert whys(EXA, PolygraphExam(1)) == [("not_author", "")]
    iv = parse_document(sample_doc()).dossier.interviews[0]
    assert whys(OFF, replace(iv, interviewer="olga")) == []  # call signs in any case
    assert whys(SUP, replace(iv, interviewer="Olga")) == [("not_author", "Olga")]
    assert whys(SUP, replace(iv, interviewer="Bravo")) == [("not_author", "Bravo"), ("not_eligible", "Bravo")]


def test_a_picked_author_drops_the_external_mark_as_a_save_would() -> None:
    exam = PolygraphExam(1, examiner="капітан Іванов", external=["examiner"])
    assert authors.with_author(exam, "examiner", "капітан Іванов") is exam  # unchanged: still external
    picked = authors.with_author(exam, "examiner", "Bravo")
    assert (picked.examiner, picked.external, exam.examiner) == ("Bravo", [], "капітан Іванов")
    check = BackgroundCheck(CheckKind.OTHER, requested_by="x", waived_by="y", external=["requested_by", "waived_by"])
    assert authors.with_author(check, "requested_by", "Olga").external == ["waived_by"]


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
    stored.former_numbers, stored.created_at, stored.origin = ["KYIV-2026-0001"], T, Origin("a" * 32, "Sam")
    stored.interviews[0].interviewer = "Olga"  # a new case typed in the app names users only
    r = _review(SUP, blank := changes.blank_like(stored), copy.deepcopy(stored), creating=True)
    assert {Action.CREATE_CASE, Action.EDIT_CASE, Action.EDIT_EXAM} <= r.needs and r.problems == []
    assert (blank.person.surname, blank.person.given_name, blank.interviews) == ("", "", [])


def test_review_examiner_only_own_exams_and_authors() -> None:
    stored = drafted()
    stored.polygraph_exams[0].examiner, stored.polygraph_exams[0].external = "Bravo", []
    new = copy.deepcopy(stored)
    new.polygraph_exams[0].place = "Київ"
    assert _review(EXA, stored, new).denied == []
    assert _review(EXB, stored, new).denied == ["An examiner may only record and change their own polygraph exams."]
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
    problems = _review(SUP, stored, new).problems
    assert [p for p, _ in problems] == ["$.case_id", "$.sent_to_hq_at"]
    assert problems[0][1] == "case id is set by the vault and cannot be changed"


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


def test_identity_rules_are_frozen() -> None:
    """Ids derived for old cases must never change: a laptop and HQ upgrading years apart agree."""
    assert casenumber.legacy_case_id("KYIV-2026-0001", "2026-01-15T10:00:00Z") == \
        "e969e5d9-56bf-596a-b291-6fa3b2ce45be"
    assert casenumber.normalize_post_code(" kyiv2 ") == "KYIV2"
    for bad in ("1AB", "K", "KYIV-1", "ABCDEFGHI"):
        with pytest.raises(casenumber.ValidationError, match=r"^The post code must be 2\-8 Latin letters or digits"):
            casenumber.normalize_post_code(bad)
    assert casenumber.hq_station(22 + 660 - 1) == "Z9"
    with pytest.raises(casenumber.ValidationError, match=r"^This post has used every station code"):
        casenumber.hq_station(22 + 660)
    with pytest.raises(ValueError, match=r"^index$"):
        casenumber.hq_station(-1)
    d = dossier()
    d.case_id, d.case_number, d.created_at = "", "KYIV-2026-0002", None
    assert changes.case_identity(d) == casenumber.legacy_case_id("KYIV-2026-0002", "")


def test_refusals_and_author_messages_are_exact() -> None:
    """The UI translates these by their English text (app/ui/messages.py): each must match exactly."""
    from app.domain.roles import refusal

    assert refusal(Role.EXAMINER, [Action.EDIT_CASE, Action.WAIVE_CHECK]) == \
        "An examiner may not change a case's person, application, interviews or checks; waive a check."
    assert authors.author_problem(USERS, "check", "requested_by", "Petrenko") == \
        "requested by: Petrenko is not a user of this vault"
    assert authors.author_problem(USERS, "interview", "interviewer", "Bravo") == \
        "interviewer: Bravo does not have the role for it (officer or supervisor)"
    assert authors.seal_problem(USERS, OFF, replace(PolygraphExam(1), examiner="")) == \
        "An officer may not seal a polygraph exam; only examiners may"
    assert authors.seal_problem(USERS, EXA, PolygraphExam(1)) == \
        "Only its author (not recorded) can seal a polygraph exam."
    iv = parse_document(sample_doc()).dossier.interviews[0]
    assert authors.seal_problem(USERS, OFF, iv) == "Only its author (Alpha) can seal an interview."
    assert authors.seal_problem(USERS, OFF, BackgroundCheck(CheckKind.OTHER, requested_by="Sam")) == \
        "Only its author (Sam) can seal a check."
    dec = Decision(DecisionOutcome.DEFER, decided_by="Boss", external=["decided_by"])
    assert authors.seal_problem(USERS, SUP, dec) == "The decided by (Boss) is an external name: choose a user of " \
                                                   "this vault first."


def test_review_decisions_in_detail() -> None:
    stored = drafted()
    assert Action.CREATE_CASE not in changes.review(SUP, stored, copy.deepcopy(stored), USERS).needs  # an edit
    new = copy.deepcopy(stored)
    new.decision = Decision(DecisionOutcome.ACCEPT, decided_by="Olga", rationale="ok")
    r = _review(SUP, stored, new)
    assert ("$.decision.decided_by", "a decision is recorded in the name of its user") in r.problems
    assert ("$.decision", "at least one sealed interview") in r.problems  # and the stage guard
    new.decision = Decision(DecisionOutcome.REFER, decided_by="Sam")
    assert _review(SUP, stored, new).problems == []  # refer and defer need no finished steps
    decided = copy.deepcopy(stored)
    decided.decision = Decision(DecisionOutcome.DEFER, decided_by="Sam", sealed_by="Sam", sealed_at=T)
    cleared = copy.deepcopy(decided)
    cleared.decision = None
    assert ("$", "the decision is sealed and cannot be removed") in _review(SUP, decided, cleared).problems
    draft_decision = copy.deepcopy(stored)
    draft_decision.decision = Decision(DecisionOutcome.DEFER, decided_by="Sam")
    r = _review(SUP, draft_decision, copy.deepcopy(stored))
    assert r.needs == {Action.DECIDE} and r.problems == [] and r.decision_changed  # a draft decision cleared
    other = User("Nina", Role.SUPERVISOR)
    amended = copy.deepcopy(decided)
    amended.decision = sealing.amend(decided.decision, replace(decided.decision, rationale="уточнено"),  # type: ignore[arg-type]
                                     "Nina", "The unit asked for a wording", T)  # type: ignore[assignment]
    users = {**USERS, "nina": other}
    changes.prepare(decided, amended, other, users)
    r = changes.review(other, decided, amended, users)
    assert r.problems == [] and r.denied == []  # another supervisor amends; decided_by stays Sam's
    unsealed = copy.deepcopy(stored)
    unsealed.decision = Decision(DecisionOutcome.DEFER, decided_by="Sam")
    new = copy.deepcopy(unsealed)
    new.decision.approved_by = "Petrenko"  # type: ignore[union-attr]
    assert _review(SUP, unsealed, new).problems == [
        ("$.decision.approved_by", "approved by: Petrenko is not a user of this vault")]


def test_review_records_in_detail() -> None:
    stored = drafted()
    stored.polygraph_exams[0].examiner, stored.polygraph_exams[0].external = "Bravo", []
    new = copy.deepcopy(stored)
    new.polygraph_exams[0].place = "Київ"
    assert _review(SUP, stored, new).denied == []  # a supervisor may correct another's draft exam
    new.polygraph_exams = []
    r = _review(SUP, stored, new)
    assert r.needs == {Action.EDIT_EXAM} and r.problems == r.denied == []  # a draft exam removed
    gone = copy.deepcopy(stored)
    gone.interviews[0].interviewer, gone.interviews[0].external = "Gone", []
    new = copy.deepcopy(gone)
    new.interviews[0].notes = "уточнено"
    assert _review(OFF, gone, new).problems == []  # an unchanged author is not checked again
    new = copy.deepcopy(stored)
    new.checks[0].requested_by = "Petrenko"
    assert _review(OFF, stored, new).problems == [
        ("$.checks[0].requested_by", "requested by: Petrenko is not a user of this vault")]
    new = copy.deepcopy(stored)
    new.checks.append(BackgroundCheck(CheckKind.WATCHLIST, requested_by="Olga"))
    r = _review(OFF, stored, new)
    assert r.needs == {Action.EDIT_CASE} and r.problems == []  # a new check without a waiver
    new.checks[-1].waived_by, new.checks[-1].waiver_reason = "Sam", "x" * sealing.MIN_REASON_CHARS
    assert _review(SUP, stored, new).problems == []  # exactly the shortest reason
    new.checks[-1].waived_by = "Olga"  # an officer's own waiver: refused for the role, not as an author
    r = _review(OFF, stored, new)
    assert Action.WAIVE_CHECK in r.needs and r.problems == []
    waived = copy.deepcopy(new)
    waived.checks[-1].waived_by = "Sam"
    edited = copy.deepcopy(waived)
    edited.checks[-1].summary = "відповіді досі немає"
    assert _review(OFF, waived, edited).needs == {Action.EDIT_CASE}  # the waiver itself unchanged
    sealed_check = copy.deepcopy(stored)
    sealed_check.checks[0] = sealing.seal(sealed_check.checks[0], "Olga", T)  # type: ignore[assignment]
    new = copy.deepcopy(sealed_check)
    fixed = replace(new.checks[0], summary="нове")
    new.checks[0] = sealing.amend(new.checks[0], fixed, "Oleh", "Service sent a correction", T)  # type: ignore[assignment]
    oleh = User("Oleh", Role.OFFICER)
    assert changes.review(oleh, sealed_check, new, USERS).denied == [
        "Only the user who sealed check 1 (or a supervisor) may amend it."]
    sealed_exam = copy.deepcopy(stored)
    sealed_exam.polygraph_exams[0] = sealing.seal(sealed_exam.polygraph_exams[0], "Bravo", T)  # type: ignore[assignment]
    new = copy.deepcopy(sealed_exam)
    old = new.polygraph_exams[0]
    new.polygraph_exams[0] = sealing.amend(old, replace(old, place="Суми"), "Sam", "Place was wrong", T)  # type: ignore[assignment]
    assert changes.review(SUP, sealed_exam, new, USERS).denied == [
        "Only the examiner who sealed a polygraph exam may amend it."]
    new = copy.deepcopy(sealed_exam)
    new.decision = Decision(DecisionOutcome.DEFER, decided_by="Sam",
                            amendments=[sealing.Amendment("Sam", "a reason long enough", T, {})])
    assert ("$", "the decision is not sealed: it has no amendments to change") in _review(
        SUP, sealed_exam, new).problems


def test_as_draft_counts_half_made_seals_and_waivers() -> None:
    src = dossier()
    src.interviews[0].sealed_by, src.interviews[0].sealed_at = "", T  # a seal time without a name
    src.polygraph_exams[0].sealed_by, src.polygraph_exams[0].sealed_at = "", None
    src.checks[0].waived_by, src.checks[0].waiver_reason = "", "a reason with no one"
    d, dropped = changes.as_draft(src, USERS)
    assert dropped[:2] == ["1 seal(s)", "1 waiver(s)"]
    assert d.checks[0].waiver_reason == "" and d.interviews[0].sealed_at is None


def test_check_edit_names_every_seal_problem() -> None:
    """app.domain.sealing.check_edit, each of its refusals by its exact words."""
    base = drafted()
    base.interviews[0] = sealing.seal(base.interviews[0], "Olga", T)  # type: ignore[assignment]

    def problems(change: Any) -> list[str]:
        new = copy.deepcopy(base)
        change(new)
        return sealing.check_edit(base, new)

    def reseal(d: Dossier) -> None:
        d.interviews[0].sealed_at = datetime(2027, 1, 1, tzinfo=UTC)

    def forge_amendments(d: Dossier) -> None:
        d.interviews[0].amendments = [sealing.Amendment("Olga", "a long enough reason", T, {})]

    def change_quietly(d: Dossier) -> None:
        d.interviews[0].notes = "тихо змінено"

    def short_reason(d: Dossier) -> None:
        d.interviews[0] = sealing.amend(base.interviews[0], replace(base.interviews[0], notes="x"),  # type: ignore[assignment]
                                        "Olga", "too short", T)

    def lose_original(d: Dossier) -> None:
        short_reason(d)
        d.interviews[0].amendments[0].reason, d.interviews[0].amendments[0].original = "a long enough reason", {}

    def seal_new(d: Dossier) -> None:
        d.checks[0].sealed_by = "Olga"

    def attest_new(d: Dossier) -> None:
        d.checks[0].attested = Attestation("Alpha")

    assert problems(reseal) == ["the seal of interview 1 cannot be changed"]
    assert problems(forge_amendments) == ["the amendments of interview 1 cannot be changed"]
    assert problems(change_quietly) == [
        "interview 1 is sealed: a change needs exactly one new amendment with a reason"]
    assert problems(short_reason) == ["the amendment of interview 1 needs a reason of at least 10 characters"]
    assert problems(lose_original) == ["the amendment of interview 1 must keep the original record"]
    assert problems(seal_new) == ["check 1 can only be sealed with its author's passphrase"]
    assert problems(attest_new) == ["check 1 can only be attested by HQ's import of a signed bundle"]
    exactly = copy.deepcopy(base)
    exactly.interviews[0] = sealing.amend(base.interviews[0], replace(base.interviews[0], notes="x"),  # type: ignore[assignment]
                                          "Olga", "ten chars!", T)
    assert sealing.check_edit(base, exactly) == []  # exactly the shortest reason
    legacy = copy.deepcopy(base)  # an unsealed record that carries history from an older version
    legacy.checks[0].amendments = [sealing.Amendment("Olga", "kept from before", T, {})]
    legacy.checks[0].attested = Attestation("Alpha")
    assert sealing.check_edit(legacy, copy.deepcopy(legacy)) == []
    both = drafted()  # an unsealed record, then two sealed ones: each is checked, in any order
    both.checks[0] = sealing.seal(both.checks[0], "Olga", T)  # type: ignore[assignment]
    both.polygraph_exams[0] = sealing.seal(both.polygraph_exams[0], "Bravo", T)  # type: ignore[assignment]
    quiet = copy.deepcopy(both)
    quiet.polygraph_exams[0].place = "Суми"
    assert sealing.check_edit(both, quiet) == [
        "polygraph exam 1 is sealed: a change needs exactly one new amendment with a reason"]
    both.interviews[0] = sealing.seal(both.interviews[0], "Olga", T)  # type: ignore[assignment]
    quiet = copy.deepcopy(both)
    quiet.interviews, quiet.polygraph_exams[0].place = [], "Суми"
    assert sealing.check_edit(both, quiet) == [
        "interview 1 is sealed and cannot be removed",
        "polygraph exam 1 is sealed: a change needs exactly one new amendment with a reason"]
