"""The score grid of one exam: (chart × relevant question) rows × channel columns,
with subtotals and the grand total updated as scores are typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain import polygraph
from app.domain.enums import Channel, QuestionType
from app.domain.model import PolygraphExam, Question, Score

CHANNELS = (Channel.PNEUMO, Channel.EDA, Channel.CARDIO)


class ScoreGrid(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(CHANNELS))
        self.table.setObjectName("score_grid")
        self.table.setTabKeyNavigation(False)  # Tab leaves the grid; the arrow keys move between cells
        self.table.setHorizontalHeaderLabels([self.tr("Pneumo"), self.tr("EDA"), self.tr("Cardio")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)
        self.table.itemChanged.connect(self._edited)
        self.rows: list[tuple[int, str]] = []
        self.method = "federal_7"
        self.charts = 3
        self.questions: list[Question] = []

    def build(self, questions: list[Question], charts: int, method: str, scores: list[Score]) -> None:
        self.questions, self.charts, self.method = list(questions), charts, method
        labels = [q.label for q in self.questions if q.type == QuestionType.RELEVANT]
        self.rows = [(c, q) for c in range(1, charts + 1) for q in labels]
        by_cell = {(s.chart, s.question, s.channel): s.score for s in scores}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        self.table.setVerticalHeaderLabels([self.tr("Chart %1 · %2").replace("%1", str(c)).replace("%2", q)
                                            for c, q in self.rows])
        for r, (chart, q) in enumerate(self.rows):
            for col, ch in enumerate(CHANNELS):
                value = by_cell.get((chart, q, ch))
                item = QTableWidgetItem("" if value is None else str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, col, item)
        self.table.blockSignals(False)
        self._update()

    def set_cell(self, chart: int, question: str, channel: Channel, value: int) -> None:
        row = self.rows.index((chart, question))
        item = self.table.item(row, CHANNELS.index(channel))
        assert item is not None
        item.setText(str(value))

    def _edited(self, _item: QTableWidgetItem) -> None:
        self._update()
        self.changed.emit()

    def scores(self) -> tuple[list[Score], list[str]]:
        low, high = polygraph.method(self.method)["entry_range"]
        out, problems = [], []
        for r, (chart, q) in enumerate(self.rows):
            for col, ch in enumerate(CHANNELS):
                item = self.table.item(r, col)
                text = item.text().strip().replace("+", "") if item else ""
                ok = True
                if text:
                    try:
                        value = int(text)
                        ok = low <= value <= high
                        if ok:
                            out.append(Score(chart, q, ch, value))
                    except ValueError:
                        ok = False
                    if not ok:
                        problems.append(self.tr("Chart %1, %2: scores run from %3 to %4.").replace(
                            "%1", str(chart)).replace("%2", q).replace("%3", str(low)).replace("%4", f"+{high}"))
                if item is not None:
                    self.table.blockSignals(True)
                    item.setBackground(QBrush() if ok else QBrush(QColor("#f8d7da")))
                    item.setForeground(QBrush() if ok else QBrush(QColor("#000000")))  # dark palette too
                    self.table.blockSignals(False)
        return out, problems

    def _update(self) -> None:
        scores, problems = self.scores()
        t = polygraph.score(PolygraphExam(number=0, questions=self.questions, charts=self.charts, scores=scores,
                                          method=self.method))
        parts = [f"{q}: {v:+d}" for q, v in t.subtotals.items()]
        text = "   ".join(parts) + "   " + self.tr("Grand total: %1").replace("%1", f"{t.grand_total:+d}")
        missing = len(self.rows) * len(CHANNELS) - len(scores)
        if missing:
            text += "   " + self.tr("(%1 cells not scored)").replace("%1", str(missing))
        if problems:
            text += "\n" + "\n".join(problems)
        self.totals.setText(text)
