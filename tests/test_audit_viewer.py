"""The whole audit log: `dossier audit list` (JSON and table) and the desktop's Audit log dialog
(a proxy-filtered table model, verification on top, actions in words); deleting from the desktop."""

from __future__ import annotations

import json
from pathlib import Path

from app.ui.audit_dialog import AuditDialog
from app.ui.main_window import MainWindow
from tests.conftest import sample_doc, seed_dossier
from tests.guard_helpers import cli, login, make_post


def _post(vault_dir: Path) -> tuple[str, str]:
    s = make_post(vault_dir)
    a, b = seed_dossier(s, sample_doc()), seed_dossier(s, sample_doc(surname="Коваль"))
    s.record_print(a)
    s.delete_applicant(b, "entered in error")
    s.close()
    return a, b


def test_audit_list_json_filters_by_user_action_case_and_date(vault_dir: Path) -> None:
    a, b = _post(vault_dir)
    code, out, _ = cli(vault_dir, "supervisor", "audit", "list", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["verified"] is True and doc["entries"] == len(doc["log"])
    seqs = [e["seq"] for e in doc["log"]]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) >= 8
    assert {"user_added", "create", "print", "deleted"} <= {e["action"] for e in doc["log"]}
    _, out, _ = cli(vault_dir, "supervisor", "audit", "list", "--json", "--action", "deleted")
    (tomb,) = json.loads(out)["log"]
    assert tomb["case"] == b and json.loads(tomb["detail"])["reason"] == "entered in error"
    _, out, _ = cli(vault_dir, "supervisor", "audit", "list", "--json", "--case", a)
    assert {e["case"] for e in json.loads(out)["log"]} == {a}
    _, out, _ = cli(vault_dir, "officer", "audit", "list", "--json", "--by", "Olga")
    assert {e["user"] for e in json.loads(out)["log"]} == {"Olga"}
    _, out, _ = cli(vault_dir, "supervisor", "audit", "list", "--json", "--until", "2000-01-01")
    assert json.loads(out)["log"] == []
    code, out, _ = cli(vault_dir, "supervisor", "audit", "list", "--limit", "3")
    assert code == 0 and out.startswith("# audit log: chain verified") and len(out.splitlines()) == 4
    code, _, err = cli(vault_dir, "supervisor", "audit", "list", "--since", "yesterday")
    assert code == 2 and "YYYY-MM-DD" in err


def test_the_audit_dialog_filters_and_shows_words(qtbot, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = _post(vault_dir)
    s = login(vault_dir, "supervisor")
    dialog = AuditDialog(s)
    qtbot.addWidget(dialog)
    assert "intact" in dialog.status.text()
    total = dialog.model.rowCount()
    assert dialog.proxy.rowCount() == total > 5
    actions = {dialog.proxy.index(r, 3).data() for r in range(dialog.proxy.rowCount())}
    assert "deleted" in actions and "printed" in actions and not any("_" in x for x in actions)
    dialog.action.setCurrentIndex(dialog.action.findData("deleted"))
    assert dialog.proxy.rowCount() == 1 and dialog.proxy.index(0, 4).data() == b
    dialog.action.setCurrentIndex(0)
    qtbot.keyClicks(dialog.case, a[-4:])
    assert 0 < dialog.proxy.rowCount() < total
    assert {dialog.proxy.index(r, 4).data() for r in range(dialog.proxy.rowCount())} == {a}
    dialog.case.clear()
    dialog.user.setCurrentIndex(dialog.user.findData("Sam"))
    assert {dialog.proxy.index(r, 2).data() for r in range(dialog.proxy.rowCount())} == {"Sam"}
    dialog.user.setCurrentIndex(0)
    qtbot.keyClicks(dialog.until, "1999-12-31")
    assert dialog.proxy.rowCount() == 0 and "0 of" in dialog.shown.text()
    s.close()


def test_delete_from_the_desktop_asks_a_reason_and_confirmation(qtbot, vault_dir: Path, scripted) -> None:  # type: ignore[no-untyped-def]
    s = make_post(vault_dir)
    case = seed_dossier(s, sample_doc())
    window = MainWindow(s)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10000)
    window.table.selectRow(0)
    scripted.confirm_answer = False
    scripted.texts = ["withdrawn"]
    window.delete_selected()
    assert s.count_applicants() == 1
    scripted.confirm_answer = True
    scripted.texts = ["Шевчук withdrew"]  # names the applicant: refused, nothing deleted
    window.delete_selected()
    assert s.count_applicants() == 1 and scripted.seen[-1][0] == "error"
    scripted.texts = ["withdrawn"]
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.delete_selected()
    assert s.count_applicants() == 0 and scripted.seen[-1] == ("info", "Delete case", f"Deleted: {case}")
    s.close()
