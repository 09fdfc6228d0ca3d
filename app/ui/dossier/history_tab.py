"""History: the audit entries for this case, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.model import Dossier
from app.ui.dossier.base import SectionTab
from app.vault.session import VaultSession


class HistoryTab(SectionTab):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("Action"),
                                              self.tr("Detail")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        QVBoxLayout(self).addWidget(self.table)

    def fill(self, d: Dossier) -> None:
        entries = self.session.audit_entries(d.case_number) if d.case_number else []
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            for c, text in enumerate((e.at.replace("T", " ")[:19], e.actor, e.action, e.detail)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def store(self, d: Dossier) -> None:
        return None
