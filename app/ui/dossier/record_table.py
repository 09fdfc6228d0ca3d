"""An editable table of small records (documents, military service, relatives, checks…).

Date columns show dates in the locale's order and edit them with the date field
(calendar on F4); people columns pick a user of the vault or take a typed name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import DatePrecision
from app.ui import dates
from app.ui.date_edit import DateEdit
from app.ui.people_picker import PeoplePicker

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "text"  # text | bool | choice | date | partial_date | person
    choices: tuple[tuple[str, str], ...] = ()  # (value, label); for a person column (call sign, shown)


class _DateDelegate(QStyledItemDelegate):
    """Edits a date cell with the date field, so the calendar and partial dates work in tables."""

    def __init__(self, partial: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.partial = partial

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateEdit(self.partial, parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, DateEdit):
            editor.setText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DateEdit):
            model.setData(index, dates.normalised(editor.text(), self.partial))


class RecordTable(QWidget):
    changed = Signal()

    def __init__(self, columns: list[Column], add_label: str, remove_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.label for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() * 4)
        for col, c in enumerate(columns):
            if c.kind in ("date", "partial_date"):
                self.table.setItemDelegateForColumn(col, _DateDelegate(c.kind == "partial_date", self.table))
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(add_label)
        self.remove_button = QPushButton(remove_label)
        self.add_button.clicked.connect(lambda: self.start_row(self.add_row({})))
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)

    def add_button_after(self, button: QPushButton) -> None:
        """Another action beside Add and Remove (before the stretch)."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def add_row(self, values: dict[str, Any]) -> int:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, c in enumerate(self.columns):
            value = values.get(c.key)
            if c.kind == "person":
                picker = PeoplePicker(list(c.choices))
                picker.setText(str(value or ""))
                picker.edited.connect(self.changed.emit)
                self.table.setCellWidget(row, col, picker)
            elif c.kind == "choice":
                combo = QComboBox()
                for v, label in c.choices:
                    combo.addItem(label, v)
                idx = combo.findData(value)
                combo.setCurrentIndex(max(0, idx))
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(row, col, combo)
            elif c.kind == "bool":
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.table.setItem(row, col, item)
            elif isinstance(value, date):
                self.table.setItem(row, col, QTableWidgetItem(dates.show(value, values.get(f"{c.key}_precision")
                                                                         or DatePrecision.DAY)))
            else:
                self.table.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def start_row(self, row: int) -> None:
        """After Add: the new row is current and has the focus, so the officer types straight into it."""
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for values in rows:
            self.add_row(values)

    def bad_dates(self) -> list[int]:
        """Rows (0-based) with a date cell that is not a date."""
        return [i for i, r in enumerate(self.rows()) for c in self.columns
                if c.kind in ("date", "partial_date") and not dates.parse(r[c.key], c.kind == "partial_date").ok]

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for col, c in enumerate(self.columns):
                if c.kind == "person":
                    widget = self.table.cellWidget(row, col)
                    values[c.key] = widget.text() if isinstance(widget, PeoplePicker) else ""
                elif c.kind == "choice":
                    widget = self.table.cellWidget(row, col)
                    values[c.key] = widget.currentData() if isinstance(widget, QComboBox) else None
                elif c.kind == "bool":
                    item = self.table.item(row, col)
                    values[c.key] = bool(item and item.checkState() == Qt.CheckState.Checked)
                else:
                    item = self.table.item(row, col)
                    values[c.key] = item.text().strip() if item else ""
            out.append(values)
        return out
