"""The applicant list's columns: sensible default widths (the case number and
names in full; the spare width goes to the Cyrillic name, never to "Last
change"), and each user's widths, column order, sort and filters, kept as a
setting inside the vault and put back after the next unlock."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView

from app.ui.applicant_model import (
    COL_CASE,
    COL_CAT,
    COL_CYR,
    COL_DOB,
    COL_FLAGS,
    COL_LAT,
    COL_STAGE,
    COL_UPDATED,
    COLUMN_ORDER,
    ApplicantTableModel,
)
from app.vault.listing import Order

SETTING = "list_view"
MAX_STATE_CHARS = 4000  # a header state is ~300 bytes; anything bigger is not ours


@dataclass
class ViewState:
    header: str = ""  # QHeaderView.saveState(), base64: widths and column order
    sort_column: int = -1  # -1: natural order (oldest first, or best match)
    descending: bool = False
    filters: dict[str, Any] = field(default_factory=dict)  # combo object name -> item data

    def to_text(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @staticmethod
    def from_text(text: str) -> ViewState:
        """A stored state; anything unreadable gives the defaults (it is only a preference)."""
        try:
            raw = json.loads(text) if text and len(text) <= MAX_STATE_CHARS else {}
            return ViewState(str(raw.get("header", "")), int(raw.get("sort_column", -1)),
                             bool(raw.get("descending", False)), dict(raw.get("filters", {})))
        except (ValueError, TypeError, AttributeError):
            return ViewState()


def default_widths(table: QTableView) -> None:
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COL_CYR, QHeaderView.ResizeMode.Stretch)
    fm = table.fontMetrics()
    pad = 3 * fm.horizontalAdvance("M")  # cell margins and the sort arrow

    def fit(*samples: str) -> int:
        return max(fm.horizontalAdvance(s) for s in samples) + pad

    model = table.model()
    assert isinstance(model, ApplicantTableModel)
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    widths = {  # the longest value each column shows, in the interface language
        COL_CASE: fit("ODESA-WMW-2026-00000", titles[COL_CASE]),  # POST-STATION-YEAR-NUMBER, a 5-letter post
        COL_LAT: fit("Kovalenko Oleksandr", titles[COL_LAT]),
        COL_DOB: fit("00.00.0000", titles[COL_DOB]),
        COL_CAT: fit(titles[COL_CAT], *model.category_labels()),
        COL_STAGE: fit(titles[COL_STAGE], *model.stage_labels()),
        COL_FLAGS: fit(titles[COL_FLAGS], model.flag_text("red:a,red:b,amber:c,amber:d")),
        COL_UPDATED: fit(titles[COL_UPDATED], "00.00.0000 00:00"),
    }
    for column, width in widths.items():
        header.resizeSection(column, width)
    header.setMinimumSectionSize(fm.horizontalAdvance("MMMM"))
    header.setSectionsMovable(True)


def capture(table: QTableView, combos: list[QComboBox]) -> ViewState:
    header = table.horizontalHeader()
    column = header.sortIndicatorSection()
    return ViewState(bytes(header.saveState().toBase64().data()).decode("ascii"),
                     column if 0 <= column < header.count() else -1,
                     header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
                     {c.objectName(): c.currentData() for c in combos if c.currentData() is not None})


def restore(table: QTableView, combos: list[QComboBox], state: ViewState) -> tuple[Order | None, bool]:
    """Widths, order, sort indicator and filters, without a query per change; returns the order to list in."""
    header = table.horizontalHeader()
    with QSignalBlocker(header), QSignalBlocker(table.model()):
        if state.header:
            header.restoreState(QByteArray.fromBase64(state.header.encode("ascii")))
            header.setSectionResizeMode(COL_CYR, QHeaderView.ResizeMode.Stretch)
        column = state.sort_column if 0 <= state.sort_column < header.count() else -1
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if state.descending
                                else Qt.SortOrder.AscendingOrder)
    for combo in combos:
        wanted = state.filters.get(combo.objectName())
        index = combo.findData(wanted) if wanted is not None else 0
        with QSignalBlocker(combo):
            combo.setCurrentIndex(max(0, index))
    return (COLUMN_ORDER.get(column) if column >= 0 else None), state.descending
