"""The dossier's risk flags: severity, one sentence each, evidence on hover."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.domain import flags
from app.ui.messages import tr_flag_from

COLOURS = {flags.RED: "#b00020", flags.AMBER: "#b36b00", flags.INFO: "#555555"}


class FlagsPanel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.current: list[flags.Flag] = []

    def update_for(self, found: list[flags.Flag]) -> None:
        self.current = found
        if not self.current:
            self.setText(self.tr("No risk flags."))
            self.setToolTip("")
            return
        names = {flags.RED: self.tr("red"), flags.AMBER: self.tr("amber"), flags.INFO: self.tr("info")}
        self.setText("<br>".join(
            f"<span style='color:{COLOURS[f.severity]}; font-weight:bold'>● {escape(names[f.severity])}</span> "
            f"{escape(tr_flag_from(f))}" for f in self.current))
        self.setToolTip("\n".join(f"{f.code}: {', '.join(f.evidence)}" for f in self.current))
