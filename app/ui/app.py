"""Start the desktop app."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.paths import demo_vault_dir
from app.resources import resource_path
from app.ui import prompts
from app.ui.controller import AppController
from app.ui.i18n import choose_language, install_language

log = logging.getLogger(__name__)


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


def _excepthook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Never a traceback on screen: a short message, and the redacted detail in the log."""
    log.error("unexpected error in the desktop app", exc_info=(etype, value, tb))
    from app.vault.connection import DatabaseError, describe

    with contextlib.suppress(Exception):  # the hook itself must never raise
        if isinstance(value, DatabaseError):  # damage met outside a session's read/write
            prompts.current().error(None, APP_NAME, describe(value).message)
            return
        prompts.current().error(None, APP_NAME, QApplication.translate(
            "App", "Something went wrong. Your work is kept; the details are in the log."))


def run_gui(vault_dir: Path, demo_dir: Path | None = None) -> int:
    app = make_application()
    install_language(app, choose_language(before_unlock=True))
    app.setQuitOnLastWindowClosed(False)
    sys.excepthook = _excepthook
    controller = AppController(vault_dir, demo_dir or demo_vault_dir())
    controller.start()
    code = app.exec()
    controller.shutdown()
    return code
