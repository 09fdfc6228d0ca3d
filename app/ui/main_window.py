"""Main window: the applicant list with search as you type."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.domain.model import ApplicantSummary
from app.ui.applicant_model import ApplicantTableModel
from app.ui.worker import Task, run_in_background
from app.vault.session import VaultSession

SEARCH_DELAY_MS = 250


class MainWindow(QMainWindow):
    locked = Signal()
    results_shown = Signal(int)

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(f"{APP_NAME} — {session.post_code} — {session.user.callsign}")
        self.resize(1100, 650)
        self.model = ApplicantTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("applicants")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Search: name in Cyrillic or Latin, case number, document number, words…"))
        self.search.setClearButtonEnabled(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        lock = self.menuBar().addAction(self.tr("&Lock"))
        lock.setShortcut("Ctrl+L")
        lock.triggered.connect(self.lock)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._generation = 0
        self.was_locked = False
        self._task: Task | None = None
        self._run_search()

    def _run_search(self) -> None:
        self._generation += 1
        generation, query = self._generation, self.search.text().strip()
        session = self.session

        def work() -> list[ApplicantSummary]:
            if not query:
                return session.list_applicants()
            return [hit.summary for hit in session.search(query)]

        self._task = run_in_background(
            work,
            lambda rows: self._show(generation, rows),
            lambda msg: self._error(generation, msg),
        )

    def _show(self, generation: int, rows: list[ApplicantSummary]) -> None:
        if generation != self._generation or self.session.closed:
            return  # a newer query is under way: drop stale results
        self.model.set_rows(rows)
        total = len(rows)
        self.message.setText(
            self.tr("%n applicant(s)", "", total) if not self.search.text().strip()
            else self.tr("%n match(es)", "", total))
        self.results_shown.emit(total)

    def _error(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.message.setText(message)

    def lock(self) -> None:
        self.session.close()
        self.model.set_rows([])
        self.was_locked = True
        self.locked.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session.closed:
            self.session.close()
        super().closeEvent(event)

    def sort_by_case(self) -> None:
        self.proxy.sort(0, Qt.SortOrder.AscendingOrder)
