"""Start the desktop app: create or unlock the vault, then show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from app import APP_ID, APP_NAME, __version__
from app.resources import resource_path
from app.ui.create_vault_dialog import CreateVaultDialog
from app.ui.main_window import MainWindow
from app.ui.unlock_dialog import UnlockDialog
from app.vault.session import VaultSession
from app.vault.vault import vault_exists


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "field-dossier.svg"))))
    return app


def ask_for_session(vault_dir: Path) -> VaultSession | None:
    dialog: CreateVaultDialog | UnlockDialog
    dialog = UnlockDialog(vault_dir) if vault_exists(vault_dir) else CreateVaultDialog(vault_dir)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.session


def run_gui(vault_dir: Path) -> int:
    app = make_application()
    while True:
        session = ask_for_session(vault_dir)
        if session is None:
            return 0
        window = MainWindow(session)
        window.show()
        app.exec()
        if not window.was_locked:
            return 0
