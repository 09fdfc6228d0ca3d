"""Screen checks for the keyboard walk on a real screen (tests/test_keyboard_walk.py).

With DOSSIER_WALK_SCREEN=WIDTHxHEIGHT set (the walk then runs under its own Xvfb
of that size, xcb platform), every key the walk sends is checked first: the widget
it goes to (the focus widget, an open menu, or on Return the default button it
presses) must be visible, lie entirely inside the screen's available geometry and
not be scrolled out of any scroll area holding it; the window it is in must fit the
screen (frame geometry inside the available geometry). Problems are collected and
the walk asserts there are none at its end.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QMenu, QPushButton, QWidget

SWITCH = "DOSSIER_WALK_SCREEN"
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    name = text or widget.objectName() or widget.accessibleName() or widget.toolTip()[:40]
    return f"{type(widget).__name__} {name!r} in {widget.window().windowTitle()!r}"


def scrolled_out(widget: QWidget) -> str | None:
    """Why the widget is (partly) hidden by a scroll area holding it, or None when it is in view.
    A widget larger than the view must fill the view in that direction."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            view = parent.rect()
            rect = QRect(widget.mapTo(parent, widget.rect().topLeft()), widget.size())
            seen = view.intersected(rect)
            if seen.width() < min(rect.width(), view.width()) or seen.height() < min(rect.height(), view.height()):
                return (f"scrolled out of view in {type(area).__name__} {area.objectName()!r}: "
                        f"{seen.width()}x{seen.height()} of {rect.width()}x{rect.height()} seen")
        parent = parent.parentWidget()
    return None


@dataclass
class ScreenWatch:
    width: int
    height: int
    steps: int = 0
    windows: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    last: str = "the start"  # the step before, to say how the widget was reached

    def screen(self) -> QRect:
        screen = QGuiApplication.primaryScreen()
        assert screen is not None
        return screen.availableGeometry()

    def _problem(self, text: str) -> None:
        text = f"{text} (after {self.last})"
        if text not in self.problems:
            self.problems.append(text)

    def _window(self, window: QWidget) -> None:
        name = f"{type(window).__name__} {window.windowTitle()!r}"
        self.windows.add(name)
        frame, screen = window.frameGeometry(), self.screen()
        if not screen.contains(frame):
            self._problem(f"window {name} at {frame.getRect()} does not fit the screen {screen.getRect()}")

    def _widget(self, widget: QWidget) -> None:
        if not widget.isVisible():
            self._problem(f"{_label(widget)} gets keys but is not visible")
            return
        rect, screen = _global(widget), self.screen()
        if not screen.contains(rect):
            self._problem(f"{_label(widget)} at {rect.getRect()} is not inside the screen {screen.getRect()}")
        hidden = scrolled_out(widget)
        if hidden is not None:
            self._problem(f"{_label(widget)} is {hidden}")

    def __call__(self, widget: QWidget, key: Qt.Key | None) -> None:
        """Check the step about to send `key` (None: typed text) to `widget`."""
        self.steps += 1
        try:
            self._step(widget, key)
        finally:
            self.last = "typing" if key is None else Qt.Key(key).name

    def _step(self, widget: QWidget, key: Qt.Key | None) -> None:
        window = widget.window()
        self._window(window)
        if isinstance(widget, QMenu) or widget.isWindow():
            return  # a menu or a window itself: its fit is the window's
        self._widget(widget)
        if key in ENTER and not isinstance(widget, QAbstractButton):
            for button in window.findChildren(QPushButton):
                if button.isDefault() and button.isVisible() and button.isEnabled():
                    self._widget(button)


def screen_watch() -> ScreenWatch | None:
    """The watch when the switch is on (and the app really runs on such a screen), else None."""
    size = os.environ.get(SWITCH, "")
    if not size:
        return None
    width, height = (int(n) for n in size.split("x"))
    assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
    screen = QApplication.primaryScreen().geometry()
    assert (screen.width(), screen.height()) == (width, height), screen
    return ScreenWatch(width, height)
