"""Send to HQ: write one encrypted bundle per case to a stick, with progress and cancel.

`send_cases` checks that the laptop is enrolled before it asks for a folder. The
export runs in a background thread (which itself uses worker processes for big
batches); cancelling stops between cases and keeps every bundle already written
and verified. Everything is said in sentences, sized to fit the text.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.errors import DossierError
from app.ui import prompts
from app.ui.messages import tr_message
from app.vault.session import VaultSession

translate = QCoreApplication.translate


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # a msg.Text keeps its code across threads (a str signal would drop it)


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
            from app.casefile.deletion import write_pending

            try:  # deletions HQ has not heard of go with the batch; if signing fails, with the next one
                write_pending(self.session, self.dest)
            except DossierError as exc:
                logging.getLogger(__name__).warning("deletion notices not written: %s", type(exc).__name__)
        except DossierError as exc:
            self.signals.failed.emit(exc.message)
        except Exception:
            logging.getLogger(__name__).exception("export failed")
            self.signals.failed.emit(translate("SendDialog", "Something went wrong; the details are in the log."))
        else:
            self.signals.finished.emit(report)


def send_cases(parent: QWidget, session: VaultSession, cases: list[str]) -> bool:
    """Enrolled? Then which folder? Then send, with progress. True if the dialog ran."""
    title = translate("SendDialog", "Send to HQ")
    if not cases:
        prompts.current().info(parent, title, translate("SendDialog", "Select the cases to send first."))
        return False
    if not session.enrolled:
        prompts.current().info(parent, title, translate("SendDialog", "This laptop is not enrolled with HQ yet, so it cannot send cases: HQ could not trust or open them. Enrol first with Administration → Enrol with HQ…, using the enrolment file and the one-time passphrase HQ gave you."))
        return False
    folder = prompts.current().directory(parent, translate("SendDialog", "Choose the folder on the USB stick"))
    if not folder:
        return False
    SendDialog(parent, session, cases, Path(folder)).exec()
    return True


class SendDialog(QDialog):
    def __init__(self, parent: QWidget | None, session: VaultSession, cases: list[str], dest: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SendDialog", "Send to HQ"))
        self.setMinimumWidth(min(520, self.screen().availableGeometry().width() - 40))
        self.cases = cases
        self.report: Any = None
        self.error = ""
        self.sent = 0
        layout = QVBoxLayout(self)
        self.status = QLabel(translate("SendDialog", "Writing %n case(s) to %1…", "", len(cases)).replace(
            "%1", str(dest)))
        self.status.setObjectName("send_status")
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
        self.sent = done
        self.bar.setValue(done)
        self.status.setText(translate("SendDialog", "%1 of %n bundle(s) written and verified.", "", total).replace(
            "%1", str(done)))

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
            self.status.setText(translate("SendDialog", "Cancelled: %1 of %n case(s) were sent; each of them is complete.", "", len(self.cases)).replace("%1", str(n)))
        else:
            self.status.setText(translate("SendDialog", "%n case(s) sent to HQ. Each bundle was read back and checked.", "", n))
        self._done_buttons()

    def _failed(self, message: str) -> None:
        self.error = message
        if self.sent:
            after = translate("SendDialog", "%n case(s) had been sent before that; nothing partial was left on the stick.", "", self.sent)
        else:
            after = translate("SendDialog", "No case was sent, and nothing partial was left on the stick.")
            self.bar.hide()
        self.status.setText(translate("SendDialog", "Stopped: %1").replace("%1", tr_message(message)) + "\n" + after)
        self._done_buttons()
        self.adjustSize()
