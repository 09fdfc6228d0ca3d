"""From the first run to a sealed decision with the keyboard only.

A new supervisor sets up the vault, adds two examiners, records an applicant,
the application, an interview and a background check and seals them; each
examiner unlocks, records and seals their exam; the supervisor decides and seals
the decision. Every step is a key press to whatever has the focus; Tab must
reach every field and button used. Real dialogs open (the passphrase to seal
is typed into the app's own prompt).

The same walk also runs on a 1366×768 screen under its own Xvfb (xcb platform,
no window manager), where each key is checked first: what it goes to is visible,
inside the screen and not scrolled out of view, and its window fits the screen
(tests/walk_screen.py).
"""

from __future__ import annotations

import gc
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.domain.enums import Stage
from app.ui.controller import AppController
from app.ui.dossier.window import DossierWindow
from app.ui.main_window import MainWindow
from app.ui.setup_wizard import SetupWizard
from app.ui.unlock_dialog import UnlockDialog
from app.ui.users_dialog import UsersDialog
from tests import keyboard
from tests.conftest import PASS, PASS2, ROOT
from tests.keyboard import Modals, choose, menu, press, tab_to, type_keys
from tests.walk_screen import SWITCH, screen_watch
from tests.xserver import x_env, xvfb

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)


def _add_examiner(qtbot, dialog: QDialog, callsign: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(dialog, UsersDialog)
    tab_to(dialog.callsign)
    type_keys(callsign)
    choose(dialog.role, "examiner")
    tab_to(dialog.pw1)
    type_keys(PASS2)
    tab_to(dialog.pw2)
    type_keys(PASS2)
    tab_to(dialog.add_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.status.text() == "User added.", timeout=20000)


def _users(qtbot, modals: Modals) -> None:  # type: ignore[no-untyped-def]
    def work(dialog: QDialog) -> None:
        _add_examiner(qtbot, dialog, "EXAMINER1")
        _add_examiner(qtbot, dialog, "EXAMINER2")
        press(Qt.Key.Key_Escape)
    modals.expect("UsersDialog", work)
    menu(Qt.Key.Key_A, "Users…")  # Administration → Users…
    qtbot.waitUntil(lambda: not modals.handlers, timeout=60000)


def _unlock(qtbot, controller: AppController, callsign: str, passphrase: str) -> MainWindow:  # type: ignore[no-untyped-def]
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    _active(qtbot, gate)
    tab_to(gate.callsign)
    type_keys(callsign)
    press(Qt.Key.Key_Tab)
    assert gate.passphrase.hasFocus()
    type_keys(passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=30000):
        press(Qt.Key.Key_Return)
    assert isinstance(controller.main, MainWindow)
    _active(qtbot, controller.main)
    return controller.main


def _open_case(qtbot, controller: AppController, case: str) -> DossierWindow:  # type: ignore[no-untyped-def]
    main = controller.main
    assert main is not None
    press(Qt.Key.Key_F, CTRL)
    with qtbot.waitSignal(main.results_shown, timeout=10000):
        type_keys(case)
    tab_to(main.table)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_O, CTRL)
    window = controller.dossiers.get(case)
    assert window is not None
    _active(qtbot, window)
    return window


def _seal_with(qtbot, modals: Modals, button: QWidget, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.toolTip()
    modals.passphrase(passphrase)
    tab_to(button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not modals.handlers, timeout=20000)
    _active(qtbot, button.window())  # offscreen: activation is not handed back after the prompt


def _exam(qtbot, modals: Modals, w: DossierWindow, number: int, examiner: str, held: date) -> None:  # type: ignore[no-untyped-def]
    tab = w.exam1 if number == 1 else w.exam2
    press(Qt.Key.Key_5 if number == 1 else Qt.Key.Key_6, ALT)
    assert w.tabs.current_page() is tab
    tab_to(tab.examiner)
    type_keys(examiner.lower())  # any case: the picker finds the user
    tab_to(tab.held_on)
    assert tab.examiner.text() == examiner
    type_keys(held.strftime("%d.%m.%Y"))
    tab_to(tab.questions.add_button)
    press(Qt.Key.Key_Space)
    tab_to(tab.questions.table)
    type_keys("R1")  # typing starts editing the label cell; the type stays "relevant"
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Right, times=2)
    type_keys("Did you come here on an enemy service's task?")
    press(Qt.Key.Key_Return)
    assert [q.label for q in tab._questions()] == ["R1"] and len(tab.grid.rows) == 3
    tab_to(tab.grid.table)
    press(Qt.Key.Key_Home, CTRL)
    for row in range(3):
        for col in range(3):
            type_keys("1")
            press(Qt.Key.Key_Return)
            if col < 2:
                press(Qt.Key.Key_Right)
        if row < 2:
            press(Qt.Key.Key_Down)
            press(Qt.Key.Key_Home)
    assert len(tab.grid.scores()[0]) == 9 and "Grand total: +9" in tab.grid.totals.text()
    choose(tab.result, "NDI")
    _seal_with(qtbot, modals, tab.seal_bar.seal_button, PASS2)
    assert tab.exam.sealed_by == examiner


