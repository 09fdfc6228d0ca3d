"""Print preview of the signed case file, with "Save signed PDF…".

The PDF is made off the UI thread and kept in memory; pages are rasterised
with pdfium for the preview and the printer. Nothing is written to disk unless
the officer saves the PDF, and then atomically where they chose.
"""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar, QWidget

from app.ui import prompts
from app.ui.messages import tr_message
from app.ui.widgets import fit_to_screen
from app.ui.worker import run_in_background
from app.vault.session import VaultSession

PRINT_DPI = 200
_RUNNING: set[Any] = set()  # tasks in flight (a QRunnable must outlive the call that started it)


translate = QCoreApplication.translate


class CaseFilePreview(QPrintPreviewDialog):
    def __init__(self, parent: QWidget | None, session: VaultSession, case_number: str, pdf: bytes) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                          QMarginsF(0, 0, 0, 0)))
        super().__init__(printer, parent)
        self._printer = printer  # kept: Qt needs it for the dialog's whole life
        self.setWindowTitle(translate("CaseFilePreview", "Case file {0}").format(case_number))
        fit_to_screen(self, 900, 1000)
        self.session = session
        self.case_number = case_number
        self.pdf = pdf
        self._doc = pdfium.PdfDocument(pdf)
        self.page_count = len(self._doc)
        self.painted_pages = 0
        self.paintRequested.connect(self._paint)
        self.save_action = QAction(translate("CaseFilePreview", "Save signed PDF…"), self)
        self.save_action.triggered.connect(self.save_pdf)
        bar = self.findChild(QToolBar)
        if bar is not None:
            bar.addSeparator()
            bar.addAction(self.save_action)

    def _image(self, index: int, dpi: int) -> QImage:
        bitmap = self._doc[index].render(scale=dpi / 72)
        pil = bitmap.to_pil().convert("RGB")
        data = pil.tobytes()
        return QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            rect = printer.pageLayout().fullRectPixels(printer.resolution())
            self.painted_pages = 0
            for i in range(self.page_count):
                if i:
                    printer.newPage()
                img = self._image(i, min(PRINT_DPI, max(72, printer.resolution())))
                painter.drawImage(QRectF(0, 0, rect.width(), rect.height()), img)
                self.painted_pages += 1
        finally:
            painter.end()
        self.session.record_print(self.case_number, "signed case file")

    def save_pdf(self) -> None:
        from pathlib import Path

        from app.vault.files import atomic_write

        path = prompts.current().save_file(self, translate("CaseFilePreview", "Save signed PDF"), f"{self.case_number}.pdf",
                                           translate("CaseFilePreview", "PDF files (*.pdf)"))
        if not path:
            return
        try:
            atomic_write(Path(path), self.pdf)
        except OSError as exc:
            prompts.current().error(self, translate("CaseFilePreview", "Save signed PDF"),
                                    translate("CaseFilePreview", "The PDF could not be saved: {0}").format(exc.strerror or ""))
            return
        prompts.current().info(self, translate("CaseFilePreview", "Save signed PDF"), translate("CaseFilePreview", "Saved. It is signed: any change to it will show."))

    def done(self, result: int) -> None:
        self._doc.close()
        super().done(result)


def open_casefile(parent: QWidget, session: VaultSession, case_number: str,
                  shown: Any = None) -> None:
    """Make the signed case file in the background, then show the preview.
    `shown(dialog)` is called instead of exec() (tests)."""
    from app.casefile import casefile

    def work() -> bytes:
        pdf, _ = casefile.signed_pdf(session, case_number)
        return pdf

    def done(pdf: bytes) -> None:
        dialog = CaseFilePreview(parent, session, case_number, pdf)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if shown is not None:
            shown(dialog)
        else:
            dialog.exec()

    def failed(message: str) -> None:
        prompts.current().error(parent, translate("CaseFilePreview", "Case file"), tr_message(message))

    task = run_in_background(work, done, failed)
    _RUNNING.add(task)
    task.signals.done.connect(lambda _r: _RUNNING.discard(task))
    task.signals.failed.connect(lambda _m: _RUNNING.discard(task))
