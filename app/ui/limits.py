"""Length limits on typed input, from the interchange schema (app/domain/limits.py).

The vault checks every saved dossier against the schema whatever the window
does; these limits stop typing (or pasting) at the same lengths, so nobody
types a page the save would then refuse. One-line fields take at most 1,000
characters unless the schema says less (names 100); text boxes 100,000 (the
written application 200,000); interview answers as their form field allows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.domain import limits as domain

LINE_DEFAULT = 1_000
TEXT_DEFAULT = domain.LONG_ANSWER_CHARS
BY_NAME = {  # object names of the dossier window's inputs whose schema limit differs
    "surname": 100, "given_name": 100, "patronymic": 100, "surname_latin": 100, "given_name_latin": 100,
    "patronymic_latin": 100, "date_of_birth": 10, "received_on": 10, "application_text": 200_000,
    "rationale": 50_000,
}


def limit(widget: QWidget, chars: int) -> None:
    """Stop a line edit or text box at `chars` characters (pasted text is cut there)."""
    widget.setProperty("max_chars", chars)
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(chars)
    elif isinstance(widget, QPlainTextEdit):
        def cut() -> None:
            text = widget.toPlainText()
            if len(text) > chars:
                position = min(widget.textCursor().position(), chars)
                widget.setPlainText(text[:chars])
                cursor = widget.textCursor()
                cursor.setPosition(position)
                widget.setTextCursor(cursor)
        widget.textChanged.connect(cut)


def apply(root: QWidget) -> None:
    """Limit every input under `root` that has no limit yet."""
    for edit in root.findChildren(QLineEdit):
        if edit.property("max_chars") is None and not edit.isReadOnly():
            limit(edit, min(edit.maxLength(), BY_NAME.get(edit.objectName(), LINE_DEFAULT)))
    for box in root.findChildren(QPlainTextEdit):
        if box.property("max_chars") is None and not box.isReadOnly():
            limit(box, BY_NAME.get(box.objectName(), TEXT_DEFAULT))
