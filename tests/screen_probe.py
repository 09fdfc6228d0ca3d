"""Run under a real X server by tests/test_screen_fit.py: open every screen of the
tour (tests/screen_tour.py) in each language and print, as JSON, what does not fit.

Checked for each window: its frame and its minimum size lie inside the screen;
every visible, enabled button lies inside the screen and is not clipped by its
window (a button in a scrolling page is scrolled into view first, as a person
would); no widget shows an internal code (snake_case such as sent_to_hq).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from app.ui.app import make_application  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from tests.screen_tour import broken, build_world, settle, tour  # noqa: E402

SNAKE = re.compile(r"(?<![\w./\\-])[a-z]+_[a-z0-9_]+(?![\w./\\-])")


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _bring_into_view(widget: QWidget) -> None:
    """Scroll every scroll area holding the widget, innermost first, as a person would."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()
    settle(20)


def _texts(window: QWidget) -> list[str]:
    out = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        out.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            root = w.rootIndex()
            try:
                columns = m.columnCount(root)
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            out += [str(m.index(r, c, root).data(role) or "") for r in range(min(m.rowCount(root), 30))
                    for c in range(columns) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    return [t for t in out if t]


def check(name: str, window: QWidget, screen: QRect, problems: list[str]) -> int:
    """Problems found in one window (and each page of its tabs); returns how many buttons were checked."""
    frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"{name}: window {frame.getRect()} is not inside the screen {screen.getRect()}")
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    if hint.width() > screen.width() or hint.height() > screen.height():
        problems.append(f"{name}: minimum size {hint.width()}x{hint.height()} exceeds the screen")
    checked = 0
    for button in window.findChildren(QAbstractButton):
        if not (button.isVisibleTo(window) and button.isVisible() and button.isEnabled()):
            continue
        _bring_into_view(button)
        rect, seen = _global(button), button.visibleRegion().boundingRect()
        label = button.text() or button.objectName() or button.toolTip() or type(button).__name__
        if not screen.contains(rect):
            problems.append(f"{name}: button '{label}' at {rect.getRect()} is outside the screen")
        elif seen.size() != button.size() and button.width() > 4:
            problems.append(f"{name}: button '{label}' is cut off ({seen.width()}x{seen.height()} of "
                            f"{button.width()}x{button.height()} visible)")
        checked += 1
    for label in window.findChildren(QLabel):
        shown = label.isVisibleTo(window) and label.isVisible() and label.text().strip()
        if not shown or not label.pixmap().isNull():
            continue
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        wide = label.sizeHint().width() if not label.wordWrap() else 0
        if needed > label.height() + 1 or wide > label.width() + 1:
            problems.append(f"{name}: text cut off ({label.width()}x{label.height()}, needs "
                            f"{max(wide, label.width())}x{needed}): {label.text()[:60]!r}")
    for area in window.findChildren(QScrollArea):
        if area.objectName().startswith("scroll_") and area.isVisible() and area.horizontalScrollBar().isVisible():
            problems.append(f"{name}: the page {area.objectName()} scrolls sideways "
                            f"(needs {area.widget().minimumSizeHint().width()} px, has {area.viewport().width()})")
    for text in _texts(window):
        for code in SNAKE.findall(text):
            problems.append(f"{name}: internal code '{code}' shown in: {text[:80]!r}")
    return checked


def main() -> int:
    app = make_application()
    shots = os.environ.get("SCREEN_PROBE_SHOTS", "")
    control = "--control" in sys.argv
    world = None if control else build_world()
    report: dict[str, object] = {"problems": [], "windows": [], "buttons": 0}
    problems: list[str] = report["problems"]  # type: ignore[assignment]
    langs = [a for a in sys.argv[1:] if not a.startswith("--")] or ["en", "uk"]
    for lang in langs:
        install_language(app, lang)
        screen = app.primaryScreen().geometry()
        report["screen"] = [screen.width(), screen.height()]
        for name, window in (broken() if world is None else tour(world)):
            report["windows"].append(f"{lang}:{name}")  # type: ignore[attr-defined]
            if shots:  # the whole screen, as the officer would see it
                app.primaryScreen().grabWindow(0).save(str(Path(shots) / f"{name}-{lang}.png"))
            report["buttons"] += check(f"{lang}:{name}", window, screen, problems)  # type: ignore[operator]
    if world is not None:
        world.demo.close()
        world.empty.close()
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
