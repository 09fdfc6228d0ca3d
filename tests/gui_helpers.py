"""Helpers for GUI tests: scripted answers to the app's prompts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.i18n import install_language, qm_path
from app.ui.prompts import Prompts


@pytest.fixture
def ukrainian(qapp: Any) -> Iterator[None]:
    """The application in Ukrainian for one test (the built .qm), English again after it
    (offered to every test by tests/conftest.py)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not qm_path("uk").exists():
        pytest.fail("resources/translations/field_dossier_uk.qm is not built: `make` builds it")
    assert install_language(app, "uk") == "uk"
    yield
    install_language(app, "en")


class ScriptedPrompts(Prompts):
    def __init__(self) -> None:
        self.confirm_answer = True
        self.files: list[str] = []
        self.texts: list[str] = []  # answers to text questions, in order
        self.directories: list[str] = []
        self.save_paths: list[str] = []
        self.seen: list[tuple[str, str, str]] = []

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.seen.append(("confirm", title, text))
        return self.confirm_answer

    def confirm_destructive(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        self.seen.append(("confirm_destructive", title, text))
        return self.confirm_answer

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.seen.append(("info", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.seen.append(("error", title, text))

    def open_files(self, parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
        self.seen.append(("open_files", title, name_filter))
        return list(self.files)

    def directory(self, parent: QWidget | None, title: str) -> str:
        self.seen.append(("directory", title, ""))
        return self.directories.pop(0) if self.directories else ""

    def save_file(self, parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str:
        self.seen.append(("save_file", title, suggested))
        return self.save_paths.pop(0) if self.save_paths else ""

    def text(self, parent: QWidget | None, title: str, label: str, secret: bool = False) -> str | None:
        self.seen.append(("text", title, label))
        return self.texts.pop(0) if self.texts else None


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (Cyrillic too) as key events; QTest.keyClicks only knows ASCII keys."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
