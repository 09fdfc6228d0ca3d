"""Run slow calls (key derivation, searches) off the UI thread.

Errors come back as a one-line message: `DossierError` text as is, anything
else as a generic line, with the redacted detail in the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import DossierError
from app.vault.connection import DatabaseError, describe

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # a msg.Text keeps its code across threads (a str signal would drop it)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except DossierError as exc:
            self.signals.failed.emit(exc.message)
        except DatabaseError as exc:
            log.warning("background task: database error %s", type(exc).__name__)
            self.signals.failed.emit(describe(exc).message)
        except Exception:
            log.exception("background task failed")
            self.signals.failed.emit("Something went wrong; the details are in the log.")
        else:
            self.signals.done.emit(result)


def run_in_background(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None]
) -> Task:
    task = Task(fn)
    task.setAutoDelete(False)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(task)
    return task
