"""The field that gets the keyboard is scrolled fully into view.

Qt scrolls a scroll area on Tab only far enough to show a text box's cursor, and
not at all when the focus is put somewhere by a shortcut (Alt+N, a new table row),
so on a small screen an officer typed into a box half hidden below the page's edge.
Whenever the focus moves inside a window and no mouse button is down (a click
must not scroll what is under the pointer), every scroll area holding the new
focus widget, innermost first, scrolls so the whole widget shows; a widget larger
than the view fills the view, and its cursor shows.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

MARGIN = 6  # px of the page kept around the field when there is room

FOLLOWING = "dossier_follows_focus"  # set on the application once it is followed


def bring_into_view(widget: QWidget) -> None:
    """Scroll each scroll area holding `widget`, innermost first, so all of it shows."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None and content.isAncestorOf(widget):
            view = parent.viewport().size()
            centre = widget.mapTo(content, QPoint(widget.width() // 2, widget.height() // 2))
            x_margin = min(widget.width() // 2 + MARGIN, view.width() // 2)
            y_margin = min(widget.height() // 2 + MARGIN, view.height() // 2)
            parent.ensureVisible(centre.x(), centre.y(), x_margin, y_margin)
            if widget.width() > view.width() or widget.height() > view.height():
                parent.ensureWidgetVisible(widget, 0, 0)  # larger than the view: it fills the view; the cursor shows
        parent = parent.parentWidget()


def _moved(old: QWidget | None, new: QWidget | None) -> None:
    if old is None or new is None:
        return  # a window gaining or losing the keyboard: the page stays where the officer left it
    if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
        return
    bring_into_view(new)


def follow_focus(app: QApplication) -> None:
    """Keep the focus widget in view in every window of `app` (once per application)."""
    if app.property(FOLLOWING):
        return
    app.setProperty(FOLLOWING, True)
    app.focusChanged.connect(_moved)
