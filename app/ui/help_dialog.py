"""Help → User guide: the officer's guide shipped with the app, rendered from its
Markdown with its screenshots, offline. Links to other guides open here; links
to the web are not followed (there is no network)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImageReader, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.resources import docs_root
from app.ui.i18n import current_language
from app.ui.widgets import fit_to_screen


def guide_path(name: str = "user-guide") -> Path:
    """The guide in the interface language if there is one, else in English."""
    root = docs_root()
    local = root / f"{name}.{current_language()}.md"
    return local if current_language() != "en" and local.is_file() else root / f"{name}.md"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, page: str = "user-guide") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenLinks(False)
        self.current = Path()
        self.browser.anchorClicked.connect(self._follow)
        self.note = QLabel()
        self.note.setObjectName("guide_note")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        fit_to_screen(self, 960, 760)
        self.show_file(guide_path(page))

    def show_file(self, path: Path) -> None:
        if not path.is_file():
            self.browser.setPlainText(self.tr("The guide is not installed with this copy of the app."))
            return
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setMarkdown(path.read_text("utf-8"),
                                            QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.current = path
        self._fit_images()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # the document was filled behind the cursor
        english_only = current_language() != "en" and not path.name.endswith(f".{current_language()}.md")
        self.note.setText(self.tr("This guide is not translated yet; it is shown in English.") if english_only else "")

    def _fit_images(self) -> None:
        """Screenshots are 1366 px wide: shown at most as wide as the page, keeping their shape."""
        doc = self.browser.document()
        limit = max(300, self.browser.viewport().width() - 40)
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fragment.isValid() and fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    size = QImageReader(str(self.current.parent / image.name())).size()
                    if size.width() > limit:
                        fitted = QTextImageFormat(image)
                        fitted.setWidth(limit)
                        fitted.setHeight(size.height() * limit / size.width())
                        cursor = self.browser.textCursor()
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), cursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(fitted)
                it += 1
            block = block.next()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            self.note.setText(self.tr("This link leads to the web (%1); the app works offline and does not open it.")
                              .replace("%1", url.toString()))
            return
        target = (self.current.parent / url.path()).resolve() if not url.isLocalFile() else Path(url.toLocalFile())
        if target.suffix == ".md" and target.is_file() and docs_root().resolve() in target.parents:
            self.note.clear()
            self.show_file(target)
            if url.fragment():
                self.browser.scrollToAnchor(url.fragment())
        elif url.fragment():
            self.browser.scrollToAnchor(url.fragment())
