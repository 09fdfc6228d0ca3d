"""HQ: record a decision (accept or reject, with the reason) or a request (another interview,
another polygraph exam, a check, with what is asked) on a case received from a post. The
supervisor re-enters their passphrase: the entry is sealed in their name and goes to the post in
the next update package (app/vault/guard/hq_decisions.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from app.domain import hq_decisions
from app.errors import DossierError
from app.ui import prompts
from app.ui.messages import tr_message
from app.vault.session import VaultSession


class HqDecisionDialog(QDialog):
    recorded = Signal()

    def __init__(self, session: VaultSession, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_number = session, case_number
        self.setWindowTitle(self.tr("HQ decision or request — %1").replace("%1", case_number))
        self.choice = QComboBox()
        self.choice.setObjectName("hq_choice")
        for data, text in (("decision:accept", self.tr("Accept")), ("decision:reject", self.tr("Reject")),
                           ("request:interview", self.tr("Ask for another interview")),
                           ("request:polygraph", self.tr("Ask for another polygraph exam")),
                           ("request:check", self.tr("Ask for a check"))):
            self.choice.addItem(text, data)
        self.text = QPlainTextEdit()
        self.text.setObjectName("hq_text")
        self.text.setPlaceholderText(self.tr("The reason, or what is asked. Never the applicant's name: "
                                             "the update package goes to every post."))
        hint = QLabel(self.tr("Sealed with your passphrase; the post sees it after installing the next "
                              "update package."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Seal and record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout(self)
        form.addRow(self.tr("HQ says"), self.choice)
        form.addRow(self.tr("Reason or what is asked"), self.text)
        form.addRow(hint)
        form.addRow(buttons)
        self.resize(560, 320)

    def accept(self) -> None:
        title = self.tr("HQ decision or request")
        kind, value = str(self.choice.currentData()).split(":", 1)
        text = self.text.toPlainText()
        if len(" ".join(text.split())) < hq_decisions.TEXT_MIN:
            prompts.current().error(self, title, self.tr("Give the reason or what is asked in at least %1 "
                                                         "characters.").replace("%1", str(hq_decisions.TEXT_MIN)))
            return
        passphrase = prompts.current().text(self, title, self.tr("Re-enter your passphrase to seal it:"), secret=True)
        if not passphrase:
            return
        try:
            self.session.record_hq_decision(self.case_number, kind, value, text, passphrase)
        except DossierError as exc:
            prompts.current().error(self, title, tr_message(exc.message))
            return
        self.recorded.emit()
        super().accept()
