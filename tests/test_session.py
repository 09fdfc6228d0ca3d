"""Session services used by the desktop app: drafts, settings, roles, decisions, printing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.enums import DecisionOutcome, Role
from app.domain.interchange import parse_document, to_document
from app.domain.model import Decision, Dossier, Person
from app.errors import PermissionDenied, ValidationError
from app.vault import vault
from tests.conftest import PASS, PASS2, sample_doc


def test_drafts_are_per_user_and_survive_reopen(session, vault_dir: Path) -> None:
    session.save_draft("new", {"format": "field-dossier/1", "person": {"surname": "Чернетка"}})
    session.add_user("Bravo", Role.OFFICER, PASS2)
    session.close()
    s = vault.unlock(vault_dir, "Alpha", PASS)
    doc, saved_at = s.load_draft("new")  # type: ignore[misc]
    assert doc["person"]["surname"] == "Чернетка" and saved_at.tzinfo is not None
    s.close()
    b = vault.unlock(vault_dir, "Bravo", PASS2)
    assert b.load_draft("new") is None
    b.close()


def test_saving_a_dossier_discards_its_draft(session) -> None:
    case = session.add_applicant(parse_document(sample_doc()))
    d = session.get_dossier(case)
    session.save_draft(case, to_document(d))
    session.save_dossier(d)
    assert session.load_draft(case) is None


def test_create_dossier_from_the_app(session) -> None:
    session.save_draft("new", {"x": 1})
    case = session.create_dossier(Dossier(person=Person(surname="Бойко", given_name="Ірина")))
    d = session.get_dossier(case)
    assert d.person.surname_latin == "Boiko" and session.load_draft("new") is None


def test_settings_and_idle_lock_default(session) -> None:
    assert session.idle_lock_minutes == 5
    session.set_setting("idle_lock_minutes", "15")
    assert session.idle_lock_minutes == 15
    session.set_setting("idle_lock_minutes", "junk")
    assert session.idle_lock_minutes == 5


def test_only_a_supervisor_records_a_decision(session, vault_dir: Path) -> None:
    case = session.add_applicant(parse_document(sample_doc()))
    session.add_user("Bravo", Role.OFFICER, PASS2)
    session.close()
    officer = vault.unlock(vault_dir, "Bravo", PASS2)
    d = officer.get_dossier(case)
    d.decision = Decision(DecisionOutcome.DEFER, rationale="ok")
    with pytest.raises(PermissionDenied):
        officer.save_dossier(d)
    assert officer.get_dossier(case).decision is None
    officer.close()
    sup = vault.unlock(vault_dir, "Alpha", PASS)
    d = sup.get_dossier(case)
    d.decision = Decision(DecisionOutcome.DEFER, rationale="ok")
    sup.save_dossier(d)
    assert sup.get_dossier(case).decision.outcome is DecisionOutcome.DEFER  # type: ignore[union-attr]
    assert "decision" in [e.action for e in sup.audit_entries(case)]
    sup.close()


def test_role_changes_and_last_supervisor(session) -> None:
    session.add_user("Bravo", Role.OFFICER, PASS2)
    session.set_role("Bravo", Role.EXAMINER)
    assert {u.callsign: u.role for u in session.list_users()}["Bravo"] is Role.EXAMINER
    with pytest.raises(ValidationError):
        session.set_role("Alpha", Role.OFFICER)


def test_print_is_audited(session) -> None:
    case = session.add_applicant(parse_document(sample_doc()))
    session.record_print(case)
    assert session.audit_entries(case)[0].action == "print"


def test_demo_vault_is_marked(tmp_path: Path) -> None:
    s = vault.create(tmp_path / "demo", "TRAIN", "Trainee", PASS, demo=True)
    assert s.is_demo
    s.close()
