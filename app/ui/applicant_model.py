"""The applicant list as a Qt table model (sorting and filtering via a proxy)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.enums import Stage
from app.domain.model import ApplicantSummary

Index = QModelIndex | QPersistentModelIndex


class ApplicantTableModel(QAbstractTableModel):
    HEADERS = (
        "Case number", "Name (Cyrillic)", "Name (Latin)", "Date of birth",
        "Category", "Stage", "Flags", "Last change",
    )

    # The stage is the step the case is waiting on.
    STAGE_LABELS: ClassVar[dict[Stage, str]] = {
        Stage.APPLICATION: "Application", Stage.INTERVIEW: "Interview",
        Stage.CHECKS: "Background checks", Stage.POLYGRAPH_1: "Polygraph 1",
        Stage.POLYGRAPH_2: "Polygraph 2", Stage.DECISION: "Decision",
        Stage.SENT_TO_HQ: "To send to HQ", Stage.CLOSED: "Closed",
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicantSummary] = []

    def set_rows(self, rows: list[ApplicantSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> ApplicantSummary:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return r.case_number
        if col == 1:
            return f"{r.surname} {r.given_name} {r.patronymic}".strip()
        if col == 2:
            return f"{r.surname_latin} {r.given_name_latin}".strip()
        if col == 3:
            return r.date_of_birth.isoformat() if r.date_of_birth else ""
        if col == 4:
            return r.category.value.replace("_", " ")
        if col == 5:
            return self.tr(self.STAGE_LABELS[r.stage])
        if col == 6:
            return r.flags
        return r.updated_at.strftime("%Y-%m-%d %H:%M")
