"""HQ: the cross-post duplicates queue (app/vault/dup_queue.py). Every likely or possible duplicate
between posts in one list; the pair selected is shown side by side with the evidence for and
against; the analyst marks the two as different people or as the same person (the second case is
merged into the first). The decision goes through the guarded `decide_duplicate`: remembered,
audited on both cases, and the pair leaves the queue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DossierError
from app.ui import prompts
from app.ui.labels import label
from app.ui.messages import tr_message, tr_reasons
from app.ui.widgets import fit_to_screen
from app.vault.dup_queue import Pair, Side, day_start, queue
from app.vault.session import VaultSession

translate = QCoreApplication.translate


def tier_text(tier: str) -> str:
    return translate("DuplicatesDialog", "likely the same person") if tier == "likely" else \
        translate("DuplicatesDialog", "possibly the same person")


ROW_NAMES = [  # the side-by-side rows and the list's columns (lupdate reads these)
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Case"), QT_TRANSLATE_NOOP("DuplicatesDialog", "Post"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Officer"), QT_TRANSLATE_NOOP("DuplicatesDialog", "Name"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Latin"), QT_TRANSLATE_NOOP("DuplicatesDialog", "Date of birth"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Place of birth"), QT_TRANSLATE_NOOP("DuplicatesDialog", "Documents"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Category"), QT_TRANSLATE_NOOP("DuplicatesDialog", "Stage"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "How alike"), QT_TRANSLATE_NOOP("DuplicatesDialog", "Evidence"),
]


def _t(text: str) -> str:
    return translate("DuplicatesDialog", text)


def side_rows(s: Side) -> list[tuple[str, str]]:
    """One case of the pair, row by row, in words."""
    docs = ", ".join(f"{label(kind) if kind else ''} {number}".strip() for kind, number in s.documents)
    return [(_t("Case"), s.case_number), (_t("Post"), s.post or "—"), (_t("Officer"), s.officer or "—"),
            (_t("Name"), s.name or "—"), (_t("Latin"), s.name_latin or "—"),
            (_t("Date of birth"), s.date_of_birth or "—"), (_t("Place of birth"), s.place_of_birth or "—"),
            (_t("Documents"), docs or "—"), (_t("Category"), label(s.category) if s.category else "—"),
            (_t("Stage"), label(s.stage) if s.stage else "—")]


class DuplicatesDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pairs: list[Pair] = []
        self.setWindowTitle(translate("DuplicatesDialog", "Duplicates between posts"))
        fit_to_screen(self, 1100, 680)
        layout = QVBoxLayout(self)
        self.status = QLabel("")
        self.status.setObjectName("duplicates_status")
        self.status.setWordWrap(True)
        # a day's batch: only the pairs with a case received since a day (the whole queue when unticked)
        self.batch_only = QCheckBox(translate("DuplicatesDialog", "Only pairs with a case received since"))
        self.batch_only.setObjectName("batch_only")
        self.batch_day = QDateEdit(QDate.currentDate())
        self.batch_day.setObjectName("batch_day")
        self.batch_day.setCalendarPopup(True)
        self.batch_day.setDisplayFormat("yyyy-MM-dd")
        self.batch_day.setEnabled(False)
        self.batch_only.toggled.connect(self.batch_day.setEnabled)
        self.batch_only.toggled.connect(lambda _on: self.refresh())
        self.batch_day.dateChanged.connect(lambda _d: self.refresh() if self.batch_only.isChecked() else None)
        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batch_only)
        batch_row.addWidget(self.batch_day)
        batch_row.addStretch(1)
        self.list = QTableWidget(0, 4)
        self.list.setObjectName("duplicates")
        self.list.setHorizontalHeaderLabels([_t("Case"), _t("Case"), _t("How alike"), _t("Evidence")])
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        head = self.list.horizontalHeader()
        for col in range(3):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        self.side = QTableWidget(0, 3)
        self.side.setObjectName("side_by_side")
        self.side.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.side.verticalHeader().hide()
        self.side.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.side.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.side.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.evidence = QLabel("")
        self.evidence.setObjectName("evidence")
        self.evidence.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.side, 1)
        lower_layout.addWidget(self.evidence)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(lower)
        self.distinct_button = QPushButton(translate("DuplicatesDialog", "Different people"))
        self.same_button = QPushButton(translate("DuplicatesDialog", "Same person: merge the second into the first"))
        self.distinct_button.clicked.connect(lambda: self.decide("distinct"))
        self.same_button.clicked.connect(lambda: self.decide("merged"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.distinct_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.same_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout.addLayout(batch_row)
        for w in (self.status, split, buttons):
            layout.addWidget(w, 1 if w is split else 0)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.refresh()

    def refresh(self) -> None:
        qd = self.batch_day.date()
        since = day_start(dt.date(qd.year(), qd.month(), qd.day())) if self.batch_only.isChecked() else None
        self.pairs = queue(self.session, received_since=since)
        self.list.setRowCount(0)
        for p in self.pairs:
            r = self.list.rowCount()
            self.list.insertRow(r)
            cells = (f"{p.a.case_number} ({p.a.post})", f"{p.b.case_number} ({p.b.post})",
                     f"{tier_text(p.match.tier)}, {p.match.score:.2f}", tr_reasons("; ".join(p.match.reasons)))
            for col, text in enumerate(cells):
                self.list.setItem(r, col, QTableWidgetItem(text))
        self.status.setText(translate("DuplicatesDialog", "%n pair(s) of cases from different posts may be the "
                                      "same person.", "", len(self.pairs)) if self.pairs else
                            translate("DuplicatesDialog", "No undecided duplicates between posts."))
        if self.pairs:
            self.list.selectRow(0)
        self._show_selected()

    def selected(self) -> Pair | None:
        rows = self.list.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows and rows[0].row() < len(self.pairs) else None

    def _show_selected(self) -> None:
        p = self.selected()
        for b in (self.distinct_button, self.same_button):
            b.setEnabled(p is not None)
        self.side.setRowCount(0)
        if p is None:
            self.side.setHorizontalHeaderLabels(["", "", ""])
            self.evidence.setText("")
            return
        self.side.setHorizontalHeaderLabels(["", p.a.case_number, p.b.case_number])
        for (name, left), (_, right) in zip(side_rows(p.a), side_rows(p.b), strict=True):
            r = self.side.rowCount()
            self.side.insertRow(r)
            for col, text in enumerate((name, left, right)):
                item = QTableWidgetItem(text)
                if col and left != right:
                    item.setBackground(Qt.GlobalColor.yellow)
                self.side.setItem(r, col, item)
        against = [r for r in p.match.reasons if r in p.match.against]
        support = [r for r in p.match.reasons if r not in p.match.against]
        text = translate("DuplicatesDialog", "For: %1").replace("%1", tr_reasons("; ".join(support)) or "—")
        if against:
            text += "\n" + translate("DuplicatesDialog", "Against: %1").replace("%1", tr_reasons("; ".join(against)))
        self.evidence.setText(text)

    def decide(self, decision: str) -> None:
        p = self.selected()
        if p is None:
            return
        title = self.windowTitle()
        if decision == "merged":
            question = translate("DuplicatesDialog", "Merge case %2 into case %1? Case %2 leaves the list and the "
                                 "search; its records and history are shown with case %1.")
            if not prompts.current().confirm(self, title, question.replace("%1", p.a.case_number).replace(
                    "%2", p.b.case_number)):
                return
        try:
            self.session.decide_duplicate(p.a.case_number, p.b.case_number, decision)
        except DossierError as exc:
            prompts.current().error(self, title, tr_message(exc.message))
            return
        self.refresh()


def show_duplicates(parent: QWidget | None, session: VaultSession) -> Any:
    dialog = DuplicatesDialog(session, parent)
    dialog.open()
    return dialog
