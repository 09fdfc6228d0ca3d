"""Every modal question the app asks goes through one object, so tests can
answer them without a real modal loop (the Dangerzone pattern)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Prompts:
    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_destructive(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """A question whose safe answer (Cancel) is the default button."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def open_files(self, parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter or _tr("All files (*)"))
        return list(files)

    def directory(self, parent: QWidget | None, title: str) -> str:
        return QFileDialog.getExistingDirectory(parent, title, "")

    def save_file(self, parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter or _tr("All files (*)"))
        return path

    def text(self, parent: QWidget | None, title: str, label: str, secret: bool = False) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(parent, title, label, mode)
        return value if ok else None


_current: Prompts = Prompts()


def current() -> Prompts:
    return _current


def install(prompts: Prompts) -> Prompts:
    """Replace the prompts (tests); returns the previous ones."""
    global _current
    previous, _current = _current, prompts
    return previous
