"""Per-user settings, stored inside the vault (never in QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from app.ui.i18n import LANGUAGES
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
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after idle time"), self.idle)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.session.set_setting("idle_lock_minutes", str(self.idle.value()))
        self.session.set_setting("language", self.language.currentData())
        super().accept()
