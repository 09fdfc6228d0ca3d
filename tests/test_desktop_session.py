"""Across locks: each user's list comes back as they left it, a training-vault user
can unlock again, the unlock screen speaks the language last used; the wizard
says why Finish is greyed; Help and About work offline."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from app.domain.enums import Role
from app.domain.interchange import parse_document
from app.ui.controller import AppController
from app.ui.i18n import install_language, remembered_language
from app.ui.main_window import MainWindow
from app.ui.setup_wizard import SetupWizard
from app.ui.unlock_dialog import UnlockDialog
from app.vault import vault
from tests.conftest import PASS, PASS2, sample_doc


def _unlock(qtbot, controller: AppController, callsign: str = "Alpha", passphrase: str = PASS) -> MainWindow:  # type: ignore[no-untyped-def]
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.keyClicks(gate.callsign, callsign)
    qtbot.keyClicks(gate.passphrase, passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=20000):
        qtbot.mouseClick(gate.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert isinstance(controller.main, MainWindow)
    return controller.main


def _finish(controller: AppController) -> None:
    controller.quit()
    gc.collect()


def test_each_users_list_comes_back_after_a_lock(qtbot, session, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session.add_applicant(parse_document(sample_doc()))
    doc = sample_doc(surname="Іваненко", documents=[])  # another person (a shared passport would be a red duplicate)
    doc["checks"][0]["result"] = "adverse"
    session.add_applicant(parse_document(doc))
    session.add_user("Delta", Role.OFFICER, PASS2)
    session.close()
    controller = AppController(vault_dir, tmp_path / "demo")
    controller.start()
    main = _unlock(qtbot, controller)
    header = main.table.horizontalHeader()
    fm, model = main.table.fontMetrics(), main.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    shown = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert len(shown) == 2 and all(n.count("-") == 3 for n in shown)  # POST-STATION-YEAR-NUMBER
    for number in [*shown, "ODESA-WMW-2026-10000"]:  # the case numbers in full, a longer post's too
        assert header.sectionSize(0) >= fm.horizontalAdvance(number) + 2 * fm.horizontalAdvance("M"), number
    main.resize(1600, 700)  # a wide window: the spare width goes to the name, not to "Last change"
    qtbot.waitUntil(lambda: header.sectionSize(1) > 2 * header.sectionSize(7), timeout=5000)
    last_change = header.sectionSize(7)
    main.resize(1800, 700)
    qtbot.waitUntil(lambda: header.sectionSize(1) > 2 * header.sectionSize(7) + 150, timeout=5000)
    assert header.sectionSize(7) == last_change
    with qtbot.waitSignal(main.results_shown, timeout=5000):
        main.flags.setCurrentIndex(main.flags.findData("red"))
    with qtbot.waitSignal(main.results_shown, timeout=5000):
        main.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    header.resizeSection(3, 222)
    header.moveSection(header.visualIndex(6), 0)  # flags first
    controller.lock()
    main = _unlock(qtbot, controller)  # the same user: everything as it was
    qtbot.waitUntil(lambda: main.model.rowCount() == 1, timeout=5000)
    header = main.table.horizontalHeader()
    assert main.flags.currentData() == "red" and header.sectionSize(3) == 222 and header.logicalIndex(0) == 6
    assert header.sortIndicatorSection() == 2 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    controller.lock()
    main = _unlock(qtbot, controller, "Delta", PASS2)  # another user: their own (default) view
    qtbot.waitUntil(lambda: main.model.rowCount() == 2, timeout=5000)
    assert main.flags.currentData() is None and main.table.horizontalHeader().logicalIndex(0) == 0
    _finish(controller)


def test_a_training_vault_user_can_unlock_after_an_idle_lock(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo = vault.create(tmp_path / "demo", "TRAIN", "Trainee", PASS, demo=True)
    demo.close()
    controller = AppController(tmp_path / "real", tmp_path / "demo")  # no real vault on this laptop yet
    controller.start()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog) and gate.training.isChecked()  # the only vault there is
    _unlock(qtbot, controller, "Trainee")
    vault.create(tmp_path / "real", "KYIV", "Alpha", PASS).close()  # meanwhile a real vault exists too
    controller.lock()  # as the idle timer does
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    assert gate.training.isChecked() and gate.vault_dir == tmp_path / "demo"  # back where the user was
    assert gate.ok_button.isEnabled() and not gate.why.isVisibleTo(gate)
    gate.training.setChecked(False)
    assert gate.vault_dir == tmp_path / "real" and gate.ok_button.isEnabled()
    gate.training.setChecked(True)
    main = _unlock(qtbot, controller, "Trainee")
    assert main.session.is_demo and main.findChild(type(gate.why), "demo_banner") is not None
    _finish(controller)


def test_unlock_screen_says_why_unlock_is_unavailable(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault.create(tmp_path / "demo", "TRAIN", "Trainee", PASS, demo=True).close()
    gate = UnlockDialog(tmp_path / "real", tmp_path / "demo")
    qtbot.addWidget(gate)
    gate.training.setChecked(False)
    assert not gate.ok_button.isEnabled() and "There is no vault here" in gate.why.text()
    assert "Tick" in gate.why.text()


@pytest.fixture
def english_after():  # type: ignore[no-untyped-def]
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")


def test_the_unlock_screen_speaks_the_language_last_used(qtbot, session, vault_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         english_after) -> None:
    session.set_setting("language", "uk")
    session.close()
    controller = AppController(vault_dir, tmp_path / "demo")
    controller.start()
    assert controller.gate is not None and controller.gate.windowTitle() == "Unlock Field Dossier"
    _unlock(qtbot, controller)  # the vault's own setting: Ukrainian from here on
    assert remembered_language() == "uk"
    controller.lock()
    gate = controller.gate
    assert isinstance(gate, UnlockDialog) and gate.windowTitle() != "Unlock Field Dossier"
    assert re.search("[А-Яа-яІіЇїЄє]", gate.windowTitle()) and re.search("[А-Яа-яІіЇїЄє]", gate.ok_button.text())
    gate.language.setCurrentIndex(gate.language.findData("en"))  # switched on the unlock screen itself
    assert controller.gate is not gate and controller.gate is not None
    assert controller.gate.windowTitle() == "Unlock Field Dossier" and remembered_language() == "en"
    _finish(controller)


def test_the_next_start_opens_in_the_remembered_language(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.i18n import choose_language, remember_language, system_language

    monkeypatch.delenv("DOSSIER_LANG", raising=False)
    other = "uk" if system_language() == "en" else "en"
    remember_language(other)
    assert choose_language(before_unlock=True) == other  # the unlock screen at the next start
    assert choose_language("") == system_language()  # after unlock, "Follow the system" means the system
    assert choose_language("uk") == "uk"  # a user's own setting wins


def test_the_wizard_says_why_finish_is_greyed(qtbot, vault_dir: Path, tmp_path: Path, english_after) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(vault_dir, tmp_path / "demo")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.details
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert "Enter the post code." in page.why.text() and not finish.isEnabled()
    qtbot.keyClicks(page.post, "KYIV")
    qtbot.keyClicks(page.callsign, "Alpha")
    qtbot.keyClicks(page.passphrase, PASS)
    qtbot.keyClicks(page.repeat, PASS[:-3])
    assert page.why.isVisibleTo(page) and "The two passphrases differ." in page.why.text()
    qtbot.keyClicks(page.repeat, PASS[-3:])
    assert not page.why.isVisibleTo(page) and finish.isEnabled()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "uk")
    ukrainian = SetupWizard(vault_dir, tmp_path / "demo")
    qtbot.addWidget(ukrainian)
    ukrainian.next()
    qtbot.keyClicks(ukrainian.details.passphrase, "password2024 password2024")
    feedback = ukrainian.details.strength.text()
    assert re.search("[А-Яа-яІіЇїЄє]{4}", feedback) and not re.search(r"\b(guess|Avoid|Add|word)\b", feedback), feedback


def test_help_shows_the_guide_offline_and_about_lists_the_licences(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.about_dialog import AboutDialog
    from app.ui.help_dialog import HelpDialog

    help_dialog = HelpDialog()
    qtbot.addWidget(help_dialog)
    text = help_dialog.browser.toPlainText()
    assert "officer's guide" in text and "Panic wipe" in text
    images = re.findall(r'<img src="([^"]+)"', help_dialog.browser.toHtml())
    assert images and all((help_dialog.current.parent / name).is_file() for name in images)
    help_dialog._follow(QUrl("https://example.org/"))
    assert "offline" in help_dialog.note.text() and "officer's guide" in help_dialog.browser.toPlainText()
    help_dialog._follow(QUrl("SECURITY.md"))
    assert help_dialog.current.name == "SECURITY.md"
    about = AboutDialog()
    qtbot.addWidget(about)
    licences = about.licences.toPlainText()
    assert re.search(r"PySide6-Essentials \d+\.\d+.* — LGPL-3.0-only", licences)
    assert "DejaVu" in licences and "Bitstream" in licences
