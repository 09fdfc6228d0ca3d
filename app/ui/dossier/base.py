"""What every dossier section shares: load/store the Dossier, report edits,
and show validation messages next to the fields they concern."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.model import Dossier
from app.ui.widgets import error_label
from app.vault.session import VaultSession


class SectionTab(QWidget):
    changed = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self._errors: dict[str, QLabel] = {}

    def load(self, d: Dossier) -> None:
        self._loading = True
        try:
            self.fill(d)
        finally:
            self._loading = False

    def fill(self, d: Dossier) -> None:
        raise NotImplementedError

    def store(self, d: Dossier) -> None:
        """Write the widgets' values into the dossier."""
        raise NotImplementedError

    def problems(self) -> list[str]:
        """Validation messages (also shown next to their fields)."""
        return []

    def emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    # -- inline validation ----------------------------------------------------------------
    def add_row(self, form: QFormLayout, label: str, widget: QWidget, key: str = "") -> QWidget:
        form.addRow(label, widget)
        lbl = form.labelForField(widget)
        if isinstance(lbl, QLabel):
            lbl.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        if key:
            err = error_label(f"error_{key}", hidden=True)
            form.addRow("", err)
            self._errors[key] = err
        return widget

    def show_error(self, key: str, message: str) -> None:
        err = self._errors.get(key)
        if err is not None:
            err.setText(message)
            err.setVisible(bool(message))

    def clear_errors(self) -> None:
        for err in self._errors.values():
            err.clear()
            err.hide()


def date_edit(placeholder: str = "YYYY-MM-DD") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(10)
    return edit


def parse_date(text: str) -> tuple[date | None, bool]:
    """(date, ok): an empty field is (None, True); a bad one is (None, False)."""
    text = text.strip()
    if not text:
        return None, True
    try:
        return date.fromisoformat(text), True
    except ValueError:
        return None, False


def split_list(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
