"""Translate texts that come from the Qt-free layers (domain, vault).

Those layers speak English only; the UI shows their fixed messages through
Qt's translator, with numbers and names put back in.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

FIXED = [
    QT_TRANSLATE_NOOP("Messages", "Wrong call sign or passphrase."),
    QT_TRANSLATE_NOOP("Messages", "The vault is open in another window."),
    QT_TRANSLATE_NOOP("Messages", "No vault at that location. Create one with `dossier init`."),
    QT_TRANSLATE_NOOP("Messages", "written application text"),
    QT_TRANSLATE_NOOP("Messages", "at least one interview"),
    QT_TRANSLATE_NOOP("Messages", "at least one background check"),
    QT_TRANSLATE_NOOP("Messages", "a recorded decision"),
    QT_TRANSLATE_NOOP("Messages", "case file sent to HQ"),
]
PATTERNS = [
    (re.compile(r"^Too many failed attempts: try again in (\d+) s\.$"),
     QT_TRANSLATE_NOOP("Messages", "Too many failed attempts: try again in %1 s.")),
    (re.compile(r"^(\w+) check is pending$"), QT_TRANSLATE_NOOP("Messages", "%1 check is pending")),
    (re.compile(r"^polygraph exam (\d+) not recorded$"),
     QT_TRANSLATE_NOOP("Messages", "polygraph exam %1 not recorded")),
    (re.compile(r"^polygraph exam (\d+) has no result$"),
     QT_TRANSLATE_NOOP("Messages", "polygraph exam %1 has no result")),
]


def tr_message(text: str) -> str:
    for pattern, template in PATTERNS:
        m = pattern.match(text)
        if m:
            return translate("Messages", str(template)).replace("%1", m.group(1).replace("_", " "))
    return translate("Messages", text)
