"""The written application: text, date received, signature, scanned pages.

"Received on" is today for a new applicant, and becomes today when the text of
an application without a date is first typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.model import Application, Dossier
from app.ui.dossier.base import SectionTab, date_edit, date_hint, parse_date
from app.ui.dossier.page_viewer import PageViewer
from app.ui.widgets import hint_label
from app.vault.session import VaultSession


class ApplicationTab(SectionTab):
    add_pages_requested = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.case_number = ""
        self.pages: list[str] = []
        form = QFormLayout()
        self.received = date_edit()
        self.received.setObjectName("received_on")
        self.signed = QCheckBox(self.tr("Signed by the applicant"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("application_text")
        self.text.setTabChangesFocus(True)
        self.add_row(form, self.tr("Received on"), self.received, "received_on")
        self.add_row(form, "", self.signed)
        self.add_row(form, self.tr("Application text"), self.text)
        self.viewer = PageViewer()
        self.add_pages = QPushButton(self.tr("Add scanned pages…"))
        self.add_pages.clicked.connect(self.add_pages_requested)
        self.pages_hint = hint_label("pages_hint")
        row = QHBoxLayout()
        row.addWidget(self.add_pages)
        row.addWidget(self.pages_hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.viewer, 1)
        self.received.textChanged.connect(self.emit_changed)
        self.signed.toggled.connect(self.emit_changed)
        self.text.textChanged.connect(self.emit_changed)
        self.text.textChanged.connect(self._default_received)

    def fill(self, d: Dossier) -> None:
        a = d.application or Application()
        self.case_number = d.case_number
        new = not d.case_number and d.application is None
        self.received.set_date(date.today() if new else a.received_on)
        self.signed.setChecked(a.signed)
        self.text.setPlainText(a.text)
        self.pages = list(a.pages)
        self.add_pages.setEnabled(bool(d.case_number))
        self.pages_hint.setText("" if d.case_number else self.tr(
            "Save the applicant first (Ctrl+S), then add the scanned pages."))
        self.pages_hint.setVisible(not d.case_number)
        self.viewer.set_pages(self.pages, lambda sha: self.session.attachment_content(self.case_number, sha))

    def add_page(self, sha: str) -> None:
        if sha not in self.pages:
            self.pages.append(sha)
            self.viewer.set_pages(self.pages, lambda s: self.session.attachment_content(self.case_number, s))
            self.viewer.show_page(len(self.pages) - 1)
            self.emit_changed()

    def _default_received(self) -> None:
        if not self._loading and not self.received.text().strip() and self.text.toPlainText().strip():
            self.received.set_date(date.today())

    def store(self, d: Dossier) -> None:
        received = parse_date(self.received.text())[0]
        text = self.text.toPlainText()
        if not (received or text.strip() or self.pages or self.signed.isChecked()):
            d.application = None
            return
        d.application = Application(received, text, self.signed.isChecked(), list(self.pages))

    def problems(self) -> list[str]:
        self.clear_errors()
        if not parse_date(self.received.text())[1]:
            self.show_error("received_on", date_hint())
            return [self.tr("The date received is not a valid date.")]
        return []
