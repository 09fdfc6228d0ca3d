"""Seal state of one record, with Seal… (author, passphrase) and Amend… (reason)
actions, and the reason in words beside Seal when this user may not seal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.sealing import Record
from app.ui import dates
from app.ui.widgets import hint_label


class SealBar(QWidget):
    seal_requested = Signal()
    amend_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QLabel()
        self.state.setObjectName("seal_state")
        self.state.setWordWrap(True)
        self.seal_button = QPushButton(self.tr("Seal…"))
        self.seal_button.setObjectName("seal")
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.amend_button.setObjectName("amend")
        self.reason = hint_label("seal_reason")
        self.seal_button.clicked.connect(self.seal_requested)
        self.amend_button.clicked.connect(self.amend_requested)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state, 1)
        row.addWidget(self.seal_button)
        row.addWidget(self.amend_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.reason)

    def show_record(self, record: Record | None, blocker: str, amending: bool) -> None:
        """`blocker`: why this user may not seal it ("" if they may)."""
        if record is None:
            self.state.setText("")
            self.seal_button.hide()
            self.amend_button.hide()
            self.reason.hide()
            return
        if record.sealed_by:
            local = record.sealed_at.astimezone() if record.sealed_at else None
            when = f"{dates.show(local.date())} {local:%H:%M}" if local else ""
            text = self.tr("Sealed by %1 on %2; read-only.").replace("%1", record.sealed_by).replace("%2", when)
            if record.amendments:
                text += " " + self.tr("%n amendment(s).", "", len(record.amendments))
            if amending:
                text = self.tr("Amending a sealed record: the original is kept.")
        else:
            text = self.tr("Draft: its author seals it when complete.")
        self.state.setText(text)
        self.seal_button.setVisible(not record.sealed_by)
        self.seal_button.setEnabled(not blocker)
        self.seal_button.setToolTip(blocker)
        self.reason.setText(blocker)
        self.reason.setVisible(bool(blocker) and not record.sealed_by)
        self.amend_button.setVisible(bool(record.sealed_by) and not amending)
