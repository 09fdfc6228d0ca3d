"""Import as a day's work: a folder of good, tampered and repeated bundles goes in, in the
background, with progress and cancel; a bad bundle is listed with the check that failed while the
others go in; a summary at the end, printable as a PDF, and as JSON on the command line."""

from __future__ import annotations

import json
import re
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, run_cli
from tests.exchange_helpers import HQ_PASS, add_case, members_of, repack, tool

ENV = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Chief", "DOSSIER_HQ_PASSPHRASE": HQ_PASS}
NAMES = ["01-a1.fdb.age", "02-b.fdb.age", "03-bad.fdb.age", "04-a2.fdb.age", "05-a1-again.fdb.age"]


def make_stick(field: Any, hq: Any, tmp_path: Path) -> Path:
    """Case A, case B, a tampered copy of B, A changed, and A's first bundle again (a repeat)."""
    from app.casefile.export import export_cases
    from app.domain.enums import CheckResult

    out = tmp_path / "out"
    out.mkdir()
    stick = tmp_path / "stick"
    (stick / "post-kyiv").mkdir(parents=True)
    a, b = add_case(field, given_name="Олег"), add_case(field, given_name="Ігор")
    a1 = export_cases(field, [a], out).exported[0].file
    b1 = export_cases(field, [b], out).exported[0].file
    d = field.get_dossier(a)
    d.checks[0].result = CheckResult("adverse")
    field.save_dossier(d)
    a2 = export_cases(field, [a], out).exported[0].file
    members = members_of(b1.read_bytes(), hq.identity)
    changed = members["case.json"].replace("Ігор".encode(), "Ігар".encode())  # a name altered after signing
    assert changed != members["case.json"]
    members["case.json"] = changed
    files = [a1.read_bytes(), b1.read_bytes(), repack(members, hq.recipient), a2.read_bytes(), a1.read_bytes()]
    for name, data in zip(NAMES, files, strict=True):
        (stick / "post-kyiv" / name).write_bytes(data)
    (stick / "notes.txt").write_text("not a bundle")
    return stick


@pytest.fixture
def hqv(tmp_path: Path) -> Any:
    from app.vault import vault

    s = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    yield s
    s.close()


def _open_dialog(qtbot: Any, hqv: Any, scripted: Any, stick: Path, hq: Any) -> Any:
    from app.ui import hq_actions
    from app.ui.main_window import MainWindow

    w = MainWindow(hqv)
    qtbot.addWidget(w)
    shown: list[Any] = []
    scripted.directories = [str(stick), str(hq.folder)]
    scripted.texts = [HQ_PASS]
    hq_actions.import_folder(w, hqv, shown=shown.append)
    assert shown, scripted.seen
    return shown[0]


