"""The applicant list: search as you type (off the UI thread, stale results
dropped), filters by stage, category and flags, and the app's menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.domain.enums import Category, Stage
from app.domain.model import ApplicantSummary
from app.ui import hq_actions, prompts
from app.ui.applicant_model import ApplicantFilter, ApplicantTableModel
from app.ui.worker import Task, run_in_background
from app.vault.session import VaultSession

SEARCH_DELAY_MS = 200


class MainWindow(QMainWindow):
    results_shown = Signal(int)
    open_requested = Signal(str)  # case number, or "" for a new applicant
    lock_requested = Signal()
    users_requested = Signal()
    settings_requested = Signal()
    print_requested = Signal(str)
    quit_requested = Signal()
    wipe_requested = Signal()

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        demo = self.tr(" — DEMO (training data)") if session.is_demo else ""
        self.setWindowTitle(f"{APP_NAME} — {session.post_code} — {session.user.callsign}{demo}")
        self.resize(1200, 700)
        self.model = ApplicantTableModel(self)
        self.proxy = ApplicantFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("applicants")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Applicants"))
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(
            self.tr("Search: name in Cyrillic or Latin, case number, document number, words…"))
        self.search.setClearButtonEnabled(True)
        self.stage = self._combo("stage_filter", self.tr("All stages"), [
            (s.value, ApplicantTableModel.STAGE_LABELS[s]) for s in Stage])
        self.category = self._combo("category_filter", self.tr("All categories"), [
            (c.value, ApplicantTableModel.CATEGORY_LABELS[c]) for c in Category])
        self.flags = self._combo("flag_filter", self.tr("Any flags"), [
            ("red", self.tr("With red flags")), ("any", self.tr("With flags")), ("none", self.tr("Without flags"))],
            translate=False)
        self.message = QLabel()
        self.message.setObjectName("message")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.stage, self.category, self.flags):
            bar.addWidget(combo, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self._menus()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self._generation = 0
        self._task: Task | None = None
        self.refresh()

    def _combo(self, name: str, all_label: str, items: list[tuple[str, str]], translate: bool = True) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(all_label)
        combo.addItem(all_label, None)
        for value, label in items:
            combo.addItem(self.model.tr(label) if translate else label, value)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Case"))
        admin = self.menuBar().addMenu(self.tr("&Administration"))
        hq_menu = self.menuBar().addMenu(self.tr("&HQ"))
        entries: list[tuple[QMenu, str, QKeySequence, Callable[[], object]]] = [
            (file_menu, self.tr("&New applicant"), QKeySequence(QKeySequence.StandardKey.New), self.new_applicant),
            (file_menu, self.tr("&Open selected"), QKeySequence("Ctrl+O"), self.open_selected),
            (file_menu, self.tr("&Print summary…"), QKeySequence(QKeySequence.StandardKey.Print), self._print_selected),
            (file_menu, self.tr("Case &file (signed PDF)…"), QKeySequence("Ctrl+Shift+P"), self.casefile_selected),
            (file_menu, self.tr("Send selected to &HQ…"), QKeySequence("Ctrl+Shift+S"), self.send_selected),
            (file_menu, self.tr("&Find"), QKeySequence(QKeySequence.StandardKey.Find), self.focus_search),
            (file_menu, self.tr("&Lock"), QKeySequence("Ctrl+L"), self.lock_requested.emit),
            (file_menu, self.tr("&Quit"), QKeySequence(QKeySequence.StandardKey.Quit), self.quit_requested.emit),
            (admin, self.tr("&Users…"), QKeySequence(), self.users_requested.emit),
            (admin, self.tr("&Settings…"), QKeySequence(), self.settings_requested.emit),
            (admin, self.tr("&Enrol with HQ…"), QKeySequence(), lambda: hq_actions.enrol(self, self.session)),
            (admin, self.tr("Install &update package…"), QKeySequence(),
             lambda: hq_actions.install_update(self, self.session)),
            (admin, self.tr("E&rase this vault (panic)…"), QKeySequence(), self.wipe_requested.emit),
            (hq_menu, self.tr("&Verify bundles…"), QKeySequence(),
             lambda: hq_actions.verify_or_import(self, self.session, False)),
            (hq_menu, self.tr("&Import bundles…"), QKeySequence(),
             lambda: hq_actions.verify_or_import(self, self.session, True)),
        ]
        for menu, text, keys, slot in entries:
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut if text == self.tr("&Lock")
                                      else Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)

    def new_applicant(self) -> None:
        self.open_requested.emit("")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filters_changed(self, _index: int) -> None:
        self.proxy.set_filters(self.stage.currentData(), self.category.currentData(), self.flags.currentData())
        self._show_count()

    def selected_case(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid():
            return ""
        return self.model.row(self.proxy.mapToSource(index).row()).case_number

    def selected_cases(self) -> list[str]:
        rows = sorted(self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row(r).case_number for r in rows]

    def casefile_selected(self) -> None:
        from app.ui.casefile_preview import open_casefile

        if case := self.selected_case():
            open_casefile(self, self.session, case)

    def send_selected(self) -> None:
        from app.ui.send_dialog import SendDialog

        cases = self.selected_cases()
        if not cases:
            prompts.current().info(self, self.tr("Send to HQ"), self.tr("Select the cases to send first."))
            return
        folder = prompts.current().directory(self, self.tr("Choose the stick's folder"))
        if folder:
            SendDialog(self, self.session, cases, Path(folder)).exec()
            self.refresh()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row(self.proxy.mapToSource(index).row()).case_number)

    def open_selected(self) -> None:
        if case := self.selected_case():
            self.open_requested.emit(case)

    def _print_selected(self) -> None:
        if case := self.selected_case():
            self.print_requested.emit(case)

    def refresh(self) -> None:
        """(Re)load the list or run the search, off the UI thread."""
        self._generation += 1
        generation, query, session = self._generation, self.search.text().strip(), self.session

        def work() -> list[ApplicantSummary]:
            if not query:
                return session.list_applicants()
            return [hit.summary for hit in session.search(query)]

        self._task = run_in_background(work, lambda rows: self._show(generation, rows),
                                       lambda msg: self._error(generation, msg))

    def _show(self, generation: int, rows: list[ApplicantSummary]) -> None:
        if generation != self._generation or self.session.closed:
            return  # a newer query is under way: drop stale results
        self.model.set_rows(rows)
        self._show_count()
        self.results_shown.emit(len(rows))

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (self.tr("%1 applicant(s)") if not self.search.text().strip() else self.tr("%1 match(es)")).replace(
            "%1", str(total))
        if shown != total:
            text += " " + self.tr("(%1 shown by the filters)").replace("%1", str(shown))
        self.message.setText(text)

    def _error(self, generation: int, message: str) -> None:
        if generation == self._generation and not self.session.closed:  # not after a lock or quit
            self.message.setText(message)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._generation += 1
        self.model.clear()
        self.search.clear()
        self.message.clear()
