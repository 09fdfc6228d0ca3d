"""Application → Interview → Checks → Polygraph 1 … n → Decision → Sent to HQ, with the
current step marked and, per step, what is still missing. The polygraph steps are
the exams the workflow rules call for (a third when the first two disagree).
Clicking a step opens the tab it is about."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.domain.enums import Stage
from app.domain.model import Dossier
from app.domain.workflow import StepStatus, current_step, step_statuses
from app.ui.messages import tr_message

DONE_STYLE = "QToolButton { background:#d4edda; color:#155724; border-radius:4px; padding:3px 6px; }"
NOW_STYLE = "QToolButton { background:#fff3cd; color:#533f03; font-weight:bold; border-radius:4px; padding:3px 6px; }"

NAMES = {
    Stage.APPLICATION: QT_TRANSLATE_NOOP("PipelineBar", "Application"),
    Stage.INTERVIEW: QT_TRANSLATE_NOOP("PipelineBar", "Interview"),
    Stage.CHECKS: QT_TRANSLATE_NOOP("PipelineBar", "Background checks"),
    Stage.POLYGRAPH: QT_TRANSLATE_NOOP("PipelineBar", "Polygraph %1"),
    Stage.DECISION: QT_TRANSLATE_NOOP("PipelineBar", "Decision"),
    Stage.SENT_TO_HQ: QT_TRANSLATE_NOOP("PipelineBar", "Sent to HQ"),
    Stage.CLOSED: QT_TRANSLATE_NOOP("PipelineBar", "Closed"),
}


def step_name(step: StepStatus | None) -> str:
    """A step as a person reads it: "Polygraph 3", "Decision" (None: the case is closed)."""
    if step is None:
        return QCoreApplication.translate("PipelineBar", str(NAMES[Stage.CLOSED]))
    return QCoreApplication.translate("PipelineBar", str(NAMES[step.stage])).replace("%1", str(step.exam))


class PipelineBar(QWidget):
    step_clicked = Signal(object, int)  # Stage, exam number (0 unless a polygraph step)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: dict[str, QToolButton] = {}  # by step key: "interview", "polygraph_3", …
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        self.row.addStretch()
        self.missing = QLabel()
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row)
        layout.addWidget(self.missing)

    def name(self, step: StepStatus) -> str:
        return step_name(step)

    def _buttons_for(self, steps: list[StepStatus]) -> None:
        keys = [s.key for s in steps]
        if keys == list(self.steps):
            return
        for button in self.steps.values():
            self.row.removeWidget(button)
            button.deleteLater()
        self.steps = {}
        for i, step in enumerate(steps):
            button = QToolButton()
            button.setObjectName(f"step_{step.key}")
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard: Alt+1…9 open the tabs
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, s=step.stage, n=step.exam: self.step_clicked.emit(s, n))
            self.steps[step.key] = button
            self.row.insertWidget(i, button)

    def update_for(self, d: Dossier) -> None:
        steps = step_statuses(d)
        self._buttons_for(steps)
        current = current_step(d)
        for status in steps:
            button = self.steps[status.key]
            if status.complete:
                style, mark = DONE_STYLE, "✓ "
            elif current is not None and status.key == current.key:
                style, mark = NOW_STYLE, "▶ "
            else:
                style, mark = "", ""
            button.setText(mark + self.name(status))
            button.setStyleSheet(style)
            button.setToolTip("\n".join(tr_message(m) for m in status.missing) or self.tr("Complete"))
            button.setAccessibleDescription(button.toolTip())
        if current is not None and current.missing:
            self.missing.setText(self.tr("Still missing for %1: %2").replace("%1", self.name(current)).replace(
                "%2", "; ".join(tr_message(m) for m in current.missing)))
        else:
            self.missing.setText(self.tr("All steps are complete."))