def _rows(dialog: Any) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_import_dialog_takes_in_the_good_lists_the_bad_and_prints_the_summary(  # type: ignore[no-untyped-def]
        qtbot, hq, field, hqv, scripted, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    dialog = _open_dialog(qtbot, hqv, scripted, make_stick(field, hq, tmp_path), hq)
    qtbot.waitUntil(lambda: dialog.batch is not None or bool(dialog.error), timeout=180000)
    assert dialog.batch is not None and not dialog.batch.cancelled and dialog.bar.value() == 5
    rows = _rows(dialog)
    assert [r[0] for r in rows] == NAMES  # in the order of their names, from the folder below the chosen one
    assert [r[2] for r in rows] == ["new case", "new case", "refused", "new version", "repeat: nothing changed"]
    assert rows[2][3].startswith("manifest-hashes: a file in it was changed after it was signed")
    assert rows[3][3].startswith("version 2")
    assert dialog.summary.text().startswith("New cases: 2. New versions: 1. Repeats: 1. Older, kept: 0. Refused: 1.")
    assert not any(re.search(r"\b[a-z]+_[a-z]+\b", cell) for row in rows for cell in row)  # no internal codes
    assert hqv.count_applicants() == 2
    a = rows[0][1]
    assert [v.version for v in hqv.case_versions(a)] == [1, 2]
    assert hqv.get_dossier(a).checks[0].result.value == "adverse"
    scripted.save_paths = [str(tmp_path / "summary.pdf")]
    qtbot.mouseClick(dialog.save_pdf_button, Qt.MouseButton.LeftButton)
    assert tool("qpdf", "--check", str(tmp_path / "summary.pdf")).returncode == 0
    text = tool("pdftotext", "-layout", str(tmp_path / "summary.pdf"), "-").stdout
    assert "Імпорт пакетів" in text and "03-bad.fdb.age" in text and "хеші маніфесту" in text  # Ukrainian paper
    assert re.search(r"Нові справи\s+2", text) and re.search(r"Відхилено\s+1", text), text
    assert "Олег" not in text and "Ігор" not in text  # no applicant's name on the summary
    w = dialog.parent()
    assert dialog.width() <= 1366 and dialog.height() <= 768 and w is not None


def test_cancel_stops_between_two_bundles_and_leaves_the_vault_whole(  # type: ignore[no-untyped-def]
        qtbot, hq, field, hqv, scripted, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from app.casefile import hq_batch
    from app.vault.integrity import check

    stick = make_stick(field, hq, tmp_path)
    gate, original, started = threading.Event(), hq_batch.import_one, []

    def held(session: Any, path: Path, trust: Any) -> Any:
        started.append(path.name)
        if len(started) == 2:  # the second bundle waits until the analyst has pressed Cancel
            assert gate.wait(120)
        return original(session, path, trust)

    monkeypatch.setattr(hq_batch, "import_one", held)
    dialog = _open_dialog(qtbot, hqv, scripted, stick, hq)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=180000)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert "Stopping after the current bundle" in dialog.status.text()  # the window answered at once
    with qtbot.waitSignal(dialog.task.signals.finished, timeout=120000):
        gate.set()
    batch = dialog.batch
    assert batch.cancelled and len(batch.outcomes) == 2 and batch.counts()["not_done"] == 3
    assert started == NAMES[:2] and dialog.table.rowCount() == 2
    assert dialog.status.text().startswith("Cancelled: 2 of 5 bundle(s) were dealt with")
    assert "Not imported (cancelled): 3." in dialog.summary.text()
    assert hqv.count_applicants() == 2 and check(hqv) == []
    assert len(hqv.receipts()) == 2  # each imported bundle recorded with its case, nothing of the rest
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isEnabled()


def test_cli_import_goes_on_past_a_bad_bundle_and_reports_each(hq, field, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.vault import vault

    stick = make_stick(field, hq, tmp_path)
    vault.create(tmp_path / "hqv", "HQ", "Chief", PASS).close()
    shutil.copy(stick / "post-kyiv" / NAMES[2], tmp_path / "bad.fdb.age")
    r = run_cli("--vault", str(tmp_path / "hqv"), "import", str(stick), "--identity", str(hq.folder),
                "--summary-pdf", str(tmp_path / "s.pdf"), **ENV)
    assert r.returncode == 101, r.stderr  # 100 + one refused
    blocks = r.stdout.split("== ")[1:]
    assert [b.split("\n", 1)[0] for b in blocks] == NAMES
    assert "FAIL  manifest-hashes" in blocks[2] and "REFUSED at manifest-hashes" in blocks[2]
    assert "imported as version 2" in blocks[3] and "REPEAT: a repeat of export 1" in blocks[4]
    assert r.stdout.rstrip().endswith("Summary: 5 bundle(s): 2 new case(s), 1 new version(s), 1 repeat(s), "
                                      "0 older kept, 1 refused.")
    assert "1 of 5 bundle(s) failed" in r.stderr
    assert "Імпорт пакетів" in tool("pdftotext", str(tmp_path / "s.pdf"), "-").stdout
    again = run_cli("--vault", str(tmp_path / "hqv"), "import", str(stick / "post-kyiv" / NAMES[0]),
                    str(tmp_path / "bad.fdb.age"), "--identity", str(hq.folder), "--json", **ENV)
    assert again.returncode == 101
    out = json.loads(again.stdout)
    assert out["summary"] == {"new_case": 0, "new_version": 0, "repeat": 1, "stale": 0, "refused": 1, "not_done": 0}
    bad = out["bundles"][1]
    assert bad["file"] == "bad.fdb.age" and bad["kind"] == "refused" and bad["check"] == "manifest-hashes"
    assert bad["why"] == "a file in it was changed after it was signed"
    empty = tmp_path / "empty"
    empty.mkdir()
    none = run_cli("--vault", str(tmp_path / "hqv"), "import", str(empty), "--identity", str(hq.folder), **ENV)
    assert none.returncode == 2 and "No bundles" in none.stderr


def test_bundles_in_walks_folders_in_name_order_and_never_follows_links(tmp_path: Path) -> None:
    from app.casefile.hq_batch import bundles_in

    (tmp_path / "a" / "deep").mkdir(parents=True)
    for p in ("a/2.fdb.age", "a/deep/1.fdb.age", "3.fdb.age", "a/x.txt"):
        (tmp_path / p).write_bytes(b"x")
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    (outside / "0.fdb.age").write_bytes(b"x")
    (tmp_path / "link").symlink_to(outside)
    (tmp_path / "0-link.fdb.age").symlink_to(outside / "0.fdb.age")
    assert [p.name for p in bundles_in([tmp_path])] == ["1.fdb.age", "2.fdb.age", "3.fdb.age"]


def test_a_stopped_import_is_shown_in_the_interface_language(qtbot: Any, ukrainian: Any) -> None:
    """The worker's failure keeps its message code across the thread (a str signal dropped it and
    the window showed the English sentence on a Ukrainian screen)."""
    from app.domain import msg
    from app.ui.import_dialog import _Signals
    from app.ui.messages import tr_message

    signals = _Signals()
    got: list[Any] = []
    signals.failed.connect(got.append)
    signals.failed.emit(msg.text("err.hq_no_store"))
    assert got and getattr(got[0], "message", None) is not None
    shown = tr_message(got[0])
    assert "сховища ключів штабу" in shown and "No HQ key store" not in shown
