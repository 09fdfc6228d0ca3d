"""History: the audit entries for this case, newest first."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain import sealing
from app.domain.model import Dossier
from app.domain.sealing import amendment_changes, records
from app.ui.dossier.base import SectionTab
from app.ui.labels import field_name, label
from app.ui.messages import tr_action, tr_detail
from app.vault.session import VaultSession


def _short(value: object) -> str:
    text = label(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"


class HistoryTab(SectionTab):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("history")
        self.table.setTabKeyNavigation(False)  # Tab leaves a table; arrows move inside it
        self.table.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("Action"),
                                              self.tr("Detail")])
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.amendments = QTableWidget(0, 4)
        self.amendments.setObjectName("amendments")
        self.amendments.setTabKeyNavigation(False)
        self.amendments.setHorizontalHeaderLabels([self.tr("Record"), self.tr("When (UTC)"), self.tr("Who"),
                                                   self.tr("Reason, and the original")])
        self.amendments.horizontalHeader().setStretchLastSection(True)
        self.amendments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Amendments to sealed records")))
        layout.addWidget(self.amendments, 1)

    def fill(self, d: Dossier) -> None:
        entries = self.session.audit_entries(d.case_number) if d.case_number else []
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            for c, text in enumerate((e.at.replace("T", " ")[:19], e.actor, tr_action(e.action),
                                      tr_detail(e.detail))):
                self.table.setItem(r, c, QTableWidgetItem(text))

        rows = [(sealing.label(kind, key), a, changes) for (kind, key), rec in records(d).items()
                for a, changes in zip(rec.amendments, amendment_changes(rec), strict=True)]
        self.amendments.setRowCount(len(rows))
        for r, (name, a, changes) in enumerate(rows):
            diff = "; ".join(f"{field_name(field)}: {_short(before)} → {_short(after)}"
                             for field, before, after in changes)
            for c, text in enumerate((tr_detail(name), a.at.strftime("%Y-%m-%d %H:%M") if a.at else "", a.by,
                                      f"{a.reason} — {diff}")):
                item = QTableWidgetItem(text)
                item.setToolTip(json.dumps(a.original, ensure_ascii=False, indent=1)[:4000])  # the whole original
                self.amendments.setItem(r, c, item)

    def store(self, d: Dossier) -> None:
        return None
