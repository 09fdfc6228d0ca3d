"""What the parity test compares: the desktop's operations (menu actions and buttons of the main
window, the dossier window and the dialogs that change the vault) and the CLI's commands."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

CLI_DOC = ROOT / "docs" / "cli.md"
PARITY_HEADING = "## Desktop and command line"


def cli_commands() -> set[str]:
    """Every command path of `dossier` ("applicant add", "hq package", "check")."""
    from app.cli import build_parser

    out: set[str] = set()

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            out.add(prefix)
            return
        for action in subs:
            for name, child in action.choices.items():
                walk(child, f"{prefix} {name}".strip())

    walk(build_parser(), "")
    return out


def _texts(widget: Any) -> set[str]:
    """Menu actions (not the menus' own titles) and push buttons (not a dialog's OK/Cancel/Close)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    texts = {a.text() for a in widget.findChildren(QAction) if a.menu() is None and not a.isSeparator()}
    texts |= {b.text() for b in widget.findChildren(QPushButton) if not isinstance(b.parent(), QDialogButtonBox)}
    return {re.sub(r"\d+", "N", re.sub(r"&(?!&)", "", t)).strip() for t in texts if t.strip()}


def gui_operations(session: Any) -> set[str]:
    """The visible text of every menu action and button in the windows and dialogs that operate on
    the vault, without accelerator marks."""
    from app.ui.audit_dialog import AuditDialog
    from app.ui.dossier.window import DossierWindow
    from app.ui.main_window import MainWindow
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.users_dialog import UsersDialog

    texts: set[str] = set()
    from app.ui.retention_dialog import RetentionDialog
    from app.ui.stats_dialog import StatsDialog

    widgets = [MainWindow(session), DossierWindow(session, ""), UsersDialog(session), SettingsDialog(session),
               AuditDialog(session), RetentionDialog(session), StatsDialog(session)]
    for w in widgets:
        texts |= _texts(w)
        w.deleteLater()
    return texts


def parity_rows(path: Path = CLI_DOC) -> list[tuple[str, str, str]]:
    """(desktop, command, note) rows of the parity table."""
    text = path.read_text("utf-8")
    section = text.split(PARITY_HEADING, 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and not set(cells[0]) <= set("-: ") and cells[0] != "desktop":
            rows.append((cells[0], cells[1], cells[2]))
    return rows


def desktop_names(cell: str) -> set[str]:
    """`"Delete case…"; "Audit log…"` → the quoted names."""
    return set(re.findall(r"\"([^\"]+)\"", cell))


def command_names(cell: str) -> list[str]:
    return [re.sub(r"\s+[A-Z\[<-].*$", "", c).strip() for c in re.findall(r"`dossier ([^`]+)`", cell)]
