"""Send to HQ: write one encrypted bundle per case to a stick, with progress and cancel.

The export runs in a background thread (which itself uses worker processes for
big batches); cancelling stops between cases and keeps every bundle already
written and verified.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.errors import DossierError
from app.ui.messages import tr_message
from app.vault.session import VaultSession

translate = QCoreApplication.translate


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class _Export(QRunnable):
    def __init__(self, session: VaultSession, cases: list[str], dest: Path, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.session, self.cases, self.dest, self.cancel = session, cases, dest, cancel

    def run(self) -> None:
        import logging

        from app.casefile.export import export_cases

        try:
            report = export_cases(self.session, self.cases, self.dest, progress=self.signals.progress.emit,
                                  cancelled=self.cancel.is_set)
        except DossierError as exc:
            self.signals.failed.emit(exc.message)
        except Exception:
            logging.getLogger(__name__).exception("export failed")
            self.signals.failed.emit(translate("SendDialog", "Something went wrong; the details are in the log."))
        else:
            self.signals.finished.emit(report)


class SendDialog(QDialog):
    def __init__(self, parent: QWidget | None, session: VaultSession, cases: list[str], dest: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SendDialog", "Send to HQ"))
        self.cases = cases
        self.report: Any = None
        self.error = ""
        layout = QVBoxLayout(self)
        self.status = QLabel(translate("SendDialog", "Writing {0} case(s) to {1}…").format(len(cases), dest))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(cases))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel)
        for w in (self.status, self.bar, self.buttons):
            layout.addWidget(w)
        self.cancel_event = threading.Event()
        self.task = _Export(session, cases, dest, self.cancel_event)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self.task)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setValue(done)
        self.status.setText(translate("SendDialog", "{0} of {1} bundles written and verified.").format(done, total))

    def _cancel(self) -> None:
        if self.report is not None or self.error:
            self.reject()
            return
        self.cancel_event.set()
        self.status.setText(translate("SendDialog", "Stopping after the current case…"))
        self.buttons.setEnabled(False)

    def _done_buttons(self) -> None:
        self.buttons.setEnabled(True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.accept)

    def _finished(self, report: Any) -> None:
        self.report = report
        n = len(report.exported)
        if report.cancelled:
            self.status.setText(translate("SendDialog", "Cancelled: {0} of {1} case(s) were sent; each of them is complete.")
                                .format(n, len(self.cases)))
        else:
            self.status.setText(translate("SendDialog", "{0} case(s) sent to HQ. Each bundle was read back and checked.").format(n))
        self._done_buttons()

    def _failed(self, message: str) -> None:
        message = tr_message(message)
        self.error = message
        done = self.bar.value()
        self.status.setText(translate("SendDialog", "Stopped: {0}\n{1} case(s) had been sent before that; nothing partial was left.")
                            .format(message, done))
        self._done_buttons()
