"""Drive the app with key events only, as a person without a mouse would.

Keys go to whatever has the keyboard focus (or the open menu); `tab_to` presses
Tab until a widget has the focus, so a widget Tab cannot reach fails the test.
Modal dialogs (the passphrase to seal, a confirmation, the Users dialog) open in
their own event loop: `Modals` answers them with keys as they appear, and
rejects and records any that nobody expected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMenu, QMessageBox, QWidget

# Called with (the widget a key goes to, the key or None for typed text) before each key is sent:
# tests/walk_screen.py checks there that a person could see what they type into.
watchers: list[Callable[[QWidget, Qt.Key | None], None]] = []


def _watch(widget: QWidget, key: Qt.Key | None) -> None:
    for watcher in watchers:
        watcher(widget, key)


def target() -> QWidget:
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup
    focus = QApplication.focusWidget()
    if focus is not None:
        return focus
    window = QApplication.activeModalWidget() or QApplication.activeWindow()
    assert window is not None, "nothing has the keyboard focus"
    return window


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        widget = target()
        _watch(widget, key)
        QTest.keyClick(widget, key, modifiers)
        QApplication.processEvents()


def type_keys(text: str) -> None:
    """Type any text, Cyrillic too, key by key into what has the focus."""
    for ch in text:
        widget = target()
        _watch(widget, None)
        if ch.isascii() and ch.isprintable():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         ch))
        QApplication.processEvents()


def has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def tab_to(widget: QWidget, limit: int = 150) -> None:
    """Tab forward until `widget` (or its own line edit) has the focus."""
    for _ in range(limit):
        if has_focus(widget):
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {type(widget).__name__} {widget.objectName()!r}")


def choose(combo: QComboBox, value: object) -> None:
    """Pick an item of a combo box with the arrow keys."""
    tab_to(combo)
    wanted = combo.findData(value)
    assert wanted >= 0, value
    for _ in range(combo.count() + 1):
        if combo.currentIndex() == wanted:
            return
        press(Qt.Key.Key_Down if combo.currentIndex() < wanted else Qt.Key.Key_Up)
    raise AssertionError(f"the arrow keys never reach {value!r}")


def menu(mnemonic: Qt.Key, item: str) -> None:
    """Open a menu with Alt+letter, walk to an item with the arrow keys, press Return."""
    press(mnemonic, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu), "Alt+letter opened no menu"
    for _ in range(len(popup.actions()) + 1):
        current = popup.activeAction()
        if current is not None and current.text().replace("&", "") == item:
            press(Qt.Key.Key_Return)
            return
        press(Qt.Key.Key_Down)
    raise AssertionError(f"no menu item {item!r}")


@dataclass
class Modals:
    """Answers modal dialogs with keys: each handler gets the dialog and returns True when done."""

    handlers: list[tuple[str, Callable[[QDialog], None]]] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        self._busy = False

    def expect(self, kind: str, handler: Callable[[QDialog], None]) -> None:
        self.handlers.append((kind, handler))

    def passphrase(self, text: str) -> None:
        def answer(_dialog: QDialog) -> None:
            type_keys(text)
            press(Qt.Key.Key_Return)
        self.expect("QInputDialog", answer)

    def yes(self) -> None:
        """A question: Return takes its default answer, Yes."""
        self.expect("QMessageBox", lambda _d: press(Qt.Key.Key_Return))

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if self._busy or not isinstance(dialog, QDialog) or not dialog.isVisible():
            return
        kind = type(dialog).__name__
        self.seen.append(kind)
        if self.handlers and self.handlers[0][0] in {c.__name__ for c in type(dialog).__mro__}:
            _kind, handler = self.handlers.pop(0)
            self._busy = True
            try:
                dialog.activateWindow()
                for _ in range(200):  # the window system gives it the keyboard
                    if QApplication.activeWindow() is dialog and QApplication.focusWidget() is not None:
                        break
                    QTest.qWait(10)
                handler(dialog)
            finally:
                self._busy = False
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
        self.unexpected.append(f"{kind}: {text}")
        dialog.reject()

    def stop(self) -> None:
        self.timer.stop()