def test_first_run_to_a_sealed_decision_by_keyboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = AppController(tmp_path / "vault", tmp_path / "demo")
    modals = Modals()
    watch = screen_watch()  # only on the real screen of the test below
    if watch is not None:
        keyboard.watchers.append(watch)
    try:
        _walk(qtbot, controller, modals)
    finally:
        if watch is not None:
            keyboard.watchers.remove(watch)
        modals.stop()
        controller.quit()
        gc.collect()
    assert modals.unexpected == []
    if watch is not None:
        assert watch.problems == [], "\n".join(watch.problems)
        assert watch.steps > 500, watch.steps  # every key was checked
        for kind in ("SetupWizard", "MainWindow", "UsersDialog", "DossierWindow", "UnlockDialog", "QInputDialog"):
            assert any(w.startswith(kind + " ") for w in watch.windows), (kind, watch.windows)


@pytest.mark.slow
def test_the_walk_on_a_small_laptop_screen(tmp_path: Path) -> None:
    """The walk above, run again under its own 1366×768 X server with every step checked."""
    with xvfb(1366, 768) as display:
        env = x_env(display)
        env.update(PYTHONPATH=str(ROOT), PYTEST_DEBUG_TEMPROOT=str(tmp_path))
        env[SWITCH] = "1366x768"
        out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                              f"{Path(__file__).relative_to(ROOT)}::test_first_run_to_a_sealed_decision_by_keyboard"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]
    assert "1 passed" in out.stdout, out.stdout[-2000:]


