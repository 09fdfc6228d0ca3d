"""HQ: import a folder (or a stick) of bundles as a day's work, in the background.

The HQ key store is opened and every bundle verified and imported off the UI thread
(app/casefile/hq_batch.py), one transaction per bundle; each bundle's outcome joins the list as
it is known, a refused one with the check that failed and what that means. Cancel stops between
two bundles: what was imported stays, whole, and nothing of the rest. At the end a summary (new
cases, new versions, repeats, older exports kept, refused) that can be saved as a PDF to print.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import msg
from app.errors import DossierError
from app.ui import prompts
from app.ui.messages import tr_coded, tr_message, tr_report
from app.ui.report_dialog import ReportDialog
from app.ui.widgets import fit_to_screen
from app.vault.session import VaultSession

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


class _Signals(QObject):
    started = Signal(int)
    progress = Signal(int, int, object)
    finished = Signal(object)
    failed = Signal(object)  # a msg.Text keeps its code across threads (a str signal drops it: English)


class _Import(QRunnable):
    def __init__(self, session: VaultSession, folder: Path, hq: tuple[str, str], cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.session, self.folder, self.hq, self.cancel = session, folder, hq, cancel

    def run(self) -> None:
        from app.casefile import hq_batch
        from app.casefile.hq import HqKeystore
        from app.casefile.hq_ops import trust_of

        try:
            trust = trust_of(HqKeystore.open(Path(self.hq[0]), self.hq[1]))
            paths = hq_batch.bundles_in([self.folder])
            self.signals.started.emit(len(paths))
            batch = hq_batch.import_all(self.session, paths, trust, progress=self.signals.progress.emit,
                                        cancelled=self.cancel.is_set)
        except DossierError as exc:
            self.signals.failed.emit(exc.message)
        except Exception:
            log.exception("import failed")
            self.signals.failed.emit(translate("ImportDialog", "Something went wrong; the details are in the log."))
        else:
            self.signals.finished.emit(batch)


def kind_text(kind: str) -> str:
    return {"new_case": translate("ImportDialog", "new case"), "new_version": translate("ImportDialog", "new version"),
            "repeat": translate("ImportDialog", "repeat: nothing changed"),
            "stale": translate("ImportDialog", "older export: kept, not made current"),
            "refused": translate("ImportDialog", "refused")}.get(kind, kind)


def note_of(o: Any) -> str:
    """The last column: the failed check and what it means, or the warnings and possible duplicates."""
    if o.kind == "refused":
        return f"{tr_coded(msg.Message(f'check.{o.check}'))}: {tr_message(o.why())}"
    parts = []
    if o.kind in ("new_case", "new_version"):
        parts.append(translate("ImportDialog", "version %1").replace("%1", str(o.version)))
    if o.duplicates:
        parts.append(translate("ImportDialog", "possible duplicate of %1").replace("%1", ", ".join(o.duplicates)))
    if o.warnings:
        parts.append(translate("ImportDialog", "%n warning(s)", "", len(o.warnings)))
    return "; ".join(parts)


class ImportDialog(QDialog):
    COLUMNS = 4

    def __init__(self, parent: QWidget | None, session: VaultSession, folder: Path, hq: tuple[str, str]) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("ImportDialog", "Import bundles"))
        fit_to_screen(self, 980, 600)
        self.batch: Any = None
        self.error = ""
        layout = QVBoxLayout(self)
        self.status = QLabel(translate("ImportDialog", "Opening the HQ key store…"))
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("import_list")
        self.table.setHorizontalHeaderLabels([translate("ImportDialog", "File"), translate("ImportDialog", "Case"),
                                              translate("ImportDialog", "Result"),
                                              translate("ImportDialog", "Check that failed, or notes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        for col in range(self.COLUMNS - 1):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        self.summary = QLabel("")
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_pdf_button = QPushButton(translate("ImportDialog", "Save summary as PDF…"))
        self.save_pdf_button.setEnabled(False)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.buttons.addButton(self.save_pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.checks_button = QPushButton(translate("ImportDialog", "Every check…"))
        self.checks_button.setEnabled(False)
        self.checks_button.clicked.connect(self.show_checks)
        self.buttons.addButton(self.checks_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.report: ReportDialog | None = None
        self.buttons.rejected.connect(self._cancel)
        for w in (self.status, self.bar, self.table, self.summary, self.buttons):
            layout.addWidget(w)
        self.cancel_event = threading.Event()
        self.task = _Import(session, folder, hq, self.cancel_event)
        self.task.signals.started.connect(self._started)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self.task)

    def _started(self, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.status.setText(translate("ImportDialog", "Checking and importing %n bundle(s)…", "", total))

    def _progress(self, done: int, total: int, o: Any) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((o.file, o.case_number or "—", kind_text(o.kind), note_of(o))):
            item = QTableWidgetItem(text)
            if col == 3 and o.kind == "refused":
                item.setToolTip(tr_message(o.detail))
            self.table.setItem(row, col, item)
        self.table.scrollToBottom()
        self.bar.setValue(done)
        if not self.cancel_event.is_set():
            text = translate("ImportDialog", "%1 of %n bundle(s) done.", "", total)
            self.status.setText(text.replace("%1", str(done)))

    def _cancel(self) -> None:
        if self.batch is not None or self.error:
            self.reject()
            return
        self.cancel_event.set()
        self.status.setText(translate("ImportDialog", "Stopping after the current bundle…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)

    def _finished(self, batch: Any) -> None:
        self.batch = batch
        c = batch.counts()
        if batch.cancelled:
            self.status.setText(translate("ImportDialog", "Cancelled: %1 of %n bundle(s) were dealt with; each of "
                                          "them is complete, the others were not touched.", "", batch.total)
                                .replace("%1", str(len(batch.outcomes))))
        elif not batch.total:
            self.status.setText(translate("ImportDialog", "There are no bundles (files ending in .fdb.age) in this "
                                          "folder or below it."))
        else:
            self.status.setText(translate("ImportDialog", "All %n bundle(s) were dealt with.", "", batch.total))
        self.summary.setText(summary_text(c, len(batch.gaps)))
        self.save_pdf_button.setEnabled(bool(batch.outcomes))
        self.checks_button.setEnabled(bool(batch.outcomes))
        self._done_buttons()

    def _failed(self, message: str) -> None:
        self.error = message
        self.bar.hide()
        self.status.setText(translate("ImportDialog", "Stopped: %1").replace("%1", tr_message(message)))
        self._done_buttons()

    def _done_buttons(self) -> None:
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.removeButton(cancel)
        cancel.deleteLater()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).setEnabled(True)

    def report_lines(self) -> list[str]:
        """Every check of every bundle, PASS or FAIL, in the interface language (as `dossier import` prints)."""
        lines: list[str] = []
        for o in self.batch.outcomes if self.batch is not None else []:
            lines.append(f"== {o.file}")
            lines += tr_report(o.checks) or [f"{tr_coded(msg.Message('verify.fail'))}  "
                                             f"{tr_coded(msg.Message(f'check.{o.check}'))}  {tr_message(o.detail)}"]
            if o.kind != "refused":
                lines.append(f"{o.case_number}: {kind_text(o.kind)}" + (f" — {note_of(o)}" if note_of(o) else ""))
        return lines

    def show_checks(self) -> None:
        self.report = ReportDialog(self, translate("ImportDialog", "Every check"), self.summary.text(),
                                   "\n".join(self.report_lines()))
        self.report.open()

    def save_pdf(self) -> None:
        from app.casefile import import_report, words
        from app.vault.files import atomic_write

        title = translate("ImportDialog", "Save summary as PDF")
        path = prompts.current().save_file(self, title, "import-summary.pdf", translate("ImportDialog", "PDF (*.pdf)"))
        if not path or self.batch is None:
            return
        try:
            lang = words.choose(self.session.setting(words.SETTING))
            atomic_write(Path(path), import_report.pdf(self.batch, self.session.user.callsign, lang))
        except OSError as exc:
            prompts.current().error(self, title, translate("ImportDialog", "Cannot write the file: %1").replace(
                "%1", exc.strerror or ""))
            return
        prompts.current().info(self, title, translate("ImportDialog", "The summary was saved as %1.").replace(
            "%1", Path(path).name))


def summary_text(c: dict[str, int], gaps: int) -> str:
    text = translate("ImportDialog", "New cases: %1. New versions: %2. Repeats: %3. Older, kept: %4. Refused: %5.")
    for i, key in enumerate(("new_case", "new_version", "repeat", "stale", "refused"), start=1):
        text = text.replace(f"%{i}", str(c[key]))
    if c["not_done"]:
        text += " " + translate("ImportDialog", "Not imported (cancelled): %1.").replace("%1", str(c["not_done"]))
    if gaps:
        text += " " + translate("ImportDialog", "%n vault(s) have exports that have not arrived: a stick may be "
                                "lost.", "", gaps)
    return text
