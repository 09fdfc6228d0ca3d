"""The statistics window (issue 21): the figures of app/domain/stats.py as charts (QtCharts, from
the PySide6-Addons wheel, the same Qt as the rest of the app), with a date range and, at HQ, a
post; a printable PDF report and a CSV of aggregates. Thin: the session computes, this draws."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.stats import OPEN_STAGES, Statistics, StatsFilter
from app.errors import DossierError
from app.ui import prompts
from app.ui.date_edit import DateEdit
from app.ui.labels import label
from app.ui.messages import tr_flag_name, tr_message
from app.vault.session import VaultSession


def bar_chart(title: str, series_names: list[str], categories: list[str], values: list[list[float]],
              horizontal: bool = False) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    if horizontal:  # Qt draws the first category at the bottom: the first one goes on top
        categories, values = categories[::-1], [v[::-1] for v in values]
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    for name, numbers in zip(series_names, values, strict=True):
        bars = QBarSet(name)
        bars.append([float(v) for v in numbers])
        series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    cats, axis = QBarCategoryAxis(), QValueAxis()
    cats.append(categories or ["—"])
    axis.setRange(0, max([max(v, default=0.0) for v in values] + [1.0]) * 1.1)
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.0f")
    chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(cats)
    series.attachAxis(axis)
    chart.legend().setVisible(len(series_names) > 1)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


class StatsDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stats: Statistics | None = None
        self.setWindowTitle(self.tr("Statistics"))
        self.resize(1100, 660)  # fits 1366×768 with the window frame and a panel
        self.hq, self.own_post = session.statistics_scope()
        self.since, self.until = DateEdit(), DateEdit()
        self.since.setObjectName("statsFrom")
        self.until.setObjectName("statsTo")
        self.post = QComboBox()
        self.post.setObjectName("statsPost")
        self.post.addItem(self.tr("All posts") if self.hq else self.own_post, "")
        self.post.setEnabled(self.hq)
        self.pdf_button = QPushButton(self.tr("Print report (PDF)…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.summary = QLabel()
        self.summary.setObjectName("statsSummary")
        self.tabs = QTabWidget()
        top = QHBoxLayout()
        for text, w in ((self.tr("From"), self.since), (self.tr("To"), self.until), (self.tr("Post"), self.post)):
            top.addWidget(QLabel(text))
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.since.editingFinished.connect(self.refresh)
        self.until.editingFinished.connect(self.refresh)
        self.since.picked.connect(self.refresh)
        self.until.picked.connect(self.refresh)
        self.post.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pdf_button.clicked.connect(self.print_report)
        self.csv_button.clicked.connect(self.export_csv)
        self.refresh()
        if self.hq and self.stats is not None:
            for post in self.stats.posts:
                self.post.addItem(post, post)

    def current_filter(self) -> StatsFilter:
        return StatsFilter(self.since.date_value(), self.until.date_value(), str(self.post.currentData() or ""))

    def refresh(self) -> None:
        try:
            self.stats = self.session.statistics(self.current_filter())
        except DossierError as exc:
            self.summary.setText(tr_message(exc.message))
            return
        s = self.stats
        self.summary.setText(self.tr("Cases opened in the period: %1 · overdue now: %2 · decisions: %3")
                             .replace("%1", str(s.cases)).replace("%2", str(s.overdue_total))
                             .replace("%3", str(sum(s.outcomes.values()))))
        keep = self.tabs.currentIndex()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self._pages(s)
        self.tabs.setCurrentIndex(max(0, keep))

    def _pages(self, s: Statistics) -> None:
        stages = [label(st) for st in OPEN_STAGES]
        posts = list(s.funnel)
        now = [[float(s.funnel[p].get(st, 0)) for st in OPEN_STAGES] for p in posts]
        page = QWidget()
        box = QHBoxLayout(page)
        box.addWidget(bar_chart(self.tr("Applicants per stage"), posts, stages, now, horizontal=True))
        box.addWidget(bar_chart(self.tr("Funnel: at a stage or past it"), [self.tr("Cases")], stages,
                                [[float(s.reached.get(st, 0)) for st in OPEN_STAGES]], horizontal=True))
        self.tabs.addTab(page, self.tr("Stages"))
        page = QWidget()
        box = QHBoxLayout(page)
        box.addWidget(bar_chart(self.tr("Outcomes"), [self.tr("Decisions")], [label(k) for k in s.outcomes],
                                [[float(v) for v in s.outcomes.values()]]))
        box.addWidget(bar_chart(self.tr("Refusal reasons"), [self.tr("Decisions")],
                                [label(k) for k in s.refusal_reasons], [[float(v) for v in s.refusal_reasons.values()]],
                                horizontal=True))
        self.tabs.addTab(page, self.tr("Outcomes"))
        days = bar_chart(self.tr("Time in stage (days)"), [self.tr("Median"), self.tr("90th percentile")],
                         [label(d.stage) for d in s.durations],
                         [[d.median_days for d in s.durations], [d.p90_days for d in s.durations]], horizontal=True)
        self.tabs.addTab(days, self.tr("Time in stage"))
        page = QWidget()
        box = QHBoxLayout(page)
        box.addWidget(bar_chart(self.tr("Overdue cases"), [self.tr("Cases")], [label(k) for k in s.overdue],
                                [[float(v) for v in s.overdue.values()]], horizontal=True))
        box.addWidget(bar_chart(self.tr("Flags by kind"), [self.tr("Cases")], [tr_flag_name(k) for k in s.flags],
                                [[float(v) for v in s.flags.values()]], horizontal=True))
        self.tabs.addTab(page, self.tr("Overdue and flags"))
        if s.examiners:
            self.tabs.addTab(self._examiners(s), self.tr("Polygraph examiners"))

    def _examiners(self, s: Statistics) -> QWidget:
        headers = [self.tr("Examiner"), self.tr("Exams"), self.tr("Sealed"), "NDI", "DI", "INC",
                   self.tr("Stated ≠ scored")]
        table = QTableWidget(len(s.examiners), len(headers))
        table.setObjectName("statsExaminers")
        table.setHorizontalHeaderLabels(headers)
        for r, e in enumerate(s.examiners):
            cells = [e.examiner, str(e.exams), str(e.sealed), str(e.results.get("NDI", 0)), str(e.results.get("DI", 0)),
                     str(e.results.get("INC", 0)), f"{e.disagreements} / {e.compared}"]
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        return table

    # -- files --------------------------------------------------------------------------
    def _save(self, title: str, suggested: str, name_filter: str, data: bytes) -> None:
        from pathlib import Path

        from app.casefile.stats_report import write_file

        path = prompts.current().save_file(self, title, suggested, name_filter)
        if not path:
            return
        try:
            write_file(Path(path), data)
        except OSError as exc:
            prompts.current().error(self, title, self.tr("Could not write the file: %1").replace(
                "%1", exc.strerror or type(exc).__name__))

    def print_report(self) -> None:
        from app.casefile.stats_report import render_pdf
        from app.casefile.words import SETTING

        if self.stats is None:
            return
        f = self.current_filter()
        post = f.post if self.hq else self.own_post
        data = render_pdf(self.stats, f, self.session.setting(SETTING), post, date.today())
        self._save(self.tr("Print report (PDF)"), "statistics.pdf", self.tr("PDF files (*.pdf)"), data)

    def export_csv(self) -> None:
        from app.casefile.stats_report import csv_text
        from app.casefile.words import SETTING

        if self.stats is not None:
            self._save(self.tr("Export CSV"), "statistics.csv", self.tr("CSV files (*.csv)"),
                       csv_text(self.stats, self.session.setting(SETTING)).encode("utf-8"))
