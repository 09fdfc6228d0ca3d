"""When to write a draft: shortly after typing pauses, and never later than a
maximum wait after the first unsaved change, however steadily someone types
(a debounce alone restarts on every key and never fires for a steady typist)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

PAUSE_MS = 2000  # typing stopped for this long: save
MAX_WAIT_MS = 5000  # at the latest this long after the first unsaved change


class AutosaveClock(QObject):
    due = Signal()

    def __init__(self, parent: QObject | None = None, pause_ms: int = PAUSE_MS,
                 max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(pause_ms)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(max_wait_ms)
        self.pause.timeout.connect(self._fire)
        self.deadline.timeout.connect(self._fire)

    def poke(self) -> None:
        """An edit: restart the pause, start the deadline if none is running."""
        self.pause.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def stop(self) -> None:
        self.pause.stop()
        self.deadline.stop()

    def isActive(self) -> bool:
        return self.pause.isActive() or self.deadline.isActive()

    def _fire(self) -> None:
        self.stop()
        self.due.emit()
