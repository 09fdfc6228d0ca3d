"""The applicant list in an HQ vault: post, officer, received, version and HQ status columns, and
filters by post, officer and the date range a case's current version arrived in. The filters run
in SQL on hq_cases' indexes (app/vault/listing.py); a laptop shows none of this, except the HQ
status column once HQ's decisions have arrived in an update package (app/vault/hqview.py says how
a vault knows it is HQ's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QWidget

from app.errors import DossierError
from app.ui.applicant_model import COL_HQ, COL_OFFICER, COL_POST, COL_RECEIVED, COL_VERSION, ApplicantTableModel
from app.ui.date_edit import DateEdit
from app.vault.session import VaultSession


class HqFilters(QWidget):
    changed = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.post = self._combo("post_filter", self.tr("All posts"))
        self.officer = self._combo("officer_filter", self.tr("All officers"))
        self.received_from = DateEdit()
        self.received_from.setObjectName("received_from")
        self.received_from.setAccessibleName(self.tr("Received from"))
        self.received_to = DateEdit()
        self.received_to.setObjectName("received_to")
        self.received_to.setAccessibleName(self.tr("Received until"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.post, 1)
        layout.addWidget(self.officer, 1)
        layout.addWidget(QLabel(self.tr("Received from")))
        layout.addWidget(self.received_from, 1)
        layout.addWidget(QLabel(self.tr("until")))
        layout.addWidget(self.received_to, 1)
        for edit in (self.received_from, self.received_to):
            edit.editingFinished.connect(self.changed)
            edit.picked.connect(self.changed)
        self.reload_choices()

    def _combo(self, name: str, all_label: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(all_label)
        combo.addItem(all_label, None)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def combos(self) -> list[QComboBox]:
        return [self.post, self.officer]

    def reload_choices(self) -> None:
        """The posts and officers HQ holds cases from (keeping what is chosen)."""
        posts, officers = self.session.hq_filter_choices()
        for combo, values in ((self.post, posts), (self.officer, officers)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def query_fields(self) -> dict[str, Any]:
        """ListQuery's HQ fields (an unreadable date is no limit)."""
        start, end = self.received_from.date_value(), self.received_to.date_value()
        return {"post": self.post.currentData(), "officer": self.officer.currentData(),
                "received_from": start.isoformat() if start else None,
                "received_to": end.isoformat() if end else None}


def configure(table: QTableView, model: ApplicantTableModel, session: VaultSession, hq: bool) -> None:
    """Show HQ's columns in an HQ vault; on a laptop only the HQ status, once HQ has sent any."""
    try:
        status = hq or session.has_hq_decisions()
    except DossierError:  # locked meanwhile: the list's own query reports it; nothing changes here
        return
    for column in (COL_POST, COL_OFFICER, COL_RECEIVED, COL_VERSION):
        table.setColumnHidden(column, not hq)
    table.setColumnHidden(COL_HQ, not status)
    if status != model.hq_shown:
        model.set_hq_fetch(session.hq_columns if status else None)
