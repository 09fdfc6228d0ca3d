"""The new editing commands go through the same guards as the desktop's Save; demo data stays out
of a real vault; hand-over within the vault (CLI and desktop) shows in the history; the retention
dialog lists what is due and deletes after a confirmation."""

from __future__ import annotations

import json
from pathlib import Path

from app.ui.messages import tr_action
from tests.conftest import PASS, sample_doc, seed_dossier
from tests.guard_helpers import cli, login, make_post


def _write(tmp: Path, name: str, obj: object) -> str:
    path = tmp / name
    path.write_text(json.dumps(obj, ensure_ascii=False))
    return str(path)


def test_patch_interview_check_decision_and_amend_obey_the_guards(vault_dir: Path, tmp_path: Path) -> None:
    s = make_post(vault_dir)
    case = s.add_applicant(__import__("app.domain.interchange", fromlist=["x"]).parse_document(sample_doc()))
    s.close()
    code, _, _ = cli(vault_dir, "officer", "applicant", "patch", case, "--json",
                     _write(tmp_path, "p.json", {"person": {"place_of_birth": "Полтава", "languages": None}}))
    assert code == 0
    d = login(vault_dir, "officer")
    got = d.get_dossier(case)
    d.close()
    assert got.person.place_of_birth == "Полтава" and got.person.languages == [] and got.person.surname == "Шевчук"
    code, _, err = cli(vault_dir, "officer", "applicant", "patch", case, "--json",
                       _write(tmp_path, "bad.json", {"case_id": "x"}))
    assert code == 5 and "vault sets" in err
    check = {"kind": "security_service", "requested_by": "Olga", "result": "no_record"}
    code, _, _ = cli(vault_dir, "officer", "background-check", "add", case, "--json", _write(tmp_path, "c.json", check))
    assert code == 0
    code, _, err = cli(vault_dir, "officer", "seal", case, "check", "2")
    assert code == 0, err
    # an officer may not record a decision; a supervisor may, in their own name
    dec = {"outcome": "defer", "reason_code": "R1", "rationale": "Waiting."}
    code, _, err = cli(vault_dir, "officer", "decision", case, "--json", _write(tmp_path, "d.json", dec))
    assert code == 9
    assert cli(vault_dir, "supervisor", "decision", case, "--json", str(tmp_path / "d.json"))[0] == 0
    # a sealed check is changed only by amendment: by its maker (or a supervisor), not an examiner
    fixed = {**check, "reference": "REF-7"}
    code, _, _ = cli(vault_dir, "examiner", "amend", case, "check", "2", "--json",
                     _write(tmp_path, "f.json", fixed), "--reason", "reference added")
    assert code == 9
    code, out, _ = cli(vault_dir, "officer", "amend", case, "check", "2", "--json", str(tmp_path / "f.json"),
                       "--reason", "reference added")
    assert code == 0, out
    code, _, err = cli(vault_dir, "officer", "background-check", "add", case, "--json",
                       _write(tmp_path, "c2.json", {**check, "sealed_by": "Olga"}))
    assert code == 5 and "seal" in err.lower()  # a seal claimed in a file is refused
    d = login(vault_dir, "supervisor")
    got = d.get_dossier(case)
    d.close()
    amended = got.checks[1]
    assert amended.reference == "REF-7" and amended.sealed_by == "Olga" and len(amended.amendments) == 1
    assert len(got.checks) == 2  # a seal in a file is never taken
    assert got.decision is not None and got.decision.decided_by == "Sam"


def test_demo_refuses_a_real_vault_and_fills_a_training_vault(vault_dir: Path, tmp_path: Path) -> None:
    make_post(vault_dir).close()
    code, _, err = cli(vault_dir, "supervisor", "demo", "--applicants", "3")
    assert code == 9 and "training vault" in err
    s = login(vault_dir, "supervisor")
    assert s.count_applicants() == 0
    s.close()
    train = tmp_path / "train"
    from app.cli import main

    (tmp_path / "pw").write_text(PASS + "\n")
    assert main(["--vault", str(train), "--user", "Sam", "--passphrase-file", str(tmp_path / "pw"),
                 "init", "--demo", "--post", "TRAIN"]) == 0
    code, out, _ = cli(train, "supervisor", "demo", "--applicants", "3")
    assert code == 0 and "Added 3" in out


def test_hand_over_within_the_vault(vault_dir: Path, tmp_path: Path) -> None:
    s = make_post(vault_dir)
    case = seed_dossier(s, sample_doc())
    s.close()
    code, _, err = cli(vault_dir, "officer", "handover", case, "--to", "Olga", "--reason", "workload")
    assert code == 9  # the officer does not hold it (Sam created it)
    code, _, err = cli(vault_dir, "supervisor", "handover", case, "--to", "Bravo", "--reason", "workload")
    assert code == 5 and "officer or supervisor" in err  # an examiner does not hold cases
    code, _, err = cli(vault_dir, "supervisor", "handover", case, "--to", "Olga", "--reason", "Шевчук asked")
    assert code == 5
    assert cli(vault_dir, "supervisor", "handover", case, "--to", "Olga", "--reason", "workload")[0] == 0
    code, out, _ = cli(vault_dir, "officer", "handover", case, "--to", "Sam", "--reason", "leave")
    assert code == 0 and "from Olga to Sam" in out
    s = login(vault_dir, "supervisor")
    assert s.case_holder(case) == "Sam"
    history = [(e.action, e.detail) for e in s.audit_entries(case) if e.action == "handed_over"]
    assert history == [("handed_over", "from Olga to Sam: leave"), ("handed_over", "from Sam to Olga: workload")]
    assert tr_action("handed_over") == "handed over"
    s.close()


def test_the_desktop_hands_over_and_runs_retention(qtbot, vault_dir: Path, scripted, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from app.domain.retention import Policy
    from app.ui import lifecycle_actions
    from app.ui.retention_dialog import RetentionDialog, offer_at_unlock
    from app.vault import dossiers

    s = make_post(vault_dir)
    doc = sample_doc()
    doc["decision"] = {"outcome": "defer", "reason_code": "R1", "rationale": "Wait.", "decided_by": "Sam",
                       "decided_at": "2026-01-10T10:00:00Z", "sealed_by": "Sam", "sealed_at": "2026-01-10T10:00:00Z"}
    case = seed_dossier(s, doc)
    scripted.texts = ["Olga", "workload"]
    assert lifecycle_actions.hand_over(None, s, case)  # type: ignore[arg-type]
    assert s.case_holder(case) == "Olga"
    s.set_retention_policy(Policy({"defer": 3}))
    monkeypatch.setattr(dossiers, "now_utc", lambda: datetime(2026, 5, 1, tzinfo=UTC))
    assert offer_at_unlock(None, s) is None  # type: ignore[arg-type]  # not acknowledged by HQ: not offered
    dialog = RetentionDialog(s)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.delete_button.isEnabled()
    dialog.unacknowledged.setChecked(True)
    assert dialog.table.rowCount() == 1 and case in dialog.table.item(0, 0).text()
    scripted.confirm_answer = False
    dialog.run()
    assert s.count_applicants() == 1
    scripted.confirm_answer = True
    dialog.run()
    assert s.count_applicants() == 0 and scripted.seen[-1] == ("info", "Retention", "1 case(s) deleted.")
    assert [t.case_number for t in s.deleted_cases()] == [case]
    s.close()
