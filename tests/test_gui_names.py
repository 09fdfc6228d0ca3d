"""The desktop shows why each search hit matched, and merged cases name each other."""

from __future__ import annotations

from app.domain.interchange import parse_document
from app.ui.applicant_model import COL_MATCH
from app.ui.dossier.window import DossierWindow
from app.ui.main_window import MainWindow
from tests.conftest import sample_doc


def test_typing_a_foreign_spelling_finds_the_case_and_says_why(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    case = session.add_applicant(parse_document(sample_doc(surname="Шевченко", given_name="Олексій")))
    session.add_applicant(parse_document(sample_doc(surname="Бондар", given_name="Іван", date_of_birth="1980-01-01")))
    window = MainWindow(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    assert window.table.isColumnHidden(COL_MATCH)  # no search, no reasons
    with qtbot.waitSignal(window.results_shown, timeout=10000) as blocker:
        qtbot.keyClicks(window.search, "Chevtchenko Alexey")
    assert blocker.args == [1] and window.model.data(window.model.index(0, 0)) == case
    assert not window.table.isColumnHidden(COL_MATCH)
    assert window.model.data(window.model.index(0, COL_MATCH)) == "spelling variant; given-name variant"
    with qtbot.waitSignal(window.results_shown, timeout=10000):
        window.search.clear()
    assert window.table.isColumnHidden(COL_MATCH)


def test_merged_cases_name_each_other_in_their_windows(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    survivor = session.add_applicant(parse_document(sample_doc()))
    doc = sample_doc(surname="Szewczuk", given_name="Oleh", patronymic="")
    doc["polygraph_exams"][0]["result"] = "DI"
    other = session.add_applicant(parse_document(doc))
    session.decide_duplicate(survivor, other, "merged")
    window = DossierWindow(session, survivor)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-1] == "Linked cases" and other in window.links_banner.text()
    text = window.links.view.toPlainText()
    assert other in text and "Polygraph exam 1: DI" in text and "Check 1: security service records, no record" in text
    assert "merged as a duplicate" in text and "duplicate_merged" not in text  # history in words, not codes
    assert f"In merged case {other}:" in window.flags.text()
    merged = DossierWindow(session, other)
    qtbot.addWidget(merged)
    assert survivor in merged.links_banner.text() and not merged.links_banner.isHidden()
    alone = DossierWindow(session)
    qtbot.addWidget(alone)
    assert "Linked cases" not in [alone.tabs.tabText(i) for i in range(alone.tabs.count())]
