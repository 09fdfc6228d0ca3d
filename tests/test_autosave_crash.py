"""Autosave: a process killed mid-edit loses nothing that was typed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app.domain.interchange import parse_document
from app.ui.dossier.window import DossierWindow
from app.vault import vault
from tests.conftest import PASS, cli_env, sample_doc

EDITOR = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from app.ui.app import make_application
from app.ui.dossier.window import DossierWindow
from app.vault import vault

app = make_application()
session = vault.unlock(Path(sys.argv[1]), "Alpha", sys.argv[2])
window = DossierWindow(session, sys.argv[3])
window.show()
window.autosaved.connect(lambda: print("autosaved", flush=True))
editor = window.application.text
editor.moveCursor(editor.textCursor().MoveOperation.End)
for ch in sys.argv[4]:  # typed key by key, as a person would
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
print("typed", flush=True)
app.exec()
"""


def test_text_typed_before_a_kill_is_offered_back(qtbot, session, vault_dir: Path, scripted) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc()))
    session.close()
    marker = " Додаток: свідок Коваль бачив перехід."
    proc = subprocess.Popen([sys.executable, "-c", EDITOR, str(vault_dir), PASS, case, marker],
                            stdout=subprocess.PIPE, text=True, env=cli_env(QT_QPA_PLATFORM="offscreen"))
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:
            lines.append(line.strip())
            if line.strip() == "autosaved":
                break
        assert lines[-2:] == ["typed", "autosaved"], lines
        os.kill(proc.pid, signal.SIGKILL)  # no chance to save on close
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    s = vault.unlock(vault_dir, "Alpha", PASS)  # the killed process's lock is gone
    assert marker not in s.get_dossier(case).application.text  # type: ignore[union-attr]  # not saved…
    window = DossierWindow(s, case)  # …but offered back
    qtbot.addWidget(window)
    assert scripted.seen[-1][0] == "confirm" and "unsaved changes" in scripted.seen[-1][2]
    assert window.application.text.toPlainText().endswith(marker)
    assert window.save()
    assert s.get_dossier(case).application.text.endswith(marker)  # type: ignore[union-attr]
    assert s.load_draft(case) is None
    s.close()
