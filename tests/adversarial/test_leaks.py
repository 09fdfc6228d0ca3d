"""Plaintext leaks: a full scripted session, then a scan of every place it could leak.

Through the real CLI and the desktop app (offscreen) an officer enrols, adds an
applicant with an interview and two scored polygraph exams, edits the case in
a window, previews and prints the case file, sends bundles to a stick, locks,
unlocks and panic-wipes. Unique markers (names in Cyrillic, their Latin
transliterations, a note, a document number) must then appear nowhere in: the
vault folder, the temp folder, the config/state/cache/data folders (Qt
settings, logs, recent files), or the stick (bundles are age ciphertext).
Explicit outputs the officer asked for by name (the saved PDF) are not scanned.
"""

from __future__ import annotations

import gc
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

from app.domain.names import latin_variants
from tests.conftest import PASS, run_cli, sample_doc
from tests.gui_helpers import type_text

MARKS = ["Маркерчук", "Зоряниця", "квазімодомаркер", "QX9876543", "ҐудзикМаркер"]


def _needles() -> list[bytes]:
    words = set(MARKS)
    for m in MARKS[:2] + MARKS[4:]:
        words |= {v for v in latin_variants(m) if len(v) >= 6}
    out: set[bytes] = set()
    for w in words:
        for form in (w, w.lower(), w.upper(), w.casefold()):
            out |= {form.encode("utf-8"), form.encode("utf-16-le"), form.encode("utf-16-be")}
    return sorted(out)


def _scan(folder: Path) -> list[str]:
    needles = _needles()
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            hits += [f"{path}: {n!r}" for n in needles if n in data]
    return hits


def _marker_doc() -> dict[str, Any]:
    doc = sample_doc(surname=MARKS[0], given_name=MARKS[1])
    doc["person"].pop("surname_latin", None)
    doc["person"]["documents"][0]["number"] = MARKS[3]
    doc["interviews"][0]["notes"] = MARKS[2]
    second = json.loads(json.dumps(doc["polygraph_exams"][0]))
    second.update(number=2, examiner="Charlie", held_on="2026-10-27")
    doc["polygraph_exams"].append(second)
    return doc


def test_full_session_leaves_no_plaintext(  # type: ignore[no-untyped-def]
    qtbot, hq, scripted, tmp_path: Path, _private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.casefile import enrolment
    from app.ui.controller import AppController
    from app.ui.main_window import MainWindow
    from tests.test_gui import _unlock_through_gate
    from tests.test_gui_safety import _menu_action

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    vault_dir, stick, outputs = tmp_path / "vault", tmp_path / "stick", tmp_path / "outputs"
    stick.mkdir()
    outputs.mkdir()
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS, "TMPDIR": str(tmp),
           **{k: str(_private_home / s) for k, s in (("HOME", ""), ("XDG_CONFIG_HOME", "config"),
              ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "data"))}}

    def cli(*args: str) -> str:
        r = run_cli("--vault", str(vault_dir), *args, **env)
        assert r.returncode == 0, r.stderr
        return r.stdout

    # -- the CLI part ------------------------------------------------------------------------
    cli("init", "--post", "KYIV")
    issued = enrolment.issue(hq, "Alpha", "KYIV", outputs / "alpha.enrol", False)
    (outputs / "otp").write_text(issued.passphrase)
    cli("enroll", str(issued.path), "--enrolment-passphrase-file", str(outputs / "otp"))
    src = outputs / "in.json"
    src.write_text(json.dumps(_marker_doc(), ensure_ascii=False))
    case = cli("applicant", "add", "--json", str(src)).strip()
    src.unlink()
    assert MARKS[0] in cli("applicant", "show", case)
    cli("search", MARKS[0][:5] + "*")
    cli("casefile", case, "--out", str(outputs / "case.pdf"))  # asked for by name: not scanned
    cli("export", case, "--to", str(stick))
    cli("audit", "verify")

    # -- the desktop part --------------------------------------------------------------------
    controller = AppController(vault_dir, tmp_path / "demo")
    controller.start()
    _unlock_through_gate(qtbot, controller)
    assert isinstance(controller.main, MainWindow)
    window = controller.open_dossier(case)
    assert window is not None
    type_text(window.application.text, " " + MARKS[4])
    assert window.save()
    from PySide6.QtPrintSupport import QPrinter

    import app.ui.casefile_preview as cp

    shown: list[Any] = []
    original = cp.open_casefile
    monkeypatch.setattr(cp, "open_casefile", lambda parent, s, c: original(parent, s, c, shown=shown.append))
    window.casefile()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(outputs / "printed.pdf"))  # stands in for the printer
    shown[0]._paint(printer)
    shown[0].done(0)
    main = controller.main
    main.table.selectAll()
    import app.ui.send_dialog as sd

    dialogs: list[Any] = []
    monkeypatch.setattr(sd.SendDialog, "exec", lambda self: dialogs.append(self) or 0)
    scripted.directories = [str(stick)]
    main.send_selected()
    qtbot.waitUntil(lambda: dialogs and dialogs[0].report is not None, timeout=60000)
    dialogs[0].done(0)
    controller.lock()
    _unlock_through_gate(qtbot, controller)
    assert _scan(vault_dir) == []  # the vault itself, WAL and all, before the wipe
    assert len(list(stick.iterdir())) == 2
    assert all(f.read_bytes().startswith(b"age-encryption.org/v1") for f in stick.iterdir())
    assert isinstance(controller.main, MainWindow)
    _menu_action(controller.main, "Erase this vault (panic)…").trigger()
    assert not vault_dir.exists()
    controller.quit()
    dialogs.clear()
    shown.clear()
    del window, main
    gc.collect()

    # -- the scan ----------------------------------------------------------------------------
    for folder in (tmp, _private_home, stick, tmp_path / "demo"):
        if folder.exists():
            assert _scan(folder) == [], folder
    assert (_private_home / "state").exists()  # the logs were written, and hold no markers
    assert any((_private_home / "state").rglob("*.log"))
    # The markers really went through the app (the case file it signed shows them), and
    # the scan would see a leak (a control file in UTF-16, as Qt might write it).
    from tests.exchange_helpers import tool

    assert MARKS[0] in tool("pdftotext", str(outputs / "case.pdf"), "-").stdout
    (outputs / "control.txt").write_bytes(("x" + MARKS[4].lower() + "x").encode("utf-16-le"))
    assert len(_scan(outputs)) == 1
