"""Unlock: call sign + passphrase. Key derivation runs off the UI thread.

The screen speaks the language last used here (and can switch it), opens the
vault that was locked last (the training vault after a training session), and
says in words why Unlock is unavailable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.messages import tr_message
from app.ui.widgets import busy_bar, error_label, hint_label, language_box
from app.ui.worker import Task, run_in_background
from app.vault import attempts, vault
from app.vault.session import VaultSession


class UnlockDialog(QDialog):
    unlocked = Signal(object)
    wipe_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, vault_dir: Path, demo_dir: Path | None = None, parent: QWidget | None = None,
                 prefer_demo: bool = False) -> None:
        super().__init__(parent)
        self.real_dir = vault_dir
        self.demo_dir = demo_dir
        self.vault_dir = vault_dir
        self.session: VaultSession | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Unlock Field Dossier"))
        self.callsign = QLineEdit()
        self.callsign.setObjectName("callsign")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.installEventFilter(self)
        self.caps = QLabel(self.tr("Caps Lock is on."))
        self.caps.setObjectName("caps")
        self.caps.hide()
        self.training = QCheckBox(self.tr("Open the training vault (DEMO)"))
        self.training.setObjectName("training")
        has_demo = self.has_demo = bool(demo_dir and vault.vault_exists(demo_dir))
        self.training.setVisible(has_demo)
        self.training.toggled.connect(self._target)
        self.language = language_box(self.language_requested.emit)
        self.error = error_label("error")
        self.why = hint_label("unlock_reason")
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock"))
        self.erase_button = self.buttons.addButton(self.tr("Erase vault…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.erase_button.setObjectName("erase")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.wipe_requested.emit)
        self.attempts = error_label("attempts_left")
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Мова / Language", self.language)  # in both: whoever cannot read one finds it
        form.addRow(self.tr("Call sign"), self.callsign)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.caps)
        form.addRow("", self.training)
        for w, name in ((self.callsign, self.tr("Call sign")), (self.passphrase, self.tr("Passphrase"))):
            w.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.why)
        layout.addWidget(self.attempts)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        if has_demo and (prefer_demo or not vault.vault_exists(vault_dir)):
            self.training.setChecked(True)  # the training vault was the one in use (or the only one)
        self._tick()
        self.callsign.setFocus()

    def _target(self, training: bool) -> None:
        self.vault_dir = self.demo_dir if training and self.demo_dir else self.real_dir
        self.setWindowTitle(self.tr("Unlock the training vault (DEMO)") if training else
                            self.tr("Unlock Field Dossier"))
        self._tick()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.passphrase and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if text.isalpha():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.caps.setVisible(text.isupper() != shift)
        return False

    def _tick(self) -> None:
        if not vault.vault_exists(self.vault_dir):  # erased by its wipe policy, or never created
            self.ok_button.setEnabled(False)
            self.attempts.clear()
            why = [self.tr("There is no vault here: it was erased, or it was never created.")]
            if self.training.isChecked():
                why.append(self.tr("Untick the training vault to open the real one."))
            elif self.has_demo:
                why.append(self.tr("Tick “Open the training vault” to practise."))
            self.why.setText(" ".join(why))
            self.why.show()
            return
        self.why.hide()
        left = vault.attempts_left(self.vault_dir)
        lines = [self.tr("Careful: this vault is erased after %n more failed attempt(s).", "", left)
                 if left is not None and left <= attempts.WARN_BEFORE else ""]
        problem = vault.counter_problem(self.vault_dir)
        if problem:  # damaged, edited or missing: counted as the policy's limit minus one
            lines.append(tr_message(problem))  # a coded sentence (app.vault.attempts.sentence)
        self.attempts.setText("\n".join(line for line in lines if line))
        remaining = vault.retry_delay(self.vault_dir)
        if remaining > 0:
            self.ok_button.setEnabled(False)
            self.ok_button.setText(self.tr("Wait %n s", "", int(remaining + 0.999)))
            self._countdown.start()
        else:
            self._countdown.stop()
            self.ok_button.setText(self.tr("Unlock"))
            self.ok_button.setEnabled(self._task is None)

    def try_unlock(self) -> None:
        callsign, passphrase = self.callsign.text().strip(), self.passphrase.text()
        if not callsign or not passphrase:
            self.error.setText(self.tr("Enter your call sign and passphrase."))
            return
        self.error.clear()
        self.busy.show()
        self.ok_button.setEnabled(False)
        self._task = run_in_background(
            lambda: vault.unlock(self.vault_dir, callsign, passphrase, wait=False),
            self._done, self._failed,
        )

    def _done(self, session: VaultSession) -> None:
        self._task = None
        self.busy.hide()
        self.passphrase.clear()
        self.session = session
        self.unlocked.emit(session)
        self.accept()

    def _failed(self, message: str) -> None:
        self._task = None
        self.busy.hide()
        self.passphrase.clear()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.error.setText(tr_message(message))
        self._tick()
