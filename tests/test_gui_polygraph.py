"""Polygraph exams in the desktop app, driven as examiners would: a format fills the
question list, exam 2 copies exam 1's, a discordant pair opens exam 3 as the next step,
exam 3 is recorded, sealed by its examiner and printed in the signed case file; old,
unknown and unverified rules are shown as such."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain import polygraph, rulesets
from app.domain.enums import Channel, Role
from app.domain.interchange import parse_document
from app.ui.dossier.window import DossierWindow
from app.vault import vault
from tests.conftest import PASS, PASS2, sample_doc
from tests.exchange_helpers import tool
from tests.guard_helpers import complete_exam
from tests.gui_helpers import type_text

CH = (Channel.PNEUMO, Channel.EDA, Channel.CARDIO)


def set_examiner(tab: Any, name: str) -> None:
    """Name the examiner as a person does: type the call sign (in any case) into the picker and
    press Enter; the picker picks the vault's user of that name."""
    line = tab.examiner.lineEdit()
    line.clear()
    type_text(line, name.lower())
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert tab.examiner.text() == name and not tab.examiner.is_external()
    assert tab.examiner.currentText() == f"{name} (examiner)"  # shown as the user picked


def score_all(tab: Any, value: int) -> None:
    for chart, q in list(tab.grid.rows):
        for ch in CH:
            tab.grid.set_cell(chart, q, ch, value)


def open_as(qtbot: Any, vault_dir: Path, who: str, case: str) -> tuple[Any, DossierWindow]:
    s = vault.unlock(vault_dir, who, PASS2 if who != "Alpha" else PASS)
    w = DossierWindow(s, case)
    qtbot.addWidget(w)
    return s, w


def record(qtbot: Any, w: DossierWindow, scripted: Any, number: int, examiner: str, value: int, result: str) -> None:
    tab = w.exam_tabs[number]
    w.tabs.setCurrentWidget(tab)
    set_examiner(tab, examiner)
    tab.held_on.setText(f"2026-10-{10 + number * 5}")
    if number == 1:  # a person picks the format: it fills the question list
        index = tab.picker.format.findData("federal_zct")
        tab.picker.format.setCurrentIndex(index)
        tab.picker.format.activated.emit(index)
        assert [r["label"] for r in tab.questions.rows()] == ["I1", "SR2", "SY3", "C4", "R5", "C6", "R7", "SY8",
                                                              "C9", "R10"]
        assert tab.picker.rule.currentText() == "Federal ZCT: grand total ±6, spot −3"
    else:
        tab.copy_previous.click()
        assert [r["label"] for r in tab.questions.rows()][4] == "R5"
    assert len(tab.grid.rows) == 9  # 3 charts × 3 relevant questions
    score_all(tab, value)
    tab.result.setCurrentIndex(tab.result.findData(result))
    with qtbot.waitSignal(w.saved, timeout=5000):
        assert w.save()
    scripted.texts.append(PASS2)
    assert w.seal("exam", number), scripted.seen[-1]


