"""Interface language: Ukrainian or English, following the system unless overridden.

Translations are Qt Linguist files: resources/translations/field_dossier_uk.ts
(source, edited in Qt Linguist) compiled to .qm by `make`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.resources import resources_root

LANGUAGES = {"en": "English", "uk": "Українська"}
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    return _current


def system_language() -> str:
    return "uk" if QLocale.system().name().startswith("uk") else "en"


def choose_language(preference: str = "") -> str:
    pref = preference or os.environ.get("DOSSIER_LANG", "")
    return pref if pref in LANGUAGES else system_language()


def qm_path(lang: str) -> Path:
    return resources_root() / "translations" / f"field_dossier_{lang}.qm"


def install_language(app: QApplication, lang: str) -> str:
    """Install the translators for `lang`; returns the language actually in use."""
    global _current
    _current = "en"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return "en"
    ours = QTranslator(app)
    if not ours.load(str(qm_path(lang))):
        return "en"  # not built: `make` compiles the .ts sources
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine))
    _current = lang
    return lang
