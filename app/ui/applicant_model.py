"""The applicant list: a table model over raw rows (formatted only when shown),
and a proxy that sorts and filters by stage, category and flags."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import QSortFilterProxyModel as _Proxy
from PySide6.QtGui import QColor

from app.domain.enums import Category, Stage
from app.domain.model import ApplicantSummary

Index = QModelIndex | QPersistentModelIndex
COL_CASE, COL_CYR, COL_LAT, COL_DOB, COL_CAT, COL_STAGE, COL_FLAGS, COL_UPDATED = range(8)


class ApplicantTableModel(QAbstractTableModel):
    STAGE_LABELS: ClassVar[dict[Stage, str]] = {  # the step the case is waiting on
        Stage.APPLICATION: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Application")),
        Stage.INTERVIEW: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Interview")),
        Stage.CHECKS: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Background checks")),
        Stage.POLYGRAPH_1: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Polygraph 1")),
        Stage.POLYGRAPH_2: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Polygraph 2")),
        Stage.DECISION: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Decision")),
        Stage.SENT_TO_HQ: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "To send to HQ")),
        Stage.CLOSED: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Closed")),
    }
    CATEGORY_LABELS: ClassVar[dict[Category, str]] = {
        Category.SERVING_SOLDIER: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Serving soldier")),
        Category.PRISONER_OF_WAR: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Prisoner of war")),
        Category.CIVILIAN: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Civilian")),
        Category.OTHER: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Other")),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicantSummary] = []
        self.headers = [self.tr("Case number"), self.tr("Name (Cyrillic)"), self.tr("Name (Latin)"),
                        self.tr("Date of birth"), self.tr("Category"), self.tr("Stage"), self.tr("Flags"),
                        self.tr("Last change")]
        self._stage = {s: self.tr(v) for s, v in self.STAGE_LABELS.items()}
        self._category = {c: self.tr(v) for c, v in self.CATEGORY_LABELS.items()}
        self._locale = QLocale()
        fmt = self._locale.dateFormat(QLocale.FormatType.ShortFormat)
        self._date_format = fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")  # 1991, never 91

    def _flag_text(self, codes: str) -> str:
        if not codes:
            return ""
        severities = [c.split(":", 1)[0] for c in codes.split(",")]
        parts = [(severities.count("red"), self.tr("%1 red")), (severities.count("amber"), self.tr("%1 amber"))]
        return ", ".join(text.replace("%1", str(n)) for n, text in parts if n)

    def set_rows(self, rows: list[ApplicantSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row(self, index: int) -> ApplicantSummary:
        return self._rows[index]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row: ~0.1 s for 100k rows, where the
        proxy's pairwise lessThan through data() took ~20 s."""
        keys: dict[int, Callable[[ApplicantSummary], Any]] = {
            COL_CASE: lambda r: (r.case_number[:-5], len(r.case_number), r.case_number),
            COL_CYR: lambda r: (r.surname.casefold(), r.given_name.casefold(), r.patronymic.casefold()),
            COL_LAT: lambda r: (r.surname_latin.casefold(), r.given_name_latin.casefold()),
            COL_DOB: lambda r: r.date_of_birth.isoformat() if r.date_of_birth else "",
            COL_CAT: lambda r: self._category[r.category],
            COL_STAGE: lambda r: list(Stage).index(r.stage),
            COL_FLAGS: lambda r: r.flags,
            COL_UPDATED: lambda r: r.updated_at,
        }
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=keys.get(column, keys[COL_CASE]), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self._rows[index.row()], index.column()
        if col == COL_FLAGS and role == Qt.ItemDataRole.ForegroundRole and "red:" in r.flags:
            return QColor("#b00020")
        if col == COL_FLAGS and role == Qt.ItemDataRole.ToolTipRole:
            return r.flags.replace(",", "\n")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_CASE:
            return r.case_number
        if col == COL_CYR:
            return f"{r.surname} {r.given_name} {r.patronymic}".strip()
        if col == COL_LAT:
            return f"{r.surname_latin} {r.given_name_latin}".strip()
        if col == COL_DOB:
            d = r.date_of_birth
            return self._locale.toString(QDate(d.year, d.month, d.day), self._date_format) if d else ""
        if col == COL_CAT:
            return self._category[r.category]
        if col == COL_STAGE:
            return self._stage[r.stage]
        if col == COL_FLAGS:
            return self._flag_text(r.flags)
        local = r.updated_at.astimezone()
        return self._locale.toString(QDate(local.year, local.month, local.day), self._date_format) + \
            local.strftime(" %H:%M")


class ApplicantFilter(_Proxy):
    """Filters: stage, category, and flags (any / none / a flag code)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage: str | None = None
        self.category: str | None = None
        self.flag: str | None = None  # "any", "none" or a code

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's job (fast); the proxy only filters."""
        model = self.sourceModel()
        if isinstance(model, ApplicantTableModel):
            model.sort(column, order)

    def set_filters(self, stage: str | None, category: str | None, flag: str | None) -> None:
        self.beginFilterChange()
        self.stage, self.category, self.flag = stage, category, flag
        self.endFilterChange(_Proxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ApplicantTableModel):
            return True
        r = model.row(source_row)
        if self.stage and r.stage.value != self.stage:
            return False
        if self.category and r.category.value != self.category:
            return False
        if self.flag == "any":
            return bool(r.flags)
        if self.flag == "none":
            return not r.flags
        if self.flag == "red":
            return "red:" in r.flags
        if self.flag:
            return any(c.split(":", 1)[-1] == self.flag for c in r.flags.split(","))
        return True
