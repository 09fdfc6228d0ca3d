"""Every modal question the app asks goes through one object, so tests can
answer them without a real modal loop (the Dangerzone pattern)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


def message_box(kind: str, parent: QWidget | None, title: str, text: str, action: str = "") -> QMessageBox:
    """The box each question or message is shown in ("confirm", "destructive", "info", "error"):
    built here so the screen-fit test can show every one of them without a modal loop."""
    icon = {"confirm": QMessageBox.Icon.Question, "destructive": QMessageBox.Icon.Warning,
            "info": QMessageBox.Icon.Information, "error": QMessageBox.Icon.Warning}[kind]
    buttons = {"confirm": QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
               "destructive": QMessageBox.StandardButton.Cancel}.get(kind, QMessageBox.StandardButton.Ok)
    box = QMessageBox(icon, title, text, buttons, parent)
    if kind == "destructive":
        box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def input_box(parent: QWidget | None, title: str, label: str, secret: bool = False) -> QInputDialog:
    """The box a line of text is asked in (built here, like message_box, for the screen-fit test)."""
    box = QInputDialog(parent)
    box.setWindowTitle(title)
    box.setLabelText(label)
    box.setInputMode(QInputDialog.InputMode.TextInput)
    box.setTextEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
    return box


class Prompts:
    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return message_box("confirm", parent, title, text).exec() == QMessageBox.StandardButton.Yes

    def confirm_destructive(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """A question whose safe answer (Cancel) is the default button."""
        box = message_box("destructive", parent, title, text, action)
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.DestructiveRole

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box("info", parent, title, text).exec()

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        message_box("error", parent, title, text).exec()

    def open_files(self, parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter or _tr("All files (*)"))
        return list(files)

    def directory(self, parent: QWidget | None, title: str) -> str:
        return QFileDialog.getExistingDirectory(parent, title, "")

    def save_file(self, parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter or _tr("All files (*)"))
        return path

    def text(self, parent: QWidget | None, title: str, label: str, secret: bool = False) -> str | None:
        box = input_box(parent, title, label, secret)
        ok = box.exec() == QInputDialog.DialogCode.Accepted
        value = box.textValue()
        box.deleteLater()
        return value if ok else None


_current: Prompts = Prompts()


def current() -> Prompts:
    return _current


def install(prompts: Prompts) -> Prompts:
    """Replace the prompts (tests); returns the previous ones."""
    global _current
    previous, _current = _current, prompts
    return previous
