"""Small widgets the windows share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar

ERROR_STYLE = "color: #b00020;"


def error_label(object_name: str, hidden: bool = False) -> QLabel:
    """A red, wrapping label for a validation or failure message."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(not hidden)
    return label


def busy_bar() -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.hide()
    return bar
