"""The HQ workspace in the desktop app: the list's HQ columns and filters (only in an HQ vault), and
a decision recorded from the case window that the post sees in its case window and its list."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import PASS, sample_doc
from tests.exchange_helpers import add_case, enrolled_vault


def _received(hqv: Any, number: str, officer: str, post: str, surname: str) -> None:
    """A case as HQ holds it after an import (through the guarded import itself)."""
    from app.domain.interchange import parse_document

    doc = sample_doc(surname=surname)
    doc["case_number"], doc["case_id"] = number, str(uuid.uuid4())
    hqv.import_version(parse_document(doc), officer, post, "1", uuid.uuid4().hex * 2, uuid.uuid4().hex * 2, b"x")


def _rows(w: Any, column: int) -> list[str]:
    return [w.model.data(w.model.index(r, column)) for r in range(w.model.rowCount())]


def test_an_hq_vault_lists_post_officer_received_and_filters_them(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.applicant_model import COL_CASE, COL_HQ, COL_OFFICER, COL_POST, COL_RECEIVED, COL_VERSION
    from app.ui.main_window import MainWindow
    from app.vault import vault
    from app.vault.guard import hq_import

    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        last_month = now - dt.timedelta(days=30)
        monkeypatch.setattr(hq_import, "now_utc", lambda: last_month)
        _received(hqv, "KYIV-A-2026-0001", "Alpha", "KYIV", "Коваль")
        monkeypatch.undo()
        _received(hqv, "KYIV-A-2026-0002", "Alpha", "KYIV", "Мельник")
        _received(hqv, "LVIV-A-2026-0001", "Bravo", "LVIV", "Бондар")
        w = MainWindow(hqv)
        qtbot.addWidget(w)
        qtbot.waitUntil(lambda: w.model.rowCount() == 3, timeout=10000)
        for column in (COL_POST, COL_OFFICER, COL_RECEIVED, COL_VERSION, COL_HQ):
            assert not w.table.isColumnHidden(column)
        assert _rows(w, COL_POST) == ["KYIV", "KYIV", "LVIV"] and _rows(w, COL_OFFICER) == ["Alpha", "Alpha", "Bravo"]
        assert _rows(w, COL_VERSION) == ["1", "1", "1"]
        assert _rows(w, COL_RECEIVED)[0] == w.model._when(last_month.isoformat()) != ""
        assert w.model.headerData(COL_POST, Qt.Orientation.Horizontal) == "Post"
        f = w.hq_filters
        assert f is not None
        with qtbot.waitSignal(w.results_shown, timeout=10000) as shown:
            f.post.setCurrentIndex(f.post.findData("LVIV"))
        assert shown.args == [1] and _rows(w, COL_CASE) == ["LVIV-A-2026-0001"]
        assert "(1 shown by the filters)" in w.message.text()
        with qtbot.waitSignal(w.results_shown, timeout=10000):
            f.post.setCurrentIndex(0)
        with qtbot.waitSignal(w.results_shown, timeout=10000):
            f.officer.setCurrentIndex(f.officer.findData("Alpha"))
        assert _rows(w, COL_CASE) == ["KYIV-A-2026-0001", "KYIV-A-2026-0002"]
        with qtbot.waitSignal(w.results_shown, timeout=10000):  # typed as a person does, Enter ends it
            qtbot.keyClicks(f.received_to, (now - dt.timedelta(days=20)).date().isoformat())
            qtbot.keyClick(f.received_to, Qt.Key.Key_Return)
        assert _rows(w, COL_CASE) == ["KYIV-A-2026-0001"]  # received last month
        with qtbot.waitSignal(w.results_shown, timeout=10000):
            f.received_to.clear()
            qtbot.keyClicks(f.received_from, (now - dt.timedelta(days=10)).date().isoformat())
            qtbot.keyClick(f.received_from, Qt.Key.Key_Return)
        assert _rows(w, COL_CASE) == ["KYIV-A-2026-0002"]
        with qtbot.waitSignal(w.results_shown, timeout=10000):
            f.received_from.clear()
            w.table.sortByColumn(COL_RECEIVED, Qt.SortOrder.DescendingOrder)  # as a header click does
        assert _rows(w, COL_CASE) == ["KYIV-A-2026-0002", "KYIV-A-2026-0001"]  # Alpha's, newest first
        w.save_view()
    finally:
        hqv.close()


def test_a_field_vault_shows_no_hq_columns(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from app.ui.applicant_model import COL_HQ, COL_OFFICER, COL_POST, COL_RECEIVED, COL_VERSION
    from app.ui.main_window import MainWindow

    add_case(session)
    w = MainWindow(session)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=10000)
    assert w.hq_filters is None and w.findChild(type(w.stage), "post_filter") is None
    assert all(w.table.isColumnHidden(c) for c in (COL_POST, COL_OFFICER, COL_RECEIVED, COL_VERSION, COL_HQ))


def test_hq_decides_in_the_case_window_and_the_post_sees_it(  # type: ignore[no-untyped-def]
        qtbot, hq, alpha, scripted, tmp_path: Path) -> None:
    from app.casefile import package
    from app.casefile.export import export_cases
    from app.casefile.hq_ops import import_bundle, trust_of
    from app.ui.applicant_model import COL_HQ, COL_POST
    from app.ui.dossier.window import DossierWindow
    from app.ui.main_window import MainWindow
    from app.vault import vault

    field = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        case = add_case(field)
        (tmp_path / "stick").mkdir()
        bundle = export_cases(field, [case], tmp_path / "stick").exported[0].file
        import_bundle(hqv, bundle, trust_of(hq))
        w = DossierWindow(hqv, case)
        qtbot.addWidget(w)
        assert not w.hq_banner.isVisibleTo(w)
        action = next(a for a in w.actions() if a.objectName() == "hq_decide")
        action.trigger()
        dialog = w.hq_dialog
        dialog.choice.setCurrentIndex(dialog.choice.findData("decision:reject"))
        qtbot.keyClicks(dialog.text, "Adverse counter-intelligence check confirmed")
        scripted.texts = [PASS]
        with qtbot.waitSignal(dialog.recorded, timeout=20000):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert w.hq_banner.isVisibleTo(w) and "Rejected by HQ" in w.hq_banner.text()
        assert "not sent yet" in w.hq_tab.view.toPlainText()
        w.close()
        seq = package.build(hq, tmp_path / "p.pkg", None, None, [], hqv.receipts(), None,
                            hqv.hq_decisions_to_send(""))
        assert package.install(field, tmp_path / "p.pkg").hq_result == (1, 0)
        fw = DossierWindow(field, case)
        qtbot.addWidget(fw)
        assert fw.hq_banner.isVisibleTo(fw)
        assert fw.hq_banner.text() == "From HQ: Rejected by HQ — Adverse counter-intelligence check confirmed"
        assert f"received in update package {seq}" in fw.hq_tab.view.toPlainText() and fw.hq_tab in fw.tabs.pages
        assert not any(a.objectName() == "hq_decide" for a in fw.actions())  # a laptop does not decide for HQ
        fw.close()
        lw = MainWindow(field)
        qtbot.addWidget(lw)
        qtbot.waitUntil(lambda: lw.model.rowCount() == 1, timeout=10000)
        assert not lw.table.isColumnHidden(COL_HQ) and lw.table.isColumnHidden(COL_POST)
        assert _rows(lw, COL_HQ) == ["Rejected by HQ"]
    finally:
        hqv.close()
        field.close()
