"""Seal state of one record, with Seal… (author, passphrase) and Amend… (reason) actions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.sealing import Record, author


class SealBar(QWidget):
    seal_requested = Signal()
    amend_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QLabel()
        self.state.setObjectName("seal_state")
        self.seal_button = QPushButton(self.tr("Seal…"))
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.seal_button.clicked.connect(self.seal_requested)
        self.amend_button.clicked.connect(self.amend_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state, 1)
        row.addWidget(self.seal_button)
        row.addWidget(self.amend_button)

    def show_record(self, record: Record | None, user: str, amending: bool) -> None:
        if record is None:
            self.state.setText("")
            self.seal_button.hide()
            self.amend_button.hide()
            return
        if record.sealed_by:
            when = record.sealed_at.strftime("%Y-%m-%d %H:%M") if record.sealed_at else ""
            text = self.tr("Sealed by %1 at %2 (UTC); read-only.").replace("%1", record.sealed_by).replace("%2", when)
            if record.amendments:
                text += " " + self.tr("%1 amendment(s).").replace("%1", str(len(record.amendments)))
            if amending:
                text = self.tr("Amending a sealed record: the original is kept.")
        else:
            text = self.tr("Draft: its author seals it when complete.")
        self.state.setText(text)
        self.seal_button.setVisible(not record.sealed_by)
        self.seal_button.setEnabled(author(record).casefold() == user.casefold())
        self.seal_button.setToolTip("" if self.seal_button.isEnabled() else self.tr(
            "Only the record's author (%1) can seal it.").replace("%1", author(record) or "—"))
        self.amend_button.setVisible(bool(record.sealed_by) and not amending)
