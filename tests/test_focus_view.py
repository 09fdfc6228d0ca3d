"""The field that gets the keyboard scrolls fully into view (app/ui/focus_view.py);
a mouse click or a window regaining the keyboard does not move the page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from app.ui.focus_view import follow_focus
from tests.walk_screen import scrolled_out


def _page(qtbot, nested: bool = False):  # type: ignore[no-untyped-def]
    """A 320×200 window: a scrolling page of ten line edits, a tall text box, ten more
    (with `nested`, the page holds a second scrolling area with the text box)."""
    follow_focus(QApplication.instance())  # type: ignore[arg-type]
    window = QWidget()
    window.resize(320, 200)
    outer = QVBoxLayout(window)
    area = QScrollArea()
    area.setWidgetResizable(True)
    outer.addWidget(area)
    page = QWidget()
    column = QVBoxLayout(page)
    edits = [QLineEdit() for _ in range(20)]
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(120)
    for edit in edits[:10]:
        column.addWidget(edit)
    if nested:
        inner = QScrollArea()
        inner.setWidgetResizable(True)
        inner.setFixedHeight(100)
        holder = QWidget()
        stack = QVBoxLayout(holder)
        for _ in range(4):
            stack.addWidget(QLineEdit())
        stack.addWidget(box)
        inner.setWidget(holder)
        column.addWidget(inner)
    else:
        column.addWidget(box)
    for edit in edits[10:]:
        column.addWidget(edit)
    area.setWidget(page)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, area, edits, box


def test_tab_shows_the_whole_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, area, edits, box = _page(qtbot)
    edits[0].setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(21):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert scrolled_out(focus) is None, (type(focus).__name__, scrolled_out(focus))
        seen.append(focus)
    assert box in seen and edits[-1] in seen and area.verticalScrollBar().value() > 0


def test_a_field_focused_by_a_shortcut_shows(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+N or a new table row put the focus far down the page: it scrolls there."""
    _window, _area, edits, box = _page(qtbot)
    edits[0].setFocus()
    assert scrolled_out(box) is not None  # below the view to begin with
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    assert scrolled_out(box) is None
    edits[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
    assert scrolled_out(edits[0]) is None


def test_nested_scroll_areas_both_scroll(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, _area, edits, box = _page(qtbot, nested=True)
    edits[0].setFocus()
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    # the 120 px box is taller than its 100 px area: that area shows what it can, the page shows that area
    assert scrolled_out(box) is None, scrolled_out(box)


def test_a_click_does_not_move_the_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, area, edits, box = _page(qtbot)
    edits[0].setFocus()
    bar = area.verticalScrollBar()
    bar.setValue(box.y() - area.viewport().height() + 60)  # the top half of the box peeks in at the bottom
    assert scrolled_out(box) is not None
    before = bar.value()
    QTest.mousePress(box.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert box.hasFocus() and bar.value() == before
    QTest.mouseRelease(box.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_a_window_regaining_the_keyboard_stays_put(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, area, edits, _box = _page(qtbot)
    edits[19].setFocus(Qt.FocusReason.TabFocusReason)
    bar = area.verticalScrollBar()
    bar.setValue(0)  # the officer scrolled back up with the wheel
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert edits[19].hasFocus() and bar.value() == 0
