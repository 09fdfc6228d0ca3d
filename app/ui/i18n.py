"""Interface language: Ukrainian or English, following the system unless overridden.

Before unlock the vault's own setting cannot be read, so the language last used
on this computer is remembered in a one-line file in the user's config folder
(`language`: "uk" or "en", nothing else). Without it the unlock screen would
follow the system even when every officer works in Ukrainian.

Translations are Qt Linguist files: resources/translations/field_dossier_uk.ts
(source, edited in Qt Linguist) compiled to .qm by `make`.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.paths import APP_DIRNAME
from app.resources import resources_root

LANGUAGES = {"en": "English", "uk": "Українська"}
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    return _current


def system_language() -> str:
    return "uk" if QLocale.system().name().startswith("uk") else "en"


def _remembered_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_DIRNAME, appauthor=False)) / "language"


def remembered_language() -> str:
    try:
        text = _remembered_file().read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return text if text in LANGUAGES else ""


def remember_language(lang: str) -> None:
    """Keep the language for the next start's unlock screen (not sensitive: "uk" or "en")."""
    if lang not in LANGUAGES or lang == remembered_language():
        return
    path = _remembered_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(lang + "\n", "ascii")
    except OSError:
        pass  # only a preference: the system language is used next time


def choose_language(preference: str = "", before_unlock: bool = False) -> str:
    """A user's setting, else DOSSIER_LANG, else (before unlock, when no setting can be read)
    the language last used here, else the system's ("Follow the system" means the system)."""
    pref = preference or os.environ.get("DOSSIER_LANG", "") or (remembered_language() if before_unlock else "")
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
