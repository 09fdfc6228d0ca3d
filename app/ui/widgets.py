"""Small widgets and helpers the windows share: colours that stay readable in a
light or dark system palette, hint and error labels, the DEMO banner, and
window sizes that fit the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QWidget,
)

# (light palette, dark palette): each at least 4.5:1 against that palette's window colour
_COLOURS = {
    "red": ("#b00020", "#ff8a80"),
    "amber": ("#8a5300", "#ffcc80"),
    "green": ("#1b5e20", "#a5d6a7"),
}


def is_dark() -> bool:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str) -> str:
    """A text colour for red/amber/green that is readable on the current palette."""
    light, dark = _COLOURS[name]
    return dark if is_dark() else light


def error_style() -> str:
    return f"color: {colour('red')};"


def error_label(object_name: str, hidden: bool = False) -> QLabel:
    """A red, wrapping label for a validation or failure message."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.setVisible(not hidden)
    return label


def hint_label(object_name: str, text: str = "") -> QLabel:
    """Why something is unavailable, or what to do next: shown beside it, not only in a tooltip."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setVisible(bool(text))
    return label


def demo_banner() -> QLabel:
    """The training-vault banner inside a window (black on amber in any palette)."""
    label = QLabel(QCoreApplication.translate(
        "Widgets", "DEMO — training vault with made-up applicants. Nothing here is a real case."))
    label.setObjectName("demo_banner")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("background: #ffc107; color: #000000; font-weight: bold; padding: 4px;")
    return label


def language_box(chosen: Callable[[str], None]) -> QComboBox:
    """English / Українська, on the screens before unlock; `chosen(code)` when switched."""
    from app.ui.i18n import LANGUAGES, current_language

    box = QComboBox()
    box.setObjectName("language")
    box.setAccessibleName("Language / Мова")
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(current_language())))
    box.currentIndexChanged.connect(lambda _i: chosen(str(box.currentData())))
    return box


def read_only_table(headers: list[str], object_name: str = "") -> QTableWidget:
    """A list of rows to read (the retention and exports windows): one column per header, whole rows
    selected, nothing editable, columns as wide as their contents (whole case numbers), the last one
    taking the spare width, no row numbers."""
    table = QTableWidget(0, len(headers))
    if object_name:
        table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def busy_bar() -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.hide()
    return bar


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to width×height, or to the screen's free area if that is smaller
    (a 1366×768 laptop, or 1920×1080 at 150 % scaling); frame and panels allowed for."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    free = screen.availableGeometry()
    frame_w, frame_h = 16, 48  # a window manager's border and title bar, before the window has one
    window.resize(min(width, free.width() - frame_w), min(height, free.height() - frame_h))
    window.move(free.left() + max(0, (free.width() - window.width() - frame_w) // 2),
                free.top() + max(0, (free.height() - window.height() - frame_h) // 2))
