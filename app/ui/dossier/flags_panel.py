"""The dossier's risk flags: severity and one sentence each, evidence on hover.
A flag is a link: activating it opens the tab with the record it rests on."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from app.domain import flags
from app.ui.messages import tr_flag
from app.ui.widgets import colour

SEVERITY_COLOUR = {flags.RED: "red", flags.AMBER: "amber"}


class FlagsPanel(QLabel):
    flag_clicked = Signal(object)  # flags.Flag
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(self._activated)
        self.current: list[flags.Flag] = []

    def update_for(self, found: list[flags.Flag]) -> None:
        self.current = found
        if not self.current:
            self.setText(self.tr("No risk flags."))
            self.setToolTip("")
            self.shown.emit()
            return
        names = {flags.RED: self.tr("red"), flags.AMBER: self.tr("amber"), flags.INFO: self.tr("info")}
        lines = []
        for i, f in enumerate(self.current):
            tint = f"color:{colour(SEVERITY_COLOUR[f.severity])};" if f.severity in SEVERITY_COLOUR else ""
            lines.append(f"<span style='{tint}font-weight:bold'>● {escape(names[f.severity])}</span> "
                         f"<a href='flag:{i}'>{escape(tr_flag(f.code, f.message, f.args))}</a>")
        self.setText("<br>".join(lines))
        self.setToolTip(self.tr("Click a flag to open the part of the case it rests on."))
        self.shown.emit()

    def _activated(self, link: str) -> None:
        index = int(link.removeprefix("flag:")) if link.removeprefix("flag:").isdigit() else -1
        if 0 <= index < len(self.current):
            self.flag_clicked.emit(self.current[index])


class FlagsArea(QScrollArea):
    """The flags, as tall as they need up to four lines; more scroll here instead of
    pushing the tabs off a small screen."""

    LINES = 4

    def __init__(self, panel: FlagsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags_area")
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        panel.shown.connect(self.fit)

    def fit(self) -> None:
        probe = QLabel()
        probe.setFont(self.panel.font())
        probe.setTextFormat(Qt.TextFormat.RichText)
        probe.setText("<br>".join(["<b>●</b> <a href='#'>x</a>"] * self.LINES))
        limit = probe.sizeHint().height()  # whole lines of rich text, never a half-cut one
        needed = self.panel.heightForWidth(max(200, self.viewport().width()))
        self.setFixedHeight(min(limit, needed) if needed > 0 else limit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
