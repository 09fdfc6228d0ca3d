"""A case this laptop may only read: handed over to another post through HQ (issue 20).

The window says why on a banner under the pipeline; every section is disabled as a sealed record's
fields are (the history, the attachments' list and the list of interviews stay readable); Save,
Send to HQ and Another polygraph exam are not offered. The guarded write path refuses every write
to such a case anyway (app/vault/guard/handed.py); this only spares the officer typing in vain.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.ui import dates

if TYPE_CHECKING:
    from app.ui.dossier.window import DossierWindow
    from app.vault.session import VaultSession


def reason(session: VaultSession, case_number: str) -> str:
    """The banner's text for a case this laptop may only read, or "" for one it may edit."""
    h = session.handed_to_post(case_number) if case_number else None
    if h is None:
        return ""
    try:
        local = dt.datetime.fromisoformat(h["at"]).astimezone()
        when = f"{dates.show(local.date())} {local:%H:%M}"
    except ValueError:
        when = h["at"][:16].replace("T", " ")
    return QCoreApplication.translate(
        "DossierWindow", "Handed over to post %1 (officer %2) on %3; read-only on this laptop.").replace(
        "%1", h["post"]).replace("%2", h["to"]).replace("%3", when)


def banner(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("read_only_banner")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { border: 1px solid palette(mid); padding: 4px; font-weight: bold; }")
    label.setVisible(bool(text))
    return label


def apply(w: DossierWindow) -> None:
    """Disable what could change the case (after every load: a load enables some buttons again)."""
    w.flags.may_decide_duplicates = False
    for tab, _ in w.sections:
        if tab is w.history:
            continue
        if tab is w.attachments:
            w.attachments.add_button.setEnabled(False)
            w.attachments.setAcceptDrops(False)
        elif tab is w.interviews:
            w.interviews.read_only = True
            for widget in (w.interviews.new_button, w.interviews.template, w.interviews.seal_bar):
                widget.setEnabled(False)
            w.interviews.refresh_seal()
        else:
            tab.setEnabled(False)