def test_exam_3_after_a_discordant_pair_recorded_sealed_and_printed(qtbot, session, vault_dir, scripted,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    doc = sample_doc()
    doc["polygraph_exams"] = []
    case = session.add_applicant(parse_document(doc))
    for name in ("Bravo", "Charlie", "Delta"):
        session.add_user(name, Role.EXAMINER, PASS2)
    session.close()

    s, w = open_as(qtbot, vault_dir, "Bravo", case)
    assert sorted(w.exam_tabs) == [1, 2] and "Polygraph 3" not in [w.tabs.tabText(i) for i in range(w.tabs.count())]
    record(qtbot, w, scripted, 1, "Bravo", 1, "NDI")
    assert w.exam1.computed.text().startswith("NDI — grand total +27 ≥ +6")
    s.close()

    s, w = open_as(qtbot, vault_dir, "Charlie", case)
    record(qtbot, w, scripted, 2, "Charlie", -1, "DI")
    assert 3 in w.exam_tabs  # the discordant pair opened exam 3 …
    titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert titles.index("Polygraph 3") == titles.index("Polygraph 2") + 1 < titles.index("Decision")
    if s.get_dossier(case).interviews[0].sealed_by:  # … as the next step, once the earlier steps are done
        assert w.pipeline.steps["polygraph_3"].text() == "▶ Polygraph 3"
        assert w.pipeline.missing.text() == "Still missing for Polygraph 3: polygraph exam 3 not recorded"
    assert w.pipeline.steps["polygraph_3"].toolTip() == "polygraph exam 3 not recorded"
    assert "exam 3 or further investigation" in w.flags.text()
    s.close()

    s, w = open_as(qtbot, vault_dir, "Delta", case)
    record(qtbot, w, scripted, 3, "Delta", 1, "NDI")
    exams = s.get_dossier(case).polygraph_exams
    assert [(e.number, e.examiner, e.sealed_by, e.result.value if e.result else None) for e in exams] == [
        (1, "Bravo", "Bravo", "NDI"), (2, "Charlie", "Charlie", "DI"), (3, "Delta", "Delta", "NDI")]
    assert exams[2].format == "federal_zct" and exams[2].rule["name"] == "federal_zct"
    assert w.pipeline.steps["polygraph_3"].text().startswith("✓")
    assert not w.exam_tabs[3].examiner.isEnabled()  # sealed: read-only

    shown: list[Any] = []
    import app.ui.casefile_preview as cp

    original = cp.open_casefile
    cp.open_casefile = lambda parent, ss, c: original(parent, ss, c, shown=shown.append)  # type: ignore[assignment]
    try:
        w.casefile()
        qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    finally:
        cp.open_casefile = original  # type: ignore[assignment]
    preview = shown[0]
    qtbot.addWidget(preview)
    scripted.save_paths.append(str(tmp_path / "case.pdf"))
    preview.save_pdf()
    text = tool("pdftotext", str(tmp_path / "case.pdf"), "-").stdout
    assert "Опитування 3" in text and "Порівняння опитувань 1 і 2" in text  # the post's language: Ukrainian
    assert "Signature #1" in tool("pdfsig", str(tmp_path / "case.pdf")).stdout
    preview.done(0)
    w.add_exam()  # one more, by hand: a fourth tab, empty
    assert w.tabs.current_page() is w.exam_tabs[4] and w.exam_tabs[4].is_empty()
    assert w.tabs.scroll_area(w.exam_tabs[4]) is w.tabs.currentWidget()  # it scrolls in its tab, as the others
    tips = [w.tabs.tabToolTip(i) for i in range(w.tabs.count())]  # Alt+1…9 name the first nine tabs only
    assert w.tabs.count() == 11 and tips == [f"Alt+{i}" for i in range(1, 10)] + ["", ""]
    s.close()


def test_old_unknown_and_unverified_rules_are_shown_as_such(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    doc = sample_doc()
    exam = doc["polygraph_exams"][0]
    del exam["sealed_by"], exam["sealed_at"]
    exam["questions"] = [{"label": "R1", "type": "relevant"}, {"label": "C1", "type": "comparison"}]
    exam["method"] = "ess"
    exam["scores"] = [{"chart": c, "question": "R1", "channel": ch, "score": -1 if ch == "pneumo" else 0}
                      for c in (1, 2, 3) for ch in ("pneumo", "eda", "cardio")]  # total -3
    old = copy.deepcopy(rulesets.shipped()["retired_rules"]["ess_single_issue"])
    del old["retired"]
    exam["rule"] = {**old, "name": "ess_single_issue"}
    exam["result"] = "INC"
    second = copy.deepcopy(exam)
    second.update({"number": 2, "examiner": "Charlie", "method": "federal_7",
                   "rule": {**polygraph.rule_snapshot("federal_grand_total"), "ndi": -50, "verified": True}})
    doc["polygraph_exams"].append(second)
    case = session.add_applicant(parse_document(doc))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    text = w.exam1.computed.text()
    assert text.startswith("INC — grand total -3 between the cutscores")
    assert "These cutscores are not confirmed against their published source." in text
    assert "The current default rule (ESS-M single issue (two-stage)) would give: DI — grand total -3 ≤ -3" in text
    assert w.exam1.picker.rule.currentText() == "ESS single issue (two-stage) (earlier rule)"
    forged = w.exam2.computed.text()
    assert "Scored with an unknown rule" in forged and "color: #b00020" in w.exam2.computed.styleSheet()
    assert w.exam2.picker.rule.currentText() == "Unknown rule: not one this vault knows"
    assert "scored with an unknown rule" in w.flags.text()
    w.application.text.setPlainText("Прошу прийняти мене до підрозділу (доповнено).")
    with qtbot.waitSignal(w.saved, timeout=5000):
        assert w.save()
    saved = session.get_dossier(case).polygraph_exams
    assert saved[0].rule == exam["rule"] and saved[1].rule["ndi"] == -50  # nobody chose another rule: kept
    w.exam2.picker.rule.setCurrentIndex(w.exam2.picker.rule.findData("federal_zct"))  # a person chooses one
    with qtbot.waitSignal(w.saved, timeout=5000):
        assert w.save()
    assert session.get_dossier(case).polygraph_exams[1].rule == polygraph.rule_snapshot("federal_zct")
    assert "Scored with an unknown rule" not in w.exam2.computed.text()


def test_seal_says_why_an_exam_with_an_unknown_rule_is_not_sealed(qtbot, session, vault_dir, scripted) -> None:  # type: ignore[no-untyped-def]
    """The reason beside Seal is the guard's (app.domain.polygraph.rule_seal_problems), until the
    examiner picks a rule the vault knows."""
    session.add_user("Bravo", Role.EXAMINER, PASS2)
    doc = sample_doc()
    forged = {**polygraph.rule_snapshot("federal_grand_total"), "ndi": -50, "verified": True}
    doc["polygraph_exams"] = [{**complete_exam(1, "Bravo"), "rule": forged}]
    case = session.add_applicant(parse_document(doc))
    session.close()
    s, w = open_as(qtbot, vault_dir, "Bravo", case)
    try:
        bar = w.exam1.seal_bar
        assert not bar.seal_button.isEnabled() and "not one this vault knows" in bar.reason.text()
        scripted.texts.append(PASS2)
        assert not w.seal("exam", 1)  # the handler, called anyway: the guard says the same
        assert scripted.seen[-1][0] == "error" and "not one this vault knows" in scripted.seen[-1][2]
        w.exam1.picker.rule.setCurrentIndex(w.exam1.picker.rule.findData("federal_grand_total"))
        assert bar.seal_button.isEnabled() and not bar.reason.isVisibleTo(w.exam1)
        scripted.texts.append(PASS2)
        assert w.seal("exam", 1), scripted.seen[-1]  # Seal saves the chosen rule first
        sealed = s.get_dossier(case).polygraph_exams[0]
        assert sealed.sealed_by == "Bravo" and sealed.rule == polygraph.rule_snapshot("federal_grand_total")
    finally:
        s.close()


def test_essm_parameters_and_fit_in_the_rule_picker(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    doc = sample_doc()
    doc["polygraph_exams"] = []
    case = session.add_applicant(parse_document(doc))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    picker = w.exam1.picker
    picker.format.setCurrentIndex(picker.format.findData("afmgqt"))
    picker.format.activated.emit(picker.format.currentIndex())
    assert picker.method.currentData() == "ess" and picker.rule.currentData() == "essm_multi_issue"
    listed = [picker.rule.itemData(i) for i in range(picker.rule.count())]
    assert listed == ["essm_multi_issue"]  # the single-issue ESS-M rule does not fit AFMGQT: refused
    assert picker.params.isVisibleTo(w.exam1) and picker.parameters() == {"prior": 0.5, "alpha_di": 0.05,
                                                                          "alpha_ndi": 0.05}
    picker.prior.setCurrentIndex(picker.prior.findData(0.25))
    picker.alpha_di.setCurrentIndex(picker.alpha_di.findData(0.01))
    snap = picker.snapshot()
    assert (snap["di_any"], snap["ndi_all"], snap["parameters"]["prior"]) == (-7, 0, 0.25)
    picker.format.setCurrentIndex(picker.format.findData(""))
    picker.method.setCurrentIndex(picker.method.findData("federal_7"))
    assert not picker.params.isVisibleTo(w.exam1) and picker.parameters() is None
    assert [picker.rule.itemData(i) for i in range(picker.rule.count())] == [
        "federal_zct", "federal_you_phase", "tes", "utah", "senter_two_stage", "krapohl_2005", "federal_grand_total",
        "federal_spot"]
    assert "federal_zct" not in " ".join(picker.rule.itemText(i) for i in range(picker.rule.count()))


def test_rule_names_and_reasons_in_ukrainian(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication) and install_language(app, "uk") == "uk"
    try:
        doc = sample_doc()
        first = doc["polygraph_exams"][0]
        del first["sealed_by"], first["sealed_at"]
        first.update({"questions": [{"label": "R1", "type": "relevant"}], "rule": {}, "result": "NDI",
                      "scores": [{"chart": c, "question": "R1", "channel": ch, "score": -1}
                                 for c in (1, 2, 3) for ch in ("pneumo", "eda", "cardio")]})
        doc["polygraph_exams"].append({**copy.deepcopy(first), "number": 2, "examiner": "Charlie", "result": "DI"})
        case = session.add_applicant(parse_document(doc))
        w = DossierWindow(session, case)
        qtbot.addWidget(w)
        picker = w.exam1.picker
        assert picker.method.currentText() == "Федеральна 7-позиційна шкала"
        assert picker.rule.currentText() == "Федеральний ZCT: загальна сума ±6, окреме запитання −3"
        assert picker.format.itemText(0) == "(довільний перелік запитань)"
        assert picker.format.itemText(picker.format.findData("afmgqt")) == "AFMGQT (багатотемна перевірка)"
        assert w.exam1.computed.text().startswith("DI — найменша сума за запитанням R1: -9 ≤ -3")
        assert "Опитування на поліграфі 1 і 2 розходяться (результати різні (NDI / DI)): потрібне опитування 3 " \
               "або додаткова перевірка." in w.flags.text()
        titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
        assert "Поліграф 3" in titles and "Поліграф 1" in titles
        assert w.pipeline.steps["polygraph_3"].text().endswith("Поліграф 3")
    finally:
        install_language(app, "en")
