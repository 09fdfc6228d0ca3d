"""Per-user settings, stored inside the vault (never in QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from app.casefile import words
from app.domain.enums import Role
from app.errors import DossierError
from app.ui import prompts
from app.ui.i18n import LANGUAGES
from app.ui.messages import tr_message
from app.vault.session import VaultSession


class SettingsDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(session.idle_lock_minutes)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(session.setting("language"))))
        self.printouts = QComboBox()  # the print summary and the signed case file (app.casefile.words)
        self.printouts.setObjectName("document_language")
        self.printouts.addItem("Українська", "uk")
        self.printouts.addItem("English", "en")
        self.printouts.setCurrentIndex(max(0, self.printouts.findData(words.choose(session.setting(words.SETTING)))))
        self.printouts.setToolTip(self.tr(
            "The language of the print summary and of signed case files. Ukrainian unless you need an English copy."))
        self.wipe_after = QSpinBox()
        self.wipe_after.setObjectName("wipe_after")
        self.wipe_after.setRange(0, 100)
        self.wipe_after.setSpecialValueText(self.tr("Never"))
        self.wipe_after.setSuffix(self.tr(" failed unlocks"))
        self.wipe_after.setValue(session.wipe_after)
        self.wipe_after.setToolTip(self.tr(
            "Erase the vault after this many failed unlocks in a row (for the whole vault, all users). "
            "The unlock screen warns from 3 attempts before the limit."))
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after idle time"), self.idle)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Printouts and case files in"), self.printouts)
        if session.user.role == Role.SUPERVISOR:
            form.addRow(self.tr("Erase the vault after"), self.wipe_after)
        from app.ui.retention_dialog import policy_text

        self.retention = QLabel(policy_text(session.retention_policy()))
        self.retention.setObjectName("retention_policy")
        self.retention.setToolTip(self.tr("Change it in Administration › Retention… (supervisors), or HQ sends it."))
        form.addRow(self.tr("Retention"), self.retention)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.session.user.role == Role.SUPERVISOR and self.wipe_after.value() != self.session.wipe_after:
            try:
                self.session.set_wipe_after(self.wipe_after.value())
            except DossierError as exc:
                prompts.current().error(self, self.tr("Settings"), tr_message(exc.message))
                return
        self.session.set_setting("idle_lock_minutes", str(self.idle.value()))
        self.session.set_setting("language", self.language.currentData())
        if self.printouts.currentData() != words.choose(self.session.setting(words.SETTING)):
            self.session.set_setting(words.SETTING, self.printouts.currentData())
        super().accept()
