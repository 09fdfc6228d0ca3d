"""The statistics window (issue 21): opened from the menu, charts of the figures, the date filter
changes them, printable report and CSV; fits 1366×768; in Ukrainian with no stored code shown."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QAbstractBarSeries, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.casefile.words import SETTING, Printer
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.stats_dialog import StatsDialog
from tests.exchange_helpers import tool
from tests.guard_helpers import login
from tests.test_stats import _post


def _open(qtbot: Any, s: Any) -> StatsDialog:
    window = MainWindow(s)
    qtbot.addWidget(window)
    (action,) = [a for a in window.findChildren(QAction) if a.text().replace("&", "") in ("Statistics…", "Статистика…")]
    action.trigger()
    dialog = window.findChild(StatsDialog)
    assert isinstance(dialog, StatsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _bars(dialog: StatsDialog) -> list[float]:
    view = dialog.tabs.widget(0).findChildren(QChartView)[0]
    (series,) = [x for x in view.chart().series() if isinstance(x, QAbstractBarSeries)]
    return [v for bars in series.barSets() for v in (bars.at(i) for i in range(bars.count()))]


def test_statistics_window_from_the_menu_filters_and_exports(qtbot, vault_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            scripted) -> None:
    _post(vault_dir)
    s = login(vault_dir, "supervisor")
    try:
        dialog = _open(qtbot, s)
        assert dialog.width() <= 1366 - 40 and dialog.height() <= 768 - 60
        assert "Cases opened in the period: 3" in dialog.summary.text()
        assert sum(_bars(dialog)) == 3 and dialog.tabs.count() == 5  # stages, outcomes, time, overdue, examiners
        assert not dialog.post.isEnabled()  # a post's vault: its own post
        qtbot.keyClicks(dialog.since, "2030-01-01")
        qtbot.keyClick(dialog.since, Qt.Key.Key_Return)
        assert "Cases opened in the period: 0" in dialog.summary.text()
        assert sum(_bars(dialog)) == 0
        scripted.save_paths = [str(tmp_path / "s.csv"), str(tmp_path / "s.pdf")]
        qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
        printer = Printer(s.setting(SETTING))  # the printout language of the user's settings
        header = ",".join(printer.t(w) for w in ("Section", "Post", "Item", "Measure", "Value"))
        assert (tmp_path / "s.csv").read_text("utf-8").startswith(header + "\n")
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        assert tool("qpdf", "--check", str(tmp_path / "s.pdf")).returncode == 0
        dialog.close()
    finally:
        s.close()


def test_statistics_window_in_ukrainian(qtbot, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _post(vault_dir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    s = login(vault_dir, "officer")
    install_language(app, "uk")
    try:
        dialog = _open(qtbot, s)
        assert dialog.windowTitle() == "Статистика"
        texts = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] + [dialog.summary.text()]
        for view in dialog.findChildren(QChartView):
            chart = view.chart()
            texts.append(chart.title())
            texts += [c for axis in chart.axes() for c in getattr(axis, "categories", lambda: [])()]
        assert dialog.tabs.count() == 4  # an officer: no examiner figures
        words = [t for t in texts if t.replace("—", "").strip() and t != "SEC-2"]  # a reason code stays a code
        assert [t for t in words if not re.search("[А-Яа-яІіЇїЄє]", t)] == [], texts
        assert not [t for t in texts if re.search(r"\b[a-z]+_[a-z_]+\b", t)], texts
        dialog.close()
    finally:
        install_language(app, "en")
        s.close()


def test_hq_chooses_a_post_and_the_numbers_follow(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An HQ vault (post code HQ) sees every post: the post filter of the window and of the session."""
    from app.domain.stats import StatsFilter
    from app.vault import vault
    from tests.conftest import PASS, sample_doc, seed_dossier

    s = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        cases = [seed_dossier(s, sample_doc()) for _ in range(3)]
        with s.write() as c:  # test setup: as if two cases had come from KYIV and one from LVIV
            for case, post in zip(cases, ("KYIV", "KYIV", "LVIV"), strict=True):
                c.execute("UPDATE applicants SET origin = json_set(origin, '$.post', ?) WHERE case_number = ?",
                          (post, case))
        assert s.statistics(StatsFilter(post="lviv")).cases == 1
        assert sorted(s.statistics().funnel) == ["KYIV", "LVIV"]
        dialog = StatsDialog(s)
        qtbot.addWidget(dialog)
        assert dialog.post.isEnabled() and [dialog.post.itemText(i) for i in range(dialog.post.count())] == [
            "All posts", "KYIV", "LVIV"]
        assert "Cases opened in the period: 3" in dialog.summary.text()
        dialog.post.setCurrentIndex(dialog.post.findData("KYIV"))
        assert "Cases opened in the period: 2" in dialog.summary.text() and sum(_bars(dialog)) == 2
    finally:
        s.close()
