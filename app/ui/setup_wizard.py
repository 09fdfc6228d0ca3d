"""First run: create the vault (post code, call sign, passphrase twice with a
strength meter; the first user is a supervisor), or open a training vault.
The details page says what still keeps Finish greyed out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.passphrase import assess
from app.ui.messages import tr_message, tr_passphrase_feedback
from app.ui.widgets import busy_bar, error_label, fit_to_screen, hint_label, language_box
from app.ui.worker import Task, run_in_background
from app.vault import vault
from app.vault.session import VaultSession

DEMO_APPLICANTS = 300


class SetupWizard(QWizard):
    created = Signal(object)  # VaultSession
    language_requested = Signal(str)

    def __init__(self, vault_dir: Path, demo_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir, self.demo_dir = vault_dir, demo_dir
        self.session: VaultSession | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Set up Field Dossier"))
        self.choice = QWizardPage()
        self.choice.setTitle(self.tr("Welcome"))
        self.real = QRadioButton(self.tr("Create the vault for my post"))
        self.real.setChecked(True)
        self.demo = QRadioButton(self.tr("Open a training vault with made-up applicants (marked DEMO)"))
        self.demo.setObjectName("demo_choice")
        cv = QVBoxLayout(self.choice)
        intro = QLabel(self.tr("Everything you record is kept encrypted on this laptop. The training vault is "
                               "a separate folder and never mixes with real cases."))
        intro.setWordWrap(True)
        cv.addWidget(intro)
        cv.addWidget(self.real)
        cv.addWidget(self.demo)
        language_row = QFormLayout()
        language_row.addRow("Мова / Language", language_box(self.language_requested.emit))
        cv.addStretch()
        cv.addLayout(language_row)

        self.details = _DetailsPage(self)
        self.addPage(self.choice)
        self.addPage(self.details)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        fit_to_screen(self, 680, 540)

    def accept(self) -> None:
        if self.session is not None:
            super().accept()
            return
        self.details.start_creation()

    def _create(self, demo: bool, post: str, callsign: str, passphrase: str) -> VaultSession:
        target = self.demo_dir if demo else self.vault_dir
        session = vault.create(target, post, callsign, passphrase, demo=demo)
        if demo:
            from app.vault.demo import load_demo  # Faker: ~130 ms and ~18 MB, only for the demo

            load_demo(session, DEMO_APPLICANTS, seed=2026)
        return session


class _DetailsPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Your post and your key"))
        self.setSubTitle(self.tr("You will be the first user, with the supervisor role."))
        self.post, self.callsign, self.passphrase, self.repeat = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        for name, edit in (("post", self.post), ("callsign", self.callsign), ("passphrase", self.passphrase),
                           ("repeat", self.repeat)):
            edit.setObjectName(name)
        self.post.setPlaceholderText("KYIV")
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QLabel(self.tr("Supervisor"))
        self.role.setObjectName("role")
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.strength.setWordWrap(True)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.error = error_label("error")
        self.why = hint_label("finish_reason")
        self.busy = busy_bar()
        form = QFormLayout(self)
        for label, w in ((self.tr("Post code"), self.post), (self.tr("Your call sign"), self.callsign),
                         (self.tr("Role"), self.role), (self.tr("Passphrase"), self.passphrase),
                         (self.tr("Passphrase again"), self.repeat)):
            form.addRow(label, w)
            w.setAccessibleName(label)
        form.addRow("", self.meter)
        form.addRow("", self.strength)
        form.addRow("", self.why)
        form.addRow("", self.error)
        form.addRow("", self.busy)
        self.passphrase.textChanged.connect(self._strength)
        for edit in (self.post, self.callsign, self.passphrase, self.repeat):
            edit.textChanged.connect(self.completeChanged)
        self.completeChanged.connect(self._explain)
        self._explain()

    def _strength(self, text: str) -> None:
        s = assess(text, (self.callsign.text(), self.post.text()))
        self.meter.setValue(s.score if text else 0)
        verdict = self.tr("strong enough") if s.acceptable else self.tr("too weak")
        tips = tr_passphrase_feedback(s.feedback)
        self.strength.setText(f"{verdict} ({s.score}/4). {tips}".strip() if text else "")

    def missing(self) -> list[str]:
        """What keeps Finish greyed out, in words."""
        pw, out = self.passphrase.text(), []
        if not self.post.text().strip():
            out.append(self.tr("Enter the post code."))
        if not self.callsign.text().strip():
            out.append(self.tr("Enter your call sign."))
        if not pw:
            out.append(self.tr("Choose a passphrase."))
        elif not assess(pw).acceptable:
            out.append(self.tr("The passphrase is too weak (see the meter)."))
        elif pw != self.repeat.text():
            out.append(self.tr("Type the same passphrase again in the second field.") if not self.repeat.text()
                       else self.tr("The two passphrases differ."))
        return out

    def _explain(self) -> None:
        missing = self.missing()
        self.why.setText(self.tr("Finish is available when: %1").replace("%1", " ".join(missing)) if missing else "")
        self.why.setVisible(bool(missing))

    def isComplete(self) -> bool:
        return not self.missing()

    def start_creation(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        demo = self.w.demo.isChecked()
        args = (demo, self.post.text(), self.callsign.text(), self.passphrase.text())
        self.error.clear()
        self.busy.show()
        self.w.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.w._task = run_in_background(lambda: self.w._create(*args), self._done, self._failed)

    def _done(self, session: VaultSession) -> None:
        self.busy.hide()
        self.passphrase.clear()
        self.repeat.clear()
        self.w.session = session
        self.w.created.emit(session)
        self.w.accept()

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.w.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.error.setText(tr_message(message))
