"""Panic wipe, the wipe policy and unlock warnings in the desktop app (pytest-qt, offscreen)."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.interchange import parse_document
from app.ui.controller import AppController
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.setup_wizard import SetupWizard
from app.ui.unlock_dialog import UnlockDialog
from app.vault import attempts, startup_checks, vault
from tests.conftest import sample_doc
from tests.test_gui import _click_ok, _unlock_through_gate


def _menu_action(window: MainWindow, text: str) -> QAction:
    for action in window.findChildren(QAction):
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no menu entry {text!r}")


def _finish(controller: AppController) -> None:
    controller.quit()
    gc.collect()


def test_panic_wipe_from_the_menu_asks_then_erases(qtbot, session, vault_dir: Path, tmp_path: Path, scripted) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc()))
    session.close()
    controller = AppController(vault_dir, tmp_path / "demo")
    controller.start()
    _unlock_through_gate(qtbot, controller)
    assert isinstance(controller.main, MainWindow)
    assert controller.open_dossier(case) is not None
    erase = _menu_action(controller.main, "Erase this vault (panic)…")
    scripted.confirm_answer = False
    erase.trigger()
    assert scripted.seen[-1][0] == "confirm_destructive"
    assert vault.vault_exists(vault_dir) and controller.session is not None  # Cancel: nothing happened
    scripted.confirm_answer = True
    erase.trigger()
    assert not vault_dir.exists()
    assert controller.session is None and controller.main is None and not controller.dossiers
    assert scripted.seen[-1][0] == "info" and "erased" in scripted.seen[-1][2]
    assert isinstance(controller.gate, SetupWizard)  # nothing left to unlock
    _finish(controller)


def test_erase_button_on_the_unlock_screen(qtbot, session, vault_dir: Path, tmp_path: Path, scripted) -> None:  # type: ignore[no-untyped-def]
    session.close()
    controller = AppController(vault_dir, tmp_path / "demo")
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.mouseClick(gate.erase_button, Qt.MouseButton.LeftButton)
    assert not vault_dir.exists()
    assert isinstance(controller.gate, SetupWizard)
    _finish(controller)


def test_unlock_screen_warns_then_the_policy_erases(  # type: ignore[no-untyped-def]
    qtbot, session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attempts, "delay_for", lambda consecutive: 0.0)
    session.set_wipe_after(4)
    session.close()
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    assert dialog.attempts.text() == ""  # 4 left: no warning yet
    qtbot.keyClicks(dialog.callsign, "Alpha")
    for expected_left in (3, 2, 1):
        qtbot.keyClicks(dialog.passphrase, "a wrong passphrase here")
        _click_ok(qtbot, dialog)
        qtbot.waitUntil(lambda n=expected_left: f"{n} attempt(s) left" in dialog.error.text(), timeout=20000)
        assert f"after {expected_left} more failed" in dialog.attempts.text()
    qtbot.keyClicks(dialog.passphrase, "a wrong passphrase here")
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "has been erased" in dialog.error.text(), timeout=20000)
    assert not vault_dir.exists() and not dialog.ok_button.isEnabled()


def test_settings_set_the_wipe_policy(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.wipe_after.text() == "Never"
    dialog.wipe_after.setValue(10)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert session.wipe_after == 10


def test_warnings_found_at_unlock_are_shown(  # type: ignore[no-untyped-def]
    qtbot, session, vault_dir: Path, tmp_path: Path, scripted, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.close()
    monkeypatch.setattr(startup_checks, "now_utc", lambda: datetime(2019, 1, 1, tzinfo=UTC))
    controller = AppController(vault_dir, tmp_path / "demo")
    controller.start()
    _unlock_through_gate(qtbot, controller)
    kind, _title, text = scripted.seen[-1]
    assert kind == "error" and "clock" in text and "2019-01-01" in text
    _finish(controller)


def test_list_still_loading_when_the_vault_locks(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from app.errors import VaultLockedError

    for _ in range(3):
        session.add_applicant(parse_document(sample_doc()))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.refresh()  # loads off the UI thread ...
    session.close()  # ... while an idle lock closes the session
    assert QThreadPool.globalInstance().waitForDone(20000)
    QCoreApplication.processEvents()  # deliver the task's result or failure: no exception
    assert window.message.text() == ""
    with pytest.raises(VaultLockedError):
        session.list_applicants()
