"""Application → Interview → Checks → Polygraph 1 → Polygraph 2 → Decision → Sent to HQ,
with the current stage marked and, per step, what is still missing."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.enums import Stage
from app.domain.model import Dossier
from app.domain.workflow import current_stage, step_statuses
from app.ui.messages import tr_message


class PipelineBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = {
            Stage.APPLICATION: self.tr("Application"), Stage.INTERVIEW: self.tr("Interview"),
            Stage.CHECKS: self.tr("Background checks"), Stage.POLYGRAPH_1: self.tr("Polygraph 1"),
            Stage.POLYGRAPH_2: self.tr("Polygraph 2"), Stage.DECISION: self.tr("Decision"),
            Stage.SENT_TO_HQ: self.tr("Sent to HQ"),
        }
        self.steps: dict[Stage, QLabel] = {}
        row = QHBoxLayout()
        for stage, name in self.names.items():
            label = QLabel(name)
            label.setObjectName(f"step_{stage.value}")
            label.setMargin(6)
            self.steps[stage] = label
            row.addWidget(label)
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
            label = self.steps[status.stage]
            if status.complete:
                style, mark = "background:#d4edda; color:#155724; border-radius:4px;", "✓ "
            elif status.stage == current:
                style, mark = "background:#fff3cd; color:#533f03; font-weight:bold; border-radius:4px;", "▶ "
            else:
                style, mark = "color:#6c757d;", ""
            label.setText(mark + self.names[status.stage])
            label.setStyleSheet(style)
            label.setToolTip("\n".join(tr_message(m) for m in status.missing) or self.tr("Complete"))
            label.setAccessibleDescription(label.toolTip())
        pending = next((s for s in step_statuses(d) if s.stage == current), None)
        if pending and pending.missing:
            self.missing.setText(self.tr("Still missing for %1: %2").replace("%1", self.names[current]).replace(
                "%2", "; ".join(tr_message(m) for m in pending.missing)))
        else:
            self.missing.setText(self.tr("All steps are complete."))
