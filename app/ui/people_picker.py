"""A people field: pick a user of the vault (with the role the field needs) or,
for someone from outside, type a name, shown as "(external)".

Typing a user's call sign in any case or script picks that user: "sokil"
becomes СОКІЛ, so the record can be sealed by its author.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.ui.people import same_person


class PeoplePicker(QComboBox):
    edited = Signal()

    def __init__(self, people: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`people`: (call sign, shown text) of the users who fit this field."""
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.people = list(people)
        self.addItem("", "")
        for callsign, shown in self.people:
            self.addItem(shown, callsign)
        completer = QCompleter([shown for _, shown in self.people], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setCurrentIndex(0)
        self.setToolTip(self.tr("Pick a user of this vault, or type the name of someone from outside."))
        self.currentTextChanged.connect(lambda _t: self.edited.emit())
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.resolve)
            line.setPlaceholderText(self.tr("Pick from the list, or type"))

    # the QLineEdit-like surface the tabs use ----------------------------------------------
    def text(self) -> str:
        """The call sign of the user picked, or the external name as typed."""
        typed = self.currentText().strip()
        if not typed:
            return ""
        index = self.currentIndex()
        if index > 0 and self.itemText(index) == self.currentText():
            return str(self.itemData(index))
        for callsign, shown in self.people:
            if typed == shown or same_person(typed, callsign):
                return callsign
        external = self.tr(" (external)")
        return typed.removesuffix(external).strip()

    def setText(self, value: str) -> None:  # the QLineEdit name, so tabs treat both alike
        value = value.strip()
        for i, (callsign, _shown) in enumerate(self.people, start=1):
            if value and same_person(value, callsign):
                self.setCurrentIndex(i)
                return
        if not value:
            self.setCurrentIndex(0)
            self.setEditText("")
            return
        self.setEditText(value + self.tr(" (external)"))

    def clear(self) -> None:
        self.setText("")

    def is_external(self) -> bool:
        value = self.text()
        return bool(value) and not any(value == cs for cs, _ in self.people)

    def resolve(self) -> None:
        """After typing: show the user picked (in their own spelling), or mark the name external."""
        value = self.text()
        if value and self.currentText() != (self.itemText(self.currentIndex()) if self.currentIndex() > 0 else ""):
            self.setText(value)
