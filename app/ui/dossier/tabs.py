"""The dossier's tabs: each page scrolls inside its tab, so no page sets the
window's minimum size (a 1366×768 laptop, or 1920×1080 at 150 %), and Alt+1…9
open the tabs from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class ScrollingTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[QWidget] = []
        self._keys = 0  # Alt+N shortcuts made so far
        self.setUsesScrollButtons(True)
        self.setDocumentMode(True)

    def add_page(self, page: QWidget, title: str) -> int:
        return self.insert_page(len(self.pages), page, title)

    def insert_page(self, at: int, page: QWidget, title: str) -> int:
        """A page in its own scroll area at tab `at` (an exam tab goes before the decision)."""
        area = QScrollArea()
        area.setObjectName(f"scroll_{page.objectName() or len(self.pages)}")
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.pages.insert(at, page)
        index = self.insertTab(at, area, title)
        for i in range(self.count()):  # Alt+1…9 open the first nine tabs, wherever one was inserted
            if i == self._keys < 9:
                key = QShortcut(QKeySequence(f"Alt+{i + 1}"), self)
                key.setContext(Qt.ShortcutContext.WindowShortcut)
                key.activated.connect(lambda i=i: self.open_page(i))
                self._keys += 1
            self.setTabToolTip(i, f"Alt+{i + 1}" if i < 9 else "")  # a tab pushed past the ninth has no key
        return index

    def open_page(self, index: int) -> None:
        """Show a page and put the keyboard focus on its first field."""
        self.setCurrentIndex(index)
        page = self.pages[index]
        first = page.nextInFocusChain()
        while first is not None and first is not page and not (
                page.isAncestorOf(first) and first.isEnabled() and first.isVisible()
                and first.focusPolicy() & Qt.FocusPolicy.TabFocus):
            first = first.nextInFocusChain()
        if first is not None and first is not page:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # the page itself stands for its tab, as with a plain QTabWidget
    def indexOf(self, widget: QWidget) -> int:
        if widget in self.pages:
            return self.pages.index(widget)
        return super().indexOf(widget)

    def setCurrentWidget(self, widget: QWidget) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)

    def current_page(self) -> QWidget | None:
        index = self.currentIndex()
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def scroll_area(self, page: QWidget) -> QScrollArea | None:
        area = self.widget(self.indexOf(page))
        return area if isinstance(area, QScrollArea) else None
