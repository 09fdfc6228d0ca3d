"""The whole audit log (issue 20): a table model of every entry, a proxy that filters it by user,
action, case and date, and the chain's verification on top. Actions are shown in words (the
History context of app/ui/messages.py), in the officer's language."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import dates
from app.ui.date_edit import DateEdit
from app.ui.messages import tr_action, tr_detail, tr_message
from app.ui.widgets import error_style
from app.vault.audit import AuditEntry
from app.vault.session import VaultSession

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Every entry of the log, newest first."""

    def __init__(self, entries: list[AuditEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries
        self.headers = [
            translate("AuditDialog", "No."),
            translate("AuditDialog", "When (UTC)"),
            translate("AuditDialog", "User"),
            translate("AuditDialog", "Action"),
            translate("AuditDialog", "Case"),
            translate("AuditDialog", "Detail"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return e
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            str(e.seq),
            e.at[:19].replace("T", " "),
            e.actor,
            tr_action(e.action),
            e.case_number or "",
            tr_detail(e.detail),
        ][index.column()]


class AuditFilterProxy(QSortFilterProxyModel):
    """Filters rows by user, action code, case (substring of the number) and a date range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = self.action = self.case = ""
        self.since: date | None = None
        self.until: date | None = None

    def set_filter(
        self, user: str = "", action: str = "", case: str = "", since: date | None = None, until: date | None = None
    ) -> None:
        self.beginFilterChange()
        self.user, self.action, self.case = user, action, case.strip().upper()
        self.since, self.until = since, until
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        e: AuditEntry = model.data(model.index(source_row, 0, source_parent), Qt.ItemDataRole.UserRole)
        day = e.at[:10]
        return (
            (not self.user or e.actor.lower() == self.user.lower())
            and (not self.action or e.action == self.action)
            and (not self.case or self.case in (e.case_number or "").upper())
            and (self.since is None or day >= self.since.isoformat())
            and (self.until is None or day <= self.until.isoformat())
        )


class AuditDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AuditDialog", "Audit log"))
        self.resize(1000, 560)  # fits 1366x768
        report = session.audit_verify()
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        if report.ok:
            self.status.setText(
                translate("AuditDialog", "The log is intact: {0} entries, every link verified.").format(report.entries)
            )
        else:
            self.status.setText(
                translate("AuditDialog", "The log has been tampered with or damaged: {0}").format(
                    tr_message(report.problem))
            )
            self.status.setStyleSheet(error_style())
        self.model = AuditModel(session.audit_log(), self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.user.addItem(translate("AuditDialog", "Everyone"), "")
        for cs in sorted({e.actor for e in self.model.entries}, key=str.lower):
            self.user.addItem(cs, cs)
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(translate("AuditDialog", "Every action"), "")
        for code in sorted({e.action for e in self.model.entries}, key=lambda a: tr_action(a).lower()):
            self.action.addItem(tr_action(code), code)
        self.case = QLineEdit()
        self.case.setObjectName("auditCase")
        self.case.setPlaceholderText(translate("AuditDialog", "Case number"))
        self.since, self.until = DateEdit(), DateEdit()
        self.since.setObjectName("auditSince")
        self.until.setObjectName("auditUntil")
        self.shown = QLabel()
        filters = QFormLayout()
        row = QHBoxLayout()
        for label, widget in (
            (translate("AuditDialog", "User"), self.user),
            (translate("AuditDialog", "Action"), self.action),
            (translate("AuditDialog", "Case"), self.case),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget, 1)
        filters.addRow(row)
        days = QHBoxLayout()
        for label, widget in (
            (translate("AuditDialog", "From"), self.since),
            (translate("AuditDialog", "To"), self.until),
        ):
            days.addWidget(QLabel(label))
            days.addWidget(widget)
        days.addStretch(1)
        days.addWidget(self.shown)
        filters.addRow(days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(self.apply)
        for edit in (self.case, self.since, self.until):
            edit.textChanged.connect(self.apply)
        self.apply()

    @staticmethod
    def _date(edit: QLineEdit) -> date | None:
        return dates.parse(edit.text()).value

    def apply(self, *_: object) -> None:
        self.proxy.set_filter(
            self.user.currentData() or "",
            self.action.currentData() or "",
            self.case.text(),
            self._date(self.since),
            self._date(self.until),
        )
        self.shown.setText(
            translate("AuditDialog", "{0} of {1} entries shown").format(self.proxy.rowCount(), self.model.rowCount())
        )
