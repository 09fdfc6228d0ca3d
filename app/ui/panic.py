"""The panic wipe, as the desktop app asks for it (menu and unlock screen)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import DossierError
from app.ui import prompts
from app.ui.messages import tr_message
from app.vault import wipe

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def confirm(parent: QWidget | None) -> bool:
    return prompts.current().confirm_destructive(
        parent, translate("Panic", "Erase this vault?"),
        translate("Panic", "This destroys the vault's keys and files on this computer now. Nothing can open it afterwards, not even with the right passphrase, and HQ cannot recover it. Case files already sent to HQ and backups on other media are not touched."),
        translate("Panic", "Erase now"))


def erase(parent: QWidget | None, vault_dir: Path) -> bool:
    """Wipe (after the caller closed its session); tells the officer the outcome."""
    try:
        report = wipe.wipe(vault_dir)
    except DossierError as exc:
        prompts.current().error(parent, translate("Panic", "Erase"), tr_message(exc.message))
        return False
    except OSError as exc:
        log.warning("panic wipe failed: %s", type(exc).__name__)
        prompts.current().error(parent, translate("Panic", "Erase"), translate("Panic", "The vault could not be fully erased."))
        return False
    prompts.current().info(parent, translate("Panic", "Erase"), translate("Panic", "The vault was erased in %1 s.").replace(
        "%1", f"{report.seconds:.2f}"))
    return True
