"""Scanned pages: zoom in/out, fit, previous/next. Images are decoded in memory only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


class PageViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[str] = []
        self._loader: Callable[[str], bytes] | None = None
        self.index = 0
        self.zoom = 1.0
        self.image = QLabel(self.tr("No scanned pages."))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.position = QLabel()
        self.prev_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        zoom_in, zoom_out, fit = QPushButton(self.tr("Zoom in")), QPushButton(self.tr("Zoom out")), QPushButton(
            self.tr("Actual size"))
        self.prev_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom * 1.25))
        zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom / 1.25))
        fit.clicked.connect(lambda: self.set_zoom(1.0))
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        bar = QHBoxLayout()
        for w in (self.prev_button, self.next_button, self.position, zoom_out, zoom_in, fit):
            bar.addWidget(w)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll)

    def set_pages(self, pages: list[str], loader: Callable[[str], bytes]) -> None:
        self._pages, self._loader = pages, loader
        self.show_page(0)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.1, min(8.0, zoom))
        self.show_page(self.index)

    def show_page(self, index: int) -> None:
        if not self._pages or self._loader is None:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("No scanned pages."))
            self.position.setText("")
            self.prev_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.index = max(0, min(index, len(self._pages) - 1))
        pix = QPixmap()
        if pix.loadFromData(self._loader(self._pages[self.index])):
            self.image.setPixmap(pix.scaled(pix.size() * self.zoom, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        else:
            self.image.setText(self.tr("This page is not an image and cannot be shown here."))
        self.position.setText(self.tr("Page %1 of %2").replace("%1", str(self.index + 1)).replace(
            "%2", str(len(self._pages))))
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self._pages) - 1)
