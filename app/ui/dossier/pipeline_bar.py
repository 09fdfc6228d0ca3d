"""Application → Interview → Checks → Polygraph 1 → Polygraph 2 → Decision → Sent to HQ,
with the current stage marked and, per step, what is still missing. Clicking a
step opens the tab it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.domain.enums import Stage
from app.domain.model import Dossier
from app.domain.workflow import current_stage, step_statuses
from app.ui.messages import tr_message

DONE_STYLE = "QToolButton { background:#d4edda; color:#155724; border-radius:4px; padding:3px 6px; }"
NOW_STYLE = "QToolButton { background:#fff3cd; color:#533f03; font-weight:bold; border-radius:4px; padding:3px 6px; }"


class PipelineBar(QWidget):
    step_clicked = Signal(object)  # Stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = {
            Stage.APPLICATION: self.tr("Application"), Stage.INTERVIEW: self.tr("Interview"),
            Stage.CHECKS: self.tr("Background checks"), Stage.POLYGRAPH_1: self.tr("Polygraph 1"),
            Stage.POLYGRAPH_2: self.tr("Polygraph 2"), Stage.DECISION: self.tr("Decision"),
            Stage.SENT_TO_HQ: self.tr("Sent to HQ"),
        }
        self.steps: dict[Stage, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        for stage, name in self.names.items():
            step = QToolButton()
            step.setText(name)
            step.setObjectName(f"step_{stage.value}")
            step.setAutoRaise(True)
            step.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard: Alt+1…9 open the tabs
            step.setCursor(Qt.CursorShape.PointingHandCursor)
            step.clicked.connect(lambda _c=False, s=stage: self.step_clicked.emit(s))
            self.steps[stage] = step
            row.addWidget(step)
        row.addStretch()
        self.missing = QLabel()
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.missing)

    def update_for(self, d: Dossier) -> None:
        current = current_stage(d)
        for status in step_statuses(d):
            step = self.steps[status.stage]
            if status.complete:
                style, mark = DONE_STYLE, "✓ "
            elif status.stage == current:
                style, mark = NOW_STYLE, "▶ "
            else:
                style, mark = "", ""
            step.setText(mark + self.names[status.stage])
            step.setStyleSheet(style)
            step.setToolTip("\n".join(tr_message(m) for m in status.missing) or self.tr("Complete"))
            step.setAccessibleDescription(step.toolTip())
        pending = next((s for s in step_statuses(d) if s.stage == current), None)
        if pending and pending.missing:
            self.missing.setText(self.tr("Still missing for %1: %2").replace("%1", self.names[current]).replace(
                "%2", "; ".join(tr_message(m) for m in pending.missing)))
        else:
            self.missing.setText(self.tr("All steps are complete."))
