"""The officer's desktop: autosave under steady typing, guidance beside what is
unavailable, people pickers, flags and steps that open their tab, the accept
confirmation, Send to HQ before enrolment, colours in a dark palette."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.domain.enums import Role
from app.domain.interchange import parse_document
from app.ui.dossier.window import DossierWindow
from app.ui.main_window import MainWindow
from tests.conftest import PASS, PASS2, sample_doc
from tests.gui_helpers import type_text


def _typed(widget: QLabel | object, ch: str) -> None:
    type_text(widget, ch)  # type: ignore[arg-type]


def test_steady_typing_still_writes_a_draft_within_seconds(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    """One character every 0.7 s for 10 s: a debounce alone never fires; the maximum wait does."""
    case = session.add_applicant(parse_document(sample_doc()))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    saves: list[float] = []
    w.autosaved.connect(lambda: saves.append(time.monotonic()))
    editor = w.application.text
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    start = time.monotonic()
    typed = ""
    while time.monotonic() - start < 10:
        typed += "ж"
        type_text(editor, "ж")
        qtbot.wait(700)  # the pause between keys is shorter than the 2 s debounce
    assert saves, "no draft was written while the officer kept typing"
    assert saves[0] - start <= 6.0  # at most the 5 s maximum wait after the first change (+ timer slack)
    doc, _at = session.load_draft(case)  # type: ignore[misc]
    assert doc["application"]["text"].endswith("ж" * 5)  # what was typed before the draft is in the vault
    w.dirty = False


def test_title_marks_unsaved_changes_and_attachments_open_after_the_first_save(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    w = DossierWindow(session)
    qtbot.addWidget(w)
    assert not w.isWindowModified() and "[*]" in w.windowTitle()
    assert not w.attachments.add_button.isEnabled() and w.attachments.hint.text().startswith("Save the applicant")
    assert w.personal.photo_hint.isVisibleTo(w.personal) and "Ctrl+S" in w.personal.photo_hint.text()
    assert w.application.received.date_value() is not None  # "Received on" defaults to today
    type_text(w.personal.names["surname"], "Гнатюк")
    type_text(w.personal.names["given_name"], "Олег")
    assert w.isWindowModified()
    with qtbot.waitSignal(w.saved, timeout=5000):
        assert w.save()
    assert not w.isWindowModified()
    assert w.attachments.add_button.isEnabled() and "Save the applicant" not in w.attachments.hint.text()
    assert w.personal.photo_button.isEnabled() and not w.personal.photo_hint.isVisibleTo(w.personal)


def test_a_step_or_a_flag_opens_the_tab_it_is_about(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    doc = sample_doc()
    doc["checks"][0]["result"] = "adverse"
    w = DossierWindow(session, session.add_applicant(parse_document(doc)))
    qtbot.addWidget(w)
    qtbot.mouseClick(w.pipeline.steps["polygraph_2"], Qt.MouseButton.LeftButton)
    assert w.tabs.current_page() is w.exam2
    adverse = next(f for f in w.flags.current if f.code == "check_adverse")
    w.flags.linkActivated.emit(f"flag:{w.flags.current.index(adverse)}")
    assert w.tabs.current_page() is w.checks
    hostile = next(f for f in w.flags.current if f.code == "relatives_hostile_territory")
    w.flags.linkActivated.emit(f"flag:{w.flags.current.index(hostile)}")
    assert w.tabs.current_page() is w.personal
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert w.tabs.current_page() is w.exam1


def _decidable(session) -> str:  # type: ignore[no-untyped-def]
    """A case with every step done and an adverse check (a red flag)."""
    doc = sample_doc()
    doc["checks"][0].update(result="adverse", requested_by="Alpha", sealed_by="Alpha",
                            sealed_at="2026-10-03T10:00:00Z")
    second = dict(doc["polygraph_exams"][0], number=2, examiner="Charlie", held_on="2026-10-27",
                  sealed_by="Charlie", sealed_at="2026-10-27T12:00:00Z")
    doc["polygraph_exams"].append(second)
    return session.add_applicant(parse_document(doc))


def test_accepting_over_red_flags_names_them_before_sealing(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    case = _decidable(session)
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    w.decision.outcome.setCurrentIndex(w.decision.outcome.findData("accept"))
    w.decision.rationale.setPlainText("The adverse record was a namesake; confirmed by a second check.")
    assert w.save()
    scripted.confirm_answer = False
    scripted.texts = [PASS]
    qtbot.mouseClick(w.decision.seal_bar.seal_button, Qt.MouseButton.LeftButton)
    _kind, _title, text = next(s for s in scripted.seen if s[0] == "confirm")
    assert "red flag" in text and "security service check is adverse" in text
    assert not session.get_dossier(case).decision.sealed_by  # type: ignore[union-attr]  # not without a yes
    scripted.confirm_answer = True
    qtbot.mouseClick(w.decision.seal_bar.seal_button, Qt.MouseButton.LeftButton)
    assert session.get_dossier(case).decision.sealed_by == "Alpha"  # type: ignore[union-attr]


def test_people_fields_pick_users_and_say_why_seal_is_unavailable(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    session.add_user("СОКІЛ", Role.EXAMINER, PASS2)
    doc = sample_doc()
    doc["polygraph_exams"] = []
    w = DossierWindow(session, session.add_applicant(parse_document(doc)))
    qtbot.addWidget(w)
    picker = w.exam1.examiner
    assert [cs for cs, _ in picker.people] == ["СОКІЛ"]  # examiners only: not the supervisor Alpha
    qtbot.keyClicks(picker, "Sokil")  # typed in Latin, as in the issue
    picker.resolve()
    assert picker.text() == "СОКІЛ" and not picker.is_external()
    bar = w.exam1.seal_bar
    assert not bar.seal_button.isEnabled()
    assert bar.reason.isVisibleTo(w.exam1) and "Only СОКІЛ, the author" in bar.reason.text()
    picker.setText("Ghost")
    assert picker.currentText() == "Ghost (external)" and picker.is_external()
    assert "not a user of this vault" in bar.reason.text()
    interviewers = [cs for cs, _ in w.interviews.interviewer.people]
    assert interviewers == ["Alpha"]  # officers and supervisors interview; examiners do not


def test_checks_say_why_seal_and_waive_are_unavailable(qtbot, session, vault_dir, scripted) -> None:  # type: ignore[no-untyped-def]
    doc = sample_doc()
    doc["checks"] = [{"kind": "security_service", "result": "pending", "requested_by": "Alpha"}]
    case = session.add_applicant(parse_document(doc))
    session.add_user("Delta", Role.OFFICER, PASS2)
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    w.checks.table.table.setCurrentCell(0, 0)
    assert not w.checks.seal_button.isEnabled() and "still pending" in w.checks.reason.text()
    assert w.checks.waive_button.isEnabled()  # a supervisor may waive
    session.close()
    from app.vault import vault

    officer = vault.unlock(vault_dir, "Delta", PASS2)
    w2 = DossierWindow(officer, case)
    qtbot.addWidget(w2)
    w2.checks.table.table.setCurrentCell(0, 0)
    assert not w2.checks.waive_button.isEnabled() and "Only a supervisor can waive" in w2.checks.reason.text()
    assert "Only Alpha, the author" in w2.checks.reason.text()
    officer.close()


def test_send_to_hq_before_enrolment_says_so_before_asking_for_a_folder(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc()))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    w.send_to_hq()
    kinds = [s[0] for s in scripted.seen]
    assert "directory" not in kinds
    kind, _title, text = scripted.seen[-1]
    assert kind == "info" and "not enrolled" in text and "Administration → Enrol with HQ" in text
    assert "--" not in text and "(s)" not in text


def test_the_empty_list_says_how_to_add_the_first_applicant(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.empty_hint.isVisibleTo(window), timeout=5000)
    assert "Ctrl+N" in window.empty_hint.text()
    session.add_applicant(parse_document(sample_doc()))
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.refresh()
    assert not window.empty_hint.isVisibleTo(window)


def test_history_speaks_in_words(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc()))
    session.record_print(case, "signed case file")
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    table = w.history.table
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in (2, 3)]  # type: ignore[union-attr]
    assert "printed" in cells and "signed case file" in cells and "created" in cells
    assert not [c for c in cells if re.search(r"\b[a-z]+_[a-z_]+\b", c)]


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_coloured_text_stays_readable_in_a_dark_palette(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e0e0e0"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e0e0e0"),
                         (QPalette.ColorRole.Button, "#3a3a3a"), (QPalette.ColorRole.ButtonText, "#e0e0e0")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        doc = sample_doc()
        doc["checks"][0]["result"] = "adverse"
        w = DossierWindow(session, session.add_applicant(parse_document(doc)))
        qtbot.addWidget(w)
        w.personal.dob.setText("31.02.1990")
        w.save()  # shows the red error beside the field
        background = dark.color(QPalette.ColorRole.Window)
        checked = 0
        for label in w.findChildren(QLabel):
            for found in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet() + label.text()):
                if "background" in label.styleSheet():
                    continue  # the DEMO banner and the steps set their own background too
                assert _contrast(QColor(found), background) >= 4.5, (label.objectName(), found)
                checked += 1
        assert checked >= 2  # the flag severities and the error label were looked at
    finally:
        app.setPalette(light)


def test_icons_are_sharp_on_hidpi_screens(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Icons are SVG: drawn for the screen's pixel ratio, not scaled up from a small bitmap."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from app.resources import resource_path
    from app.ui.date_edit import calendar_icon

    for icon in (calendar_icon(), QIcon(str(resource_path("icons", "field-dossier.svg")))):
        small = icon.pixmap(QSize(16, 16), 1.0).toImage()
        for ratio in (1.5, 2.0):
            pixmap = icon.pixmap(QSize(16, 16), ratio)
            assert pixmap.width() == round(16 * ratio) and pixmap.devicePixelRatio() == ratio
            upscaled = small.scaled(pixmap.width(), pixmap.height())  # what a 16 px bitmap would give
            assert pixmap.toImage().convertToFormat(upscaled.format()) != upscaled  # drawn at this resolution
