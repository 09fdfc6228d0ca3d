"""What every dossier section shares: load/store the Dossier, report edits,
and show validation messages next to the fields they concern."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.domain.model import Dossier
from app.ui import dates
from app.ui.date_edit import DateEdit
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


def date_edit(partial: bool = False) -> DateEdit:
    return DateEdit(partial)


def parse_date(text: str) -> tuple[date | None, bool]:
    """(date, ok): an empty field is (None, True); a bad one is (None, False).
    The locale's order (12.04.1990) and ISO (1990-04-12) are both accepted."""
    typed = dates.parse(text)
    return typed.value, typed.ok


def date_hint() -> str:
    """How to write a date, for a message next to a field that holds none."""
    sep = dates.separator()
    return QCoreApplication.translate("SectionTab", "Use a date as %1 (or YYYY-MM-DD).").replace(
        "%1", QCoreApplication.translate("DateEdit", "DD") + sep + QCoreApplication.translate("DateEdit", "MM") + sep
        + QCoreApplication.translate("DateEdit", "YYYY"))


def split_list(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
