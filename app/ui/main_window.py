"""The applicant list: search as you type (off the UI thread, stale results
dropped), filters by stage, category and flags, and the app's menus. An empty
list says how to add the first applicant; each user's columns, sort and filters
come back after the next unlock (app/ui/list_columns.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
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
from app.ui import hq_actions, hq_list, lifecycle_actions, list_columns
from app.ui.applicant_model import COL_MATCH, ApplicantTableModel
from app.ui.messages import tr_message
from app.ui.widgets import demo_banner, fit_to_screen, hint_label
from app.ui.worker import Task, run_in_background
from app.vault.listing import ListQuery, ListView, Order
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
        fit_to_screen(self, 1366, 720)
        self.model = ApplicantTableModel(self)
        self.model.set_fetch(session.summaries_by_id)
        self._order: Order | None = None  # natural order until a header is clicked
        self._descending = False
        self.table = QTableView()
        self.table.setObjectName("applicants")
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.model.sort_requested.connect(self._sort_changed)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        list_columns.default_widths(self.table)
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
        self.empty_hint = hint_label("empty_hint", self.tr(
            "No applicants yet. To add the first one, press Ctrl+N (Case → New applicant): type the name, then "
            "the application, and save with Ctrl+S."))
        self.empty_hint.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.stage, self.category, self.flags):
            bar.addWidget(combo, 1)
        self.is_hq = session.is_hq_vault
        self.hq_filters = hq_list.HqFilters(session) if self.is_hq else None
        central = QWidget()
        layout = QVBoxLayout(central)
        if session.is_demo:
            layout.addWidget(demo_banner())
        layout.addLayout(bar)
        if self.hq_filters is not None:
            layout.addWidget(self.hq_filters)
            self.hq_filters.changed.connect(self.refresh)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self._menus()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._query_changed())
        self._generation = 0
        self._task: Task | None = None
        self._saved_view = session.setting(list_columns.SETTING)
        self._order, self._descending = list_columns.restore(
            self.table, self._filters(), list_columns.ViewState.from_text(self._saved_view))
        self.refresh()

    def _filters(self) -> list[QComboBox]:
        return [self.stage, self.category, self.flags, *(self.hq_filters.combos() if self.hq_filters else [])]

    def save_view(self) -> None:
        """Keep this user's widths, column order, sort and filters in the vault (before a lock or quit)."""
        if self.session.closed:
            return
        text = list_columns.capture(self.table, self._filters()).to_text()
        if text != self._saved_view:
            self.session.set_setting(list_columns.SETTING, text)
            self._saved_view = text

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
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        entries: list[tuple[QMenu, str, QKeySequence, Callable[[], object]]] = [
            (file_menu, self.tr("&New applicant"), QKeySequence(QKeySequence.StandardKey.New), self.new_applicant),
            (file_menu, self.tr("&Open selected"), QKeySequence("Ctrl+O"), self.open_selected),
            (file_menu, self.tr("&Print summary…"), QKeySequence(QKeySequence.StandardKey.Print), self._print_selected),
            (file_menu, self.tr("Case &file (signed PDF)…"), QKeySequence("Ctrl+Shift+P"), self.casefile_selected),
            (file_menu, self.tr("Send selected to &HQ…"), QKeySequence("Ctrl+Shift+S"), self.send_selected),
            (file_menu, self.tr("Sent cases and &receipts…"), QKeySequence(), self.show_exports),
            (file_menu, self.tr("&Delete case…"), QKeySequence(), self.delete_selected),
            (file_menu, self.tr("Hand &over case…"), QKeySequence(),
             lambda: lifecycle_actions.hand_over(self, self.session, self.selected_case())),
            (file_menu, self.tr("Hand over to another &post…"), QKeySequence(), self._hand_to_post),
            (file_menu, self.tr("Recei&ve a case from HQ…"), QKeySequence(), self._receive_from_hq),
            (file_menu, self.tr("S&tatistics…"), QKeySequence(), self.show_statistics),
            (file_menu, self.tr("&Find"), QKeySequence(QKeySequence.StandardKey.Find), self.focus_search),
            (file_menu, self.tr("&Lock"), QKeySequence("Ctrl+L"), self.lock_requested.emit),
            (file_menu, self.tr("&Quit"), QKeySequence(QKeySequence.StandardKey.Quit), self.quit_requested.emit),
            (admin, self.tr("&Users…"), QKeySequence(), self.users_requested.emit),
            (admin, self.tr("&Settings…"), QKeySequence(), self.settings_requested.emit),
            (admin, self.tr("Audit &log…"), QKeySequence(), lambda: lifecycle_actions.show_audit(self, self.session)),
            (admin, self.tr("&Retention…"), QKeySequence(),
             lambda: lifecycle_actions.show_retention(self, self.session)),
            (admin, self.tr("&Back up vault…"), QKeySequence(), lambda: lifecycle_actions.back_up(self, self.session)),
            (admin, self.tr("&Check integrity…"), QKeySequence(),
             lambda: lifecycle_actions.check_integrity(self, self.session)),
            (admin, self.tr("&Enrol with HQ…"), QKeySequence(), lambda: hq_actions.enrol(self, self.session)),
            (admin, self.tr("Install &update package…"), QKeySequence(),
             lambda: hq_actions.install_update(self, self.session)),
            (admin, self.tr("E&rase this vault (panic)…"), QKeySequence(), self.wipe_requested.emit),
            (hq_menu, self.tr("&Verify bundles…"), QKeySequence(),
             lambda: hq_actions.verify_or_import(self, self.session, False)),
            (hq_menu, self.tr("&Import bundles…"), QKeySequence(),
             lambda: hq_actions.verify_or_import(self, self.session, True)),
            (hq_menu, self.tr("Verify a &printout…"), QKeySequence(),
             lambda: lifecycle_actions.verify_paper(self, self.session, self.selected_case())),
            (hq_menu, self.tr("Case &versions…"), QKeySequence(), self.show_versions),
            (hq_menu, self.tr("&Duplicates between posts…"), QKeySequence(), self.show_duplicates),
            (help_menu, self.tr("User &guide"), QKeySequence(QKeySequence.StandardKey.HelpContents), self.show_guide),
            (help_menu, self.tr("&About Field Dossier"), QKeySequence(), self.show_about),
        ]
        for menu, text, keys, slot in entries:
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut if text == self.tr("&Lock")
                                      else Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)

    def show_guide(self) -> None:
        from app.ui.help_dialog import HelpDialog

        HelpDialog(self).exec()

    def show_statistics(self) -> None:
        from app.ui.stats_dialog import StatsDialog

        dialog = StatsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def new_applicant(self) -> None:
        self.open_requested.emit("")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filters_changed(self, _index: int) -> None:
        self.refresh()

    def _sort_changed(self, order: Order | None, descending: bool) -> None:
        self._order, self._descending = order, descending
        self.refresh()

    def _query_changed(self) -> None:
        """A new search starts in its natural order (best match first)."""
        if self._order is not None:
            self._order = None
            with QSignalBlocker(self.model):  # the debounced refresh below asks once
                self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._debounce.start()

    def selected_case(self) -> str:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        return row.case_number if row else ""

    def selected_cases(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [r.case_number for r in self.model.rows(rows)]

    def casefile_selected(self) -> None:
        from app.ui.casefile_preview import open_casefile

        if case := self.selected_case():
            open_casefile(self, self.session, case)

    def show_exports(self) -> None:
        from app.ui.exports_dialog import ExportsDialog

        dialog = ExportsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_versions(self) -> None:
        from app.ui.versions_dialog import show_versions

        show_versions(self, self.session, self.selected_case())

    def show_duplicates(self) -> None:
        from app.ui.duplicates_dialog import show_duplicates

        show_duplicates(self, self.session).finished.connect(lambda _result: self.refresh())  # merged cases leave

    def delete_selected(self) -> None:
        if lifecycle_actions.delete_case(self, self.session, self.selected_case()):
            self.refresh()

    def send_selected(self) -> None:
        from app.ui.send_dialog import send_cases

        if send_cases(self, self.session, self.selected_cases()):
            self.refresh()

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row(index.row()) if index.isValid() else None
        if row is not None:
            self.open_requested.emit(row.case_number)

    def open_selected(self) -> None:
        if case := self.selected_case():
            self.open_requested.emit(case)

    def _print_selected(self) -> None:
        if case := self.selected_case():
            self.print_requested.emit(case)

    def _hand_to_post(self) -> None:
        if lifecycle_actions.hand_to_post(self, self.session, self.selected_case()):
            self.refresh()  # the case now carries its handed-over flag

    def _receive_from_hq(self) -> None:
        if lifecycle_actions.receive_from_hq(self, self.session):
            self.refresh()

    def refresh(self) -> None:
        """(Re)load the list or run the search, off the UI thread."""
        self._generation += 1
        generation, session = self._generation, self.session
        hq_list.configure(self.table, self.model, session, self.is_hq)  # after any restored header state
        query = ListQuery(self.search.text().strip(), self._order, self._descending, self.stage.currentData(),
                          self.category.currentData(), self.flags.currentData(),
                          **(self.hq_filters.query_fields() if self.hq_filters else {}))
        self._task = run_in_background(lambda: session.list_view(query), lambda view: self._show(generation, view),
                                       lambda msg: self._error(generation, msg))

    def _show(self, generation: int, view: ListView) -> None:
        if generation != self._generation or self.session.closed:
            return  # a newer query is under way: drop stale results
        self.model.set_view(view.ids, view.rows, view.matched)
        self.table.setColumnHidden(COL_MATCH, not view.matched)
        self._show_count(len(view.ids), view.total)
        self.empty_hint.setVisible(view.total == 0 and not self.search.text().strip())
        self.results_shown.emit(len(view.ids))

    def _show_count(self, shown: int, total: int) -> None:
        text = (self.tr("%n applicant(s)", "", total) if not self.search.text().strip()
                else self.tr("%n match(es)", "", total))
        if shown != total:
            text += " " + self.tr("(%1 shown by the filters)").replace("%1", str(shown))
        self.message.setText(text)

    def _error(self, generation: int, message: str) -> None:
        if generation == self._generation and not self.session.closed:  # not after a lock or quit
            self.message.setText(tr_message(message))  # a search the vault refuses says why, by code

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._generation += 1
        self.model.clear()
        self.search.clear()
        self.message.clear()
