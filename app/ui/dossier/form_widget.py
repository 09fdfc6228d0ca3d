"""Renders an interview template as widgets, live: relevance hides fields, and
required/constraint problems show under the field they concern."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import forms
from app.ui import dates
from app.ui import limits as input_limits
from app.ui.date_edit import DateEdit
from app.ui.i18n import current_language
from app.ui.messages import tr_message
from app.ui.widgets import error_label


class FormWidget(QWidget):
    changed = Signal()

    def __init__(self, template: forms.Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self.lang = current_language()
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        for section in template.sections:
            box = QGroupBox(section.title.get(self.lang) or section.title.get("en", section.id))
            form = QFormLayout(box)
            for f in section.fields:
                widget = self._make(f)
                widget.setObjectName(f"field_{f.id}")
                if f.type in ("text", "multiline"):
                    input_limits.limit(widget, forms.max_chars(f))
                label = f.text(self.lang) + (" *" if f.required else "")
                form.addRow(label, widget)
                widget.setAccessibleName(f.text(self.lang))
                err = error_label(f"error_{f.id}", hidden=True)
                form.addRow("", err)
                self.inputs[f.id], self.errors[f.id] = widget, err
                self._rows[f.id] = (form, widget)
            layout.addWidget(box)
        input_limits.apply(self)
        self.refresh()

    def _make(self, f: forms.Field) -> QWidget:
        w: QWidget
        if f.type == "text":
            w = QLineEdit()
            w.textChanged.connect(self._edited)
        elif f.type == "multiline":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setMinimumHeight(60)
            w.textChanged.connect(self._edited)
        elif f.type == "date":  # typed in the locale's order, stored as ISO
            w = DateEdit()
            w.textChanged.connect(self._edited)
        elif f.type in ("choice", "yes_no"):
            w = QComboBox()
            w.addItem("", None)
            options = f.choices if f.type == "choice" else (
                ("yes", {"en": "Yes", "uk": "Так"}), ("no", {"en": "No", "uk": "Ні"}))
            for value, label in options:
                w.addItem(label.get(self.lang) or label.get("en", value), value)
            w.currentIndexChanged.connect(self._edited)
        elif f.type == "multi_choice":
            w = QListWidget()
            for value, label in f.choices:
                item = QListWidgetItem(label.get(self.lang) or label.get("en", value))
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                w.addItem(item)
            w.setFixedHeight(w.sizeHintForRow(0) * w.count() + 2 * w.frameWidth() + 4)
            w.itemChanged.connect(self._edited)
        else:  # scale
            w = QSpinBox()
            w.setRange(f.min - 1, f.max)
            w.setSpecialValueText(QCoreApplication.translate("FormWidget", "not rated"))
            w.valueChanged.connect(self._edited)
        return w

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.refresh()
            self.changed.emit()

    def value(self, f: forms.Field) -> Any:
        w = self.inputs[f.id]
        if isinstance(w, DateEdit):
            typed = w.typed()
            return typed.value.isoformat() if typed.ok and typed.value else w.text().strip()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QLineEdit):
            return w.text().strip()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QListWidget):
            return [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                    if w.item(i).checkState() == Qt.CheckState.Checked]
        assert isinstance(w, QSpinBox)
        return None if w.value() < f.min else w.value()

    def answers(self) -> dict[str, Any]:
        raw = {f.id: self.value(f) for f in self.template.fields}
        return {k: v for k, v in raw.items() if v not in (None, "", [])}

    def set_answers(self, answers: dict[str, Any]) -> None:
        self._loading = True
        try:
            for f in self.template.fields:
                w, value = self.inputs[f.id], answers.get(f.id)
                if isinstance(w, DateEdit):
                    w.setText(dates.normalised(str(value or "")))
                elif isinstance(w, QPlainTextEdit):
                    w.setPlainText(str(value or ""))
                elif isinstance(w, QLineEdit):
                    w.setText(str(value or ""))
                elif isinstance(w, QComboBox):
                    w.setCurrentIndex(max(0, w.findData(value)))
                elif isinstance(w, QListWidget):
                    chosen = set(value or [])
                    for i in range(w.count()):
                        item = w.item(i)
                        state = item.data(Qt.ItemDataRole.UserRole) in chosen
                        item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
                elif isinstance(w, QSpinBox):
                    w.setValue(int(value) if isinstance(value, int) else f.min - 1)
        finally:
            self._loading = False
        self.refresh()

    def problems(self) -> dict[str, str]:
        return forms.check_answers(self.template, self.answers(), self.lang)

    def refresh(self, show_required: bool = False) -> dict[str, str]:
        """Hide irrelevant fields; show constraint problems (and required ones on request)."""
        answers = self.answers()
        problems = forms.check_answers(self.template, answers, self.lang)
        for f in self.template.fields:
            form, widget = self._rows[f.id]
            relevant = forms.is_relevant(f, answers)
            form.setRowVisible(widget, relevant)
            message = problems.get(f.id, "")
            if not show_required and f.id not in answers:
                message = ""  # do not nag about empty fields while typing
            self.errors[f.id].setText(tr_message(message))  # a coded problem in the interface language
            form.setRowVisible(self.errors[f.id], bool(message) and relevant)
        return problems
