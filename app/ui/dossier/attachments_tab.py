"""Attachments: add with a file dialog or by dropping files; image preview; size limit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.attachments import DEFAULT_MAX_BYTES
from app.domain.model import Attachment, Dossier
from app.errors import DossierError
from app.ui import prompts
from app.ui.dossier.base import SectionTab
from app.ui.messages import tr_message
from app.vault.session import VaultSession


class AttachmentsTab(SectionTab):
    added = Signal(object)  # Attachment

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.case_number = ""
        self.items: list[Attachment] = []
        self.setAcceptDrops(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attachments")
        self.table.setTabKeyNavigation(False)  # Tab leaves a table; arrows move inside it
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("SHA-256")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.currentCellChanged.connect(lambda r, *_: self._preview(r))
        self.preview = QLabel(self.tr("Select an image to preview it."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.hint = QLabel()
        self.hint.setObjectName("attachments_hint")
        self.hint.setWordWrap(True)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.preview)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)

    def fill(self, d: Dossier) -> None:
        self.case_number = d.case_number
        self.items = list(d.attachments)
        self.add_button.setEnabled(bool(d.case_number))
        self.setAcceptDrops(bool(d.case_number))
        self.hint.setText(self.tr("Or drop files here. Limit: %1 MiB per file.").replace(
            "%1", str(DEFAULT_MAX_BYTES // 1048576)) if d.case_number else self.tr(
            "Save the applicant first (Ctrl+S), then add files."))
        self._refresh()

    def _refresh(self) -> None:
        self.table.setRowCount(len(self.items))
        for r, a in enumerate(self.items):
            for c, text in enumerate((a.name, a.media_type, f"{a.size / 1024:.1f} KiB", a.sha256[:16] + "…")):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _preview(self, row: int) -> None:
        if not (0 <= row < len(self.items)) or not self.items[row].media_type.startswith("image/"):
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No preview for this file type."))
            return
        pix = QPixmap()
        pix.loadFromData(self.session.attachment_content(self.case_number, self.items[row].sha256))
        self.preview.setPixmap(pix.scaled(320, 320, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

    def choose_files(self) -> None:
        self.add_files(prompts.current().open_files(self, self.tr("Add attachments")))

    def add_files(self, paths: list[str], purpose: str = "other") -> list[Attachment]:
        added = []
        for path in paths:
            p = Path(path)
            try:
                if p.stat().st_size > DEFAULT_MAX_BYTES:
                    raise DossierError(self.tr("%1 is larger than the %2 MiB limit.").replace(
                        "%1", p.name).replace("%2", str(DEFAULT_MAX_BYTES // 1048576)))
                att = self.session.add_attachment(self.case_number, p.name, p.read_bytes(), purpose)
            except OSError:
                prompts.current().error(self, self.tr("Attachment"), self.tr("%1 could not be read.").replace(
                    "%1", p.name))
                continue
            except DossierError as exc:
                prompts.current().error(self, self.tr("Attachment"), tr_message(exc.message))
                continue
            if all(a.sha256 != att.sha256 for a in self.items):
                self.items.append(att)
            added.append(att)
            self.added.emit(att)
        self._refresh()
        return added

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.case_number:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    def store(self, d: Dossier) -> None:
        d.attachments = list(self.items)