def _walk(qtbot, controller: AppController, modals: Modals) -> None:  # type: ignore[no-untyped-def]
    # -- first run: the wizard --------------------------------------------------------------------
    controller.start()
    wizard = controller.gate
    assert isinstance(wizard, SetupWizard)
    _active(qtbot, wizard)
    press(Qt.Key.Key_Return)  # Welcome: "Create the vault for my post" is chosen; Next
    page = wizard.details
    tab_to(page.post)
    type_keys("KYIV")
    tab_to(page.callsign)
    type_keys("ALPHA")
    tab_to(page.passphrase)
    type_keys(PASS)
    tab_to(page.repeat)
    type_keys(PASS)
    with qtbot.waitSignal(controller.unlocked, timeout=30000):
        press(Qt.Key.Key_Return)  # Finish
    main = controller.main
    assert isinstance(main, MainWindow)
    _active(qtbot, main)
    _users(qtbot, modals)
    _active(qtbot, main)  # the offscreen platform does not hand activation back after a dialog closes
    assert [u.callsign for u in main.session.list_users()] == ["ALPHA", "EXAMINER1", "EXAMINER2"]

    # -- a new applicant, the application ----------------------------------------------------------
    press(Qt.Key.Key_N, CTRL)
    w = controller.dossiers["new"]
    _active(qtbot, w)
    assert w.personal.names["surname"].hasFocus()
    type_keys("Шевчук")
    press(Qt.Key.Key_Tab)
    type_keys("Олег")
    tab_to(w.personal.dob)
    type_keys("04.1991")  # the applicant does not know the day
    tab_to(w.personal.citizenships)
    type_keys("UA")
    choose(w.personal.category, "serving_soldier")
    press(Qt.Key.Key_2, ALT)
    assert w.tabs.current_page() is w.application
    tab_to(w.application.text)
    type_keys("Прошу прийняти мене до підрозділу.")
    with qtbot.waitSignal(w.saved, timeout=10000) as saved:
        press(Qt.Key.Key_S, CTRL)
    case = saved.args[0]
    d = main.session.get_dossier(case)
    assert d.person.surname_latin == "Shevchuk" and d.person.date_of_birth_precision.value == "month"
    assert d.application and d.application.received_on == date.today()

    # -- the interview, sealed ---------------------------------------------------------------------
    press(Qt.Key.Key_3, ALT)
    iv = w.interviews
    tab_to(iv.new_button)
    press(Qt.Key.Key_Space)
    assert iv.interviewer.text() == "ALPHA"
    choose(iv.assessment, "credible")
    form = iv.form
    assert form is not None
    answers = form.inputs
    choose(answers["identity_confirmed"], "yes")  # type: ignore[arg-type]
    choose(answers["identity_document"], "passport")  # type: ignore[arg-type]
    tab_to(answers["stated_date_of_birth"])
    type_keys("1991-04-12")
    choose(answers["served"], "no")  # type: ignore[arg-type]
    choose(answers["how_arrived"], "resident")  # type: ignore[arg-type]
    tab_to(answers["arrival_date"])
    type_keys((date.today() - timedelta(days=30)).strftime("%d.%m.%Y"))
    tab_to(answers["arrival_circumstances"])
    type_keys("Приїхав із Харкова автобусом.")
    tab_to(answers["motives"])
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Space)  # ticks the first motive
    tab_to(answers["motivation_story"])
    type_keys("Захищати родину.")
    tab_to(answers["motivation_credibility"])
    type_keys("4")
    for key, value in (("approached", "no"), ("relatives_in_occupied", "no"), ("consent_checks", "yes")):
        choose(answers[key], value)  # type: ignore[arg-type]
    assert form.problems() == {}, form.problems()
    _seal_with(qtbot, modals, iv.seal_bar.seal_button, PASS)
    assert main.session.get_dossier(case).interviews[0].sealed_by == "ALPHA"

    # -- a background check, sealed ----------------------------------------------------------------
    press(Qt.Key.Key_4, ALT)
    checks = w.checks
    tab_to(checks.table.add_button)
    press(Qt.Key.Key_Space)
    result = checks.table.table.cellWidget(0, 4)
    choose(result, "no_record")  # type: ignore[arg-type]
    _seal_with(qtbot, modals, checks.seal_button, PASS)
    assert main.session.get_dossier(case).checks[0].sealed_by == "ALPHA"

    # -- each examiner unlocks and seals their own exam --------------------------------------------
    for number, examiner, held in ((1, "EXAMINER1", date.today() - timedelta(days=2)),
                                   (2, "EXAMINER2", date.today() - timedelta(days=1))):
        press(Qt.Key.Key_L, CTRL)  # lock
        _unlock(qtbot, controller, examiner, PASS2)
        w = _open_case(qtbot, controller, case)
        _exam(qtbot, modals, w, number, examiner, held)

    # -- the supervisor decides and seals ----------------------------------------------------------
    press(Qt.Key.Key_L, CTRL)
    main = _unlock(qtbot, controller, "ALPHA", PASS)
    w = _open_case(qtbot, controller, case)
    press(Qt.Key.Key_7, ALT)
    dec = w.decision
    choose(dec.outcome, "accept")
    tab_to(dec.rationale)
    type_keys("Усі перевірки чисті, обидва поліграфи без ознак обману.")
    with qtbot.waitSignal(w.saved, timeout=10000):
        press(Qt.Key.Key_S, CTRL)
    _seal_with(qtbot, modals, dec.seal_bar.seal_button, PASS)
    d = main.session.get_dossier(case)
    assert d.decision is not None and d.decision.outcome.value == "accept" and d.decision.sealed_by == "ALPHA"
    assert [e.sealed_by for e in d.polygraph_exams] == ["EXAMINER1", "EXAMINER2"]
    assert w.pipeline.steps[Stage.DECISION].text().startswith("✓")
