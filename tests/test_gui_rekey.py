"""The desktop app: removing a user changes the data key (with progress), the key can
be changed on its own, Cancel changes nothing, inputs stop at their limits, and
notices found at unlock are shown."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.domain.enums import Role
from app.domain.interchange import parse_document
from app.errors import AuthenticationError, IntegrityError
from app.vault import keyfile, keyslots, rekey, vault
from app.vault.connection import connect
from tests.conftest import PASS, PASS2, sample_doc


def _select(dialog: Any, callsign: str) -> None:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == callsign:
            dialog.table.setCurrentCell(row, 0)
            return
    raise AssertionError(callsign)


def test_removing_a_user_changes_the_data_key(qtbot, session, vault_dir: Path, scripted) -> None:  # type: ignore[no-untyped-def]
    from app.ui.users_dialog import UsersDialog

    session.add_user("Bravo", Role.OFFICER, PASS2)
    copy = (vault_dir / "vault.keys").read_bytes()  # what Bravo could have taken
    dialog = UsersDialog(session)
    qtbot.addWidget(dialog)
    dialog.reload()
    _select(dialog, "Bravo")
    dialog.remove_user()  # the progress dialog runs modally until the key is changed
    assert dialog.status.text() == "User removed; the data key was changed."
    assert "data key is changed" in scripted.seen[-1][2]
    old = keyslots.SlotFile.from_payload(keyfile.parse(copy).payload).unwrap("Bravo", PASS2)
    session.close()
    with pytest.raises(IntegrityError):
        connect(vault_dir / "vault.db", old)
    with pytest.raises(AuthenticationError):
        vault.unlock(vault_dir, "Bravo", PASS2, wait=False)


def test_change_the_data_key_button_and_cancel(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    from app.ui.rekey_dialog import RekeyDialog
    from app.ui.users_dialog import UsersDialog

    session.add_applicant(parse_document(sample_doc()))
    before = bytes(session._data_key)
    dialog = UsersDialog(session)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "rekey")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "The data key was changed." and bytes(session._data_key) != before

    def slow(progress: Any, cancelled: Any) -> None:
        while not cancelled():
            time.sleep(0.01)
        raise rekey.RekeyCancelled(rekey.CANCELLED)

    box = RekeyDialog("t", "x", slow)
    qtbot.addWidget(box)
    box.cancel()
    qtbot.waitUntil(lambda: box.failure != "", timeout=5000)
    assert "not changed" in box.failure and box.result_value is None


def test_inputs_stop_at_their_limits(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dossier.window import DossierWindow

    case = session.add_applicant(parse_document(sample_doc()))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    w.personal.names["surname"].setText("Щ" * 300)
    assert len(w.personal.names["surname"].text()) == 100
    w.application.text.setPlainText("я" * 200_010)
    assert len(w.application.text.toPlainText()) == 200_000
    w.tabs.setCurrentWidget(w.interviews)
    qtbot.mouseClick(w.interviews.new_button, Qt.MouseButton.LeftButton)
    form = w.interviews.form
    form.inputs["arrival_circumstances"].setPlainText("x" * 100_050)
    assert len(form.inputs["arrival_circumstances"].toPlainText()) == 100_000
    form.inputs["other_names"].setText("x" * 3000)
    assert len(form.inputs["other_names"].text()) == 2000


def test_notices_found_at_unlock_are_shown(qtbot, session, vault_dir: Path, tmp_path: Path, scripted) -> None:  # type: ignore[no-untyped-def]
    from app.ui.controller import AppController

    session.add_user("Bravo", Role.OFFICER, PASS2)
    session.remove_user("Bravo", rekey=False)  # removed, key not yet changed
    session.close()
    controller = AppController(vault_dir, tmp_path / "demo")
    controller._on_session(vault.unlock(vault_dir, "Alpha", PASS, wait=False))
    try:
        assert any(kind == "info" and "change the data key" in text for kind, _, text in scripted.seen)
    finally:
        controller.shutdown()
