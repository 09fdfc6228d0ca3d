"""The desktop app, driven as a person would (pytest-qt, offscreen; waits on signals)."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWizard

from app.domain.enums import Role
from app.domain.interchange import parse_document
from app.ui.controller import AppController
from app.ui.dossier.window import DossierWindow
from app.ui.main_window import MainWindow
from app.ui.setup_wizard import SetupWizard
from app.ui.unlock_dialog import UnlockDialog
from app.vault import vault
from tests.conftest import PASS, PASS2, sample_doc, seed_dossier
from tests.gui_helpers import type_text


def _click_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_wizard_creates_a_vault(qtbot, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(vault_dir, tmp_path / "demo")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.details
    qtbot.keyClicks(page.post, "KYIV")
    qtbot.keyClicks(page.callsign, "Alpha")
    qtbot.keyClicks(page.passphrase, "weakpass")
    assert "too weak" in page.strength.text() and not page.isComplete()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASS)
    qtbot.keyClicks(page.repeat, PASS[:-1])
    assert not page.isComplete()  # the two differ
    qtbot.keyClicks(page.repeat, PASS[-1])
    assert page.isComplete() and "strong enough" in page.strength.text()
    assert page.role.text() == "Supervisor"
    with qtbot.waitSignal(wizard.created, timeout=30000) as blocker:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    session = blocker.args[0]
    assert session.user.role is Role.SUPERVISOR and not session.is_demo
    assert vault.vault_exists(vault_dir)
    session.close()


def test_unlock_wrong_then_right_with_visible_delay(qtbot, session, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    session.close()
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.callsign, "Alpha")
    qtbot.keyClicks(dialog.passphrase, "A")  # capital without Shift: Caps Lock hint
    assert dialog.caps.isVisibleTo(dialog)
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "a wrong passphrase here")
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "Wrong call sign or passphrase" in dialog.error.text(), timeout=20000)
    assert dialog.passphrase.text() == "" and not dialog.ok_button.isEnabled()
    assert "Wait" in dialog.ok_button.text()
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5000)
    qtbot.keyClicks(dialog.passphrase, PASS)
    with qtbot.waitSignal(dialog.unlocked, timeout=20000) as blocker:
        _click_ok(qtbot, dialog)
    blocker.args[0].close()


def test_add_an_applicant_by_typing(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    w = DossierWindow(session)
    qtbot.addWidget(w)
    p = w.personal
    qtbot.keyClicks(p.citizenships, "UA")
    type_text(p.names["surname"], "Гнатюк")
    type_text(p.names["given_name"], "Олег")
    assert p.names["surname_latin"].text() == "Hnatiuk" and p.names["given_name_latin"].text() == "Oleh"
    qtbot.keyClicks(p.dob, "31.02.1990")
    w.save()
    assert scripted.seen[-1][0] == "error"  # not saved: there is no 31 February
    assert p._errors["date_of_birth"].isVisibleTo(p)
    p.dob.clear()
    qtbot.keyClicks(p.dob, "12.04.1990")  # as people write it (ISO works too: tests/test_dates.py)
    type_text(w.application.text, "Прошу прийняти мене.")
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    with qtbot.waitSignal(w.saved, timeout=5000) as blocker:
        qtbot.keyClick(w.application.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    case = blocker.args[0]
    d = session.get_dossier(case)
    assert d.person.surname == "Гнатюк" and str(d.person.date_of_birth) == "1990-04-12"
    assert d.application and d.application.text == "Прошу прийняти мене."
    assert w.pipeline.steps[w.pipeline.steps.__iter__().__next__()].text().startswith("✓")
    w.dirty = False


def test_interview_from_template_with_rules(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc()))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    tab = w.interviews
    w.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = tab.form
    assert form is not None and form.template.id == "screening"
    answers = form.inputs
    answers["identity_confirmed"].setCurrentIndex(answers["identity_confirmed"].findData("no"))
    assert form._rows["identity_doubts"][0].isRowVisible(answers["identity_doubts"])  # relevance
    assert not form._rows["identity_document"][0].isRowVisible(answers["identity_document"])
    qtbot.keyClicks(answers["arrival_date"], "2099-01-01")
    assert form.errors["arrival_date"].text() == "The date cannot be in the future."
    w.save()  # a wrong answer blocks saving; missing answers are shown but do not
    assert scripted.seen[-1][0] == "error" and "Interview 2: 1 field" in scripted.seen[-1][2]
    assert form.errors["how_arrived"].text() == "This field is required."
    answers["arrival_date"].clear()
    qtbot.keyClicks(answers["arrival_date"], "2025-05-01")
    fill = {"identity_doubts": "Документ втрачено під час полону.", "served": "no", "how_arrived": "captured",
            "arrival_circumstances": "Потрапив у полон біля річки після відступу.", "motivation_story": "Родина.",
            "approached": "no", "relatives_in_occupied": "no", "consent_checks": "yes",
            "stated_date_of_birth": "1991-04-12"}
    for key, value in fill.items():
        widget = answers[key]
        if hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))  # type: ignore[attr-defined]
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(value)  # type: ignore[attr-defined]
        else:
            widget.setText(value)  # type: ignore[attr-defined]
    answers["motives"].item(1).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]
    answers["motivation_credibility"].setValue(4)  # type: ignore[attr-defined]
    assert form.problems() == {}
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.save()
    saved = session.get_dossier(case).interviews[-1]
    assert saved.template_id == "screening" and saved.answers["motives"] == ["family"]
    assert saved.answers["identity_doubts"].startswith("Документ") and saved.interviewer == "Alpha"


def test_two_exams_scores_and_live_totals(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    from app.domain.enums import Channel

    doc = sample_doc()
    doc["polygraph_exams"] = []
    case = session.add_applicant(parse_document(doc))
    session.add_user("Bravo", Role.EXAMINER, PASS2)  # examiners are users with the examiner role
    session.add_user("Charlie", Role.EXAMINER, PASS2)
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    for tab, values in ((w.exam1, (2, 1, -1)), (w.exam2, (-3, -2, 0))):
        qtbot.keyClicks(tab.examiner, "Bravo" if tab.number == 1 else "Charlie")
        for label, qtype in (("R1", "relevant"), ("C1", "comparison"), ("R2", "relevant")):
            row = tab.questions.add_row({"label": label, "type": qtype, "text": "?"})
            assert row >= 0
        tab._rebuild_grid()
        assert len(tab.grid.rows) == 3 * 2  # 3 charts × 2 relevant questions
        for ch, value in zip((Channel.PNEUMO, Channel.EDA, Channel.CARDIO), values, strict=True):
            tab.grid.set_cell(1, "R1", ch, value)
        total = sum(values)
        assert f"R1: {total:+d}" in tab.grid.totals.text()
        assert f"Grand total: {total:+d}" in tab.grid.totals.text()
        tab.grid.set_cell(1, "R2", Channel.EDA, 9)  # out of range for the 7-position scale
        assert "from -3 to +3" in tab.grid.totals.text()
        tab.grid.set_cell(1, "R2", Channel.EDA, 1)
        tab.result.setCurrentIndex(tab.result.findData("NDI"))
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.save()
    exams = session.get_dossier(case).polygraph_exams
    assert [e.number for e in exams] == [1, 2] and [e.examiner for e in exams] == ["Bravo", "Charlie"]
    assert sum(s.score for s in exams[1].scores) == -4


def test_decision_supervisor_yes_officer_no(qtbot, session, vault_dir, scripted) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc()))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    assert w.decision.outcome.isEnabled()
    w.decision.outcome.setCurrentIndex(w.decision.outcome.findData("accept"))
    w.save()  # the second exam is missing: the stage guard refuses accept
    assert scripted.seen[-1][0] == "error" and "polygraph exam 2 not recorded" in scripted.seen[-1][2]
    w.decision.outcome.setCurrentIndex(w.decision.outcome.findData("defer"))
    type_text(w.decision.rationale, "Чекаємо на друге опитування.")
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.save()
    assert session.get_dossier(case).decision.outcome.value == "defer"  # type: ignore[union-attr]
    session.add_user("Delta", Role.OFFICER, PASS2)
    session.close()
    officer = vault.unlock(vault_dir, "Delta", PASS2)
    w2 = DossierWindow(officer, case)
    qtbot.addWidget(w2)
    assert not w2.decision.outcome.isEnabled() and w2.decision.notice.isVisibleTo(w2.decision)
    w2.decision.outcome.setCurrentIndex(w2.decision.outcome.findData("reject"))  # even if forced…
    type_text(w2.application.text, " доповнення")
    assert w2.save()  # …the officer's save keeps the supervisor's decision
    assert officer.get_dossier(case).decision.outcome.value == "defer"  # type: ignore[union-attr]
    officer.close()


def test_search_latin_finds_cyrillic_and_filters(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    session.add_applicant(parse_document(sample_doc()))
    session.add_applicant(parse_document(sample_doc(surname="Иванов", given_name="Сергей", citizenships=["RU"],
                                                    category="civilian")))
    window = MainWindow(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    with qtbot.waitSignal(window.results_shown, timeout=10000) as blocker:
        qtbot.keyClicks(window.search, "ivanov")
    assert blocker.args == [1]
    assert window.model.data(window.model.index(0, 1)) == "Иванов Сергей Петрович"
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.search.clear()

    def names() -> list[str]:
        return [window.model.data(window.model.index(r, 1))[:6] for r in range(window.model.rowCount())]

    assert names() == ["Шевчук", "Иванов"]  # oldest first until a header is clicked
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # as a header click does
    assert names() == ["Иванов", "Шевчук"]
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert names() == ["Шевчук", "Иванов"]
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.category.setCurrentIndex(window.category.findData("civilian"))
    assert names() == ["Иванов"] and "(1 shown by the filters)" in window.message.text()
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.category.setCurrentIndex(0)
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.stage.setCurrentIndex(window.stage.findData("interview"))  # imported as drafts
    assert window.model.rowCount() == 2
    window.search.setText('bad"')
    qtbot.waitUntil(lambda: "Unbalanced quote" in window.message.text(), timeout=10000)


def _unlock_through_gate(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    qtbot.keyClicks(gate.callsign, "Alpha")
    qtbot.keyClicks(gate.passphrase, PASS)
    with qtbot.waitSignal(controller.unlocked, timeout=20000):
        _click_ok(qtbot, gate)


def test_idle_lock_with_a_modal_dialog_open(qtbot, session, vault_dir, tmp_path, scripted) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc()))
    session.close()
    controller = AppController(vault_dir, tmp_path / "demo")
    controller.start()
    _unlock_through_gate(qtbot, controller)
    assert isinstance(controller.main, MainWindow)
    window = controller.open_dossier(case)
    assert window is not None
    type_text(window.application.text, " незбережене")
    assert controller.idle is not None
    controller.idle.set_minutes(0.002)  # ~120 ms
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, controller.show_users)  # a modal dialog, open when the timer fires
    with qtbot.waitSignal(controller.locked, timeout=10000):
        pass
    assert controller.session is None and controller.main is None and not controller.dossiers
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
                and not isinstance(w, UnlockDialog)]
    _unlock_through_gate(qtbot, controller)  # back to the list
    assert isinstance(controller.main, MainWindow) and controller.main.isVisible()
    reopened = controller.open_dossier(case)  # the unsaved typing was kept as a draft
    assert reopened is not None and "незбережене" in reopened.application.text.toPlainText()
    assert scripted.seen[-1][0] == "confirm"
    reopened.dirty = False
    controller.quit()
    del window, reopened  # free the windows while Qt is still running
    gc.collect()


def test_print_preview_renders_pages_and_is_audited(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from app.ui.print_summary import build_document, make_preview

    case = session.add_applicant(parse_document(sample_doc()))
    d = session.get_dossier(case)
    doc = build_document(session, d)
    assert 1 <= doc.pageCount() <= 2
    assert "Шевчук Олег Петрович" in doc.toPlainText() and "привід для додаткової перевірки" in doc.toPlainText()
    dialog = make_preview(None, session, d)
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=5000)
    assert session.audit_entries(case)[0].action == "print"
    dialog.close()


def test_demo_vault_marks_title_and_printout(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.print_summary import build_document

    s = vault.create(tmp_path / "demo", "TRAIN", "Trainee", PASS, demo=True)
    case = s.add_applicant(parse_document(sample_doc()))
    window = MainWindow(s)
    qtbot.addWidget(window)
    assert "DEMO" in window.windowTitle()
    assert "ДЕМО" in build_document(s, s.get_dossier(case)).toPlainText()  # printouts: Ukrainian by default
    s.close()


def test_photo_and_attachments_with_size_limit(qtbot, session, scripted, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import random

    from app.vault.demo import scan_png

    case = session.add_applicant(parse_document(sample_doc()))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    photo = tmp_path / "face.jpg"  # the name says JPEG; the content is PNG: sniffed, not trusted
    photo.write_bytes(scan_png(random.Random(3)))
    scripted.files = [str(photo)]
    qtbot.mouseClick(w.personal.photo_button, Qt.MouseButton.LeftButton)
    assert w.personal.photo is not None and not w.personal.photo_label.pixmap().isNull()
    big = tmp_path / "huge.bin"
    with big.open("wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: over the 50 MiB limit without writing it
    w.attachments.add_files([str(big)])
    assert scripted.seen[-1][0] == "error" and "50 MiB" in scripted.seen[-1][2]
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.save()
    d = session.get_dossier(case)
    assert d.person.photo == w.personal.photo
    assert [a.media_type for a in d.attachments] == ["image/png"]
    from app.ui.print_summary import build_document

    assert build_document(session, d).resource(
        __import__("PySide6.QtGui").QtGui.QTextDocument.ResourceType.ImageResource.value,
        __import__("PySide6.QtCore").QtCore.QUrl("photo:1")) is not None


def test_flags_and_computed_results_in_the_app(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    from app.domain.enums import Channel

    doc = sample_doc()
    doc["checks"][0]["result"] = "adverse"
    del doc["polygraph_exams"][0]["sealed_by"], doc["polygraph_exams"][0]["sealed_at"]  # a draft exam
    case = session.add_applicant(parse_document(doc))
    session.add_applicant(parse_document(sample_doc(surname="Коваль", relatives=[], documents=[])))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    assert "security service check is adverse" in w.flags.text() and "● red" in w.flags.text()
    tab = w.exam1
    assert tab.picker.rule.currentData() == "federal_zct"
    assert tab.computed.text().startswith("Not computed yet") and "missing" in tab.computed.text()
    tab.questions.set_rows([{"label": "R1", "type": "relevant", "text": "?"},
                            {"label": "C1", "type": "comparison", "text": "?"}])
    tab._rebuild_grid()
    for chart in (1, 2, 3):
        for ch in (Channel.PNEUMO, Channel.EDA, Channel.CARDIO):
            tab.grid.set_cell(chart, "R1", ch, -1)
    assert tab.computed.text().startswith("DI — lowest subtotal R1 -9 ≤ -3")
    assert "differs from the computed one" in tab.computed.text()  # the stated result is NDI
    tab.picker.rule.setCurrentIndex(tab.picker.rule.findData("federal_spot"))
    assert "not confirmed" in tab.computed.text() and "(cutscores unverified)" in tab.picker.rule.currentText()
    tab.picker.method.setCurrentIndex(tab.picker.method.findData("ess"))
    assert tab.picker.rule.currentData() == "essm_single_issue" and "not confirmed" not in tab.computed.text()
    tab.picker.method.setCurrentIndex(tab.picker.method.findData("federal_7"))
    tab.picker.rule.setCurrentIndex(tab.picker.rule.findData("krapohl_2005"))
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.save()
    exam = session.get_dossier(case).polygraph_exams[0]
    assert exam.rule["name"] == "krapohl_2005" and exam.rule["ndi"] == 4  # the rule is stored with the exam
    assert "polygraph_disagreement" in w.flags.text() or "examiner stated" in w.flags.text()

    window = MainWindow(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5000)
    rows = window.model.rows([0, 1])
    texts = {r.case_number: window.model.data(window.model.index(i, 6)) for i, r in enumerate(rows)}
    assert texts[case].startswith("2 red") or texts[case].startswith("3 red")
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.flags.setCurrentIndex(window.flags.findData("red"))
    assert window.model.rowCount() == 1 and window.model.row(0).case_number == case  # type: ignore[union-attr]


def test_new_applicant_shows_possible_duplicates(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    existing = session.add_applicant(parse_document(sample_doc()))
    w = DossierWindow(session)
    qtbot.addWidget(w)
    p = w.personal
    qtbot.keyClicks(p.citizenships, "UA")
    qtbot.keyClicks(p.names["surname"], "Shevchuk")
    qtbot.keyClicks(p.names["given_name"], "Oleh")
    qtbot.keyClicks(p.dob, "1991-04-12")
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.save()
    kind, title, text = scripted.seen[-1]
    assert kind == "info" and title == "Possible duplicates" and existing in text and "same date of birth" in text
    assert "Likely the same person as" in w.flags.text() and existing in w.flags.text()  # same name, same birthday


def test_seal_and_amend_in_the_dossier_window(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    doc = sample_doc()
    case = seed_dossier(session, doc)  # interview 1 stands sealed by Alpha
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    tab = w.interviews
    assert "Sealed by Alpha" in tab.seal_bar.state.text() and not tab.notes.isEnabled()
    tab.notes.setPlainText("changed while sealed")  # even if forced, a sealed record keeps its content
    assert w.save() and session.get_dossier(case).interviews[0].notes == "спокійний"
    scripted.texts = ["short"]
    qtbot.mouseClick(tab.seal_bar.amend_button, Qt.MouseButton.LeftButton)
    assert scripted.seen[-1][0] == "error" and not tab.notes.isEnabled()
    scripted.texts = ["Interpreter corrected the notes"]
    qtbot.mouseClick(tab.seal_bar.amend_button, Qt.MouseButton.LeftButton)
    assert tab.notes.isEnabled() and "Amending" in tab.seal_bar.state.text()
    tab.notes.setPlainText("спокійний, говорить через перекладача")
    with qtbot.waitSignal(w.saved, timeout=5000):
        w.save()
    saved = session.get_dossier(case).interviews[0]
    assert saved.notes.endswith("перекладача") and saved.amendments[0].original["notes"] == "спокійний"
    # a draft check the officer requested, sealed through the window with the passphrase
    d = session.get_dossier(case)
    d.checks[0].requested_by = "Alpha"
    session.save_dossier(d)
    w2 = DossierWindow(session, case)
    qtbot.addWidget(w2)
    w2.checks.table.table.setCurrentCell(0, 0)
    scripted.texts = [PASS]
    qtbot.mouseClick(w2.checks.seal_button, Qt.MouseButton.LeftButton)
    assert session.get_dossier(case).checks[0].sealed_by == "Alpha" and "Sealed" in w2.checks.state.text()
