"""Changing the data key (app/vault/rekey.py), on its own or after removing a user:
a progress bar, and Cancel until the re-encrypted copy replaces the database."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.ui.messages import tr_message
from app.ui.worker import Task, run_in_background

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class _Progress(QObject):
    moved = Signal(float)  # from the worker thread to the bar


class RekeyDialog(QDialog):
    """Runs `work(progress, cancelled)` in the background; `result` holds what it returned."""

    def __init__(self, title: str, text: str, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: Any = None
        self.failure = ""
        self._stop = threading.Event()
        self._progress = _Progress()
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("rekey_progress")
        self.bar.setRange(0, 100)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.bar, self.buttons):
            layout.addWidget(widget)
        self._progress.moved.connect(lambda f: self.bar.setValue(int(f * 100)))
        self._task: Task | None = run_in_background(
            lambda: work(self._progress.moved.emit, self._stop.is_set), self._done, self._failed)

    def cancel(self) -> None:
        """Ask the work to stop; the dialog closes when it has (nothing changed then)."""
        self._stop.set()
        self.label.setText(self.tr("Stopping… nothing will have changed."))
        self.buttons.setEnabled(False)

    def reject(self) -> None:  # Escape or the window's close button: cancel, do not abandon
        if self._task is not None:
            self.cancel()
        else:
            super().reject()

    def _done(self, value: Any) -> None:
        self._task = None
        self.result_value = value
        self.bar.setValue(100)
        self.accept()

    def _failed(self, message: str) -> None:
        self._task = None
        self.failure = tr_message(message)
        super().reject()
