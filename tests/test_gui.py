"""The desktop window, driven as a person would (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.interchange import parse_document
from app.ui.create_vault_dialog import CreateVaultDialog
from app.ui.main_window import MainWindow
from app.ui.unlock_dialog import UnlockDialog
from app.vault import vault
from tests.conftest import PASS, sample_doc


def _click_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_first_run_creates_vault(qtbot, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(vault_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.post, "KYIV")
    qtbot.keyClicks(dialog.callsign, "Alpha")
    qtbot.keyClicks(dialog.passphrase, "short")
    assert "too weak" in dialog.strength.text()
    qtbot.keyClicks(dialog.repeat, "different")
    _click_ok(qtbot, dialog)
    assert "differ" in dialog.error.text()
    dialog.passphrase.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.repeat, PASS)
    assert "strong enough" in dialog.strength.text()
    with qtbot.waitSignal(dialog.created, timeout=20000) as blocker:
        _click_ok(qtbot, dialog)
    session = blocker.args[0]
    assert session.user.callsign == "Alpha" and vault.vault_exists(vault_dir)
    session.close()


def test_unlock_wrong_then_right(qtbot, session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session.add_applicant(parse_document(sample_doc()))
    session.close()
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.callsign, "Alpha")
    qtbot.keyClicks(dialog.passphrase, "a wrong passphrase here")
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "Wrong call sign or passphrase" in dialog.error.text(), timeout=20000)
    assert dialog.passphrase.text() == ""  # cleared after a failure
    assert not dialog.ok_button.isEnabled()  # the growing delay is visible
    assert "Wait" in dialog.ok_button.text()
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5000)
    qtbot.keyClicks(dialog.passphrase, PASS)
    with qtbot.waitSignal(dialog.unlocked, timeout=20000) as blocker:
        _click_ok(qtbot, dialog)
    blocker.args[0].close()


def test_main_window_lists_and_searches(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    session.add_applicant(parse_document(sample_doc()))
    session.add_applicant(parse_document(sample_doc(surname="Иванов", given_name="Сергей", citizenships=["RU"])))
    window = MainWindow(session)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.show()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2, timeout=10000)
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Case number"
    with qtbot.waitSignal(window.results_shown, timeout=10000) as blocker:
        qtbot.keyClicks(window.search, "ivanov")
    assert blocker.args == [1]
    index = window.proxy.index(0, 1)
    assert window.proxy.data(index) == "Иванов Сергей Петрович"
    assert window.proxy.data(window.proxy.index(0, 2)) == "Ivanov Sergei"
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.search.clear()
    assert window.proxy.rowCount() == 2
    window.search.setText('bad"')
    qtbot.waitUntil(lambda: "Unbalanced quote" in window.message.text(), timeout=10000)
    with qtbot.waitSignal(window.locked, timeout=5000):
        window.lock()
    assert session.closed
