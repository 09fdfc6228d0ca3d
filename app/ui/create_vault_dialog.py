"""First run: create the vault (post code, supervisor call sign, passphrase twice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.passphrase import assess
from app.ui.worker import Task, run_in_background
from app.vault import vault
from app.vault.session import VaultSession


class CreateVaultDialog(QDialog):
    created = Signal(object)

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.session: VaultSession | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Create a vault"))
        intro = QLabel(self.tr(
            "No vault was found. Create one: you will be its first user, a supervisor. "
            "Use a long passphrase of several words; it cannot be recovered if forgotten."))
        intro.setWordWrap(True)
        self.post = QLineEdit()
        self.post.setObjectName("post")
        self.post.setPlaceholderText("KYIV")
        self.callsign = QLineEdit()
        self.callsign.setObjectName("callsign")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.strength.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.passphrase.textChanged.connect(self._strength)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create vault"))
        self.buttons.accepted.connect(self.try_create)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Post code"), self.post)
        form.addRow(self.tr("Your call sign"), self.callsign)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def _strength(self, text: str) -> None:
        if not text:
            self.strength.clear()
            return
        s = assess(text, (self.callsign.text(), self.post.text()))
        verdict = self.tr("strong enough") if s.acceptable else self.tr("too weak")
        self.strength.setText(f"{verdict} ({s.score}/4). {s.feedback}".strip())

    def try_create(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        post, callsign, passphrase = self.post.text(), self.callsign.text(), self.passphrase.text()
        self.error.clear()
        self.busy.show()
        self.ok_button.setEnabled(False)
        self._task = run_in_background(
            lambda: vault.create(self.vault_dir, post, callsign, passphrase),
            self._done, self._failed)

    def _done(self, session: VaultSession) -> None:
        self._task = None
        self.busy.hide()
        self.passphrase.clear()
        self.repeat.clear()
        self.session = session
        self.created.emit(session)
        self.accept()

    def _failed(self, message: str) -> None:
        self._task = None
        self.busy.hide()
        self.ok_button.setEnabled(True)
        self.error.setText(message)
