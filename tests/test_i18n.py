"""Languages: the Ukrainian translation is complete, current and actually shown."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QMenu, QWidget

from app.ui.main_window import MainWindow
from tests.conftest import ROOT

TS = ROOT / "resources" / "translations" / "field_dossier_uk.ts"
CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")


def test_ts_is_complete() -> None:
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 250
    for m in messages:
        tr = m.find("translation")
        assert tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"), m.findtext("source")
        text = (tr.text or "") + "".join(f.text or "" for f in tr.iter("numerusform"))
        assert text.strip(), m.findtext("source")


def test_ts_matches_the_code(tmp_path: Path) -> None:
    """Every translatable string in app/ui is in the .ts (lupdate finds nothing new)."""
    copy = tmp_path / "check.ts"
    copy.write_bytes(TS.read_bytes())
    tool = Path(__import__("sys").executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    out = subprocess.run([str(tool), *sources, "-ts", str(copy)], capture_output=True, text=True, check=True)
    assert "(0 new and" in out.stdout + out.stderr, out.stdout + out.stderr


def _visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
    for menu in window.findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions()]
    model = getattr(window, "model", None)
    if model is not None:
        texts += [model.headerData(i, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
                  for i in range(model.columnCount())]
    return [t for t in texts if t and t.strip()]


def test_main_window_in_ukrainian_has_no_english(qtbot, session, ukrainian) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.message.text() != "", timeout=5000)
    allowed = {session.post_code, session.user.callsign, "Field Dossier"}
    untranslated = []
    for text in _visible_texts(window):
        rest = text
        for word in allowed:
            rest = rest.replace(word, "")
        if re.search(r"[A-Za-z]{2,}", rest) and not CYRILLIC.search(rest):
            untranslated.append(text)
    assert untranslated == []
    assert window.search.placeholderText().startswith("Пошук")
    assert window.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Номер справи"


def test_dates_follow_the_locale(qtbot, session, ukrainian) -> None:  # type: ignore[no-untyped-def]
    from app.domain.interchange import parse_document
    from tests.conftest import sample_doc

    session.add_applicant(parse_document(sample_doc()))
    window = MainWindow(session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    assert window.model.data(window.model.index(0, 3)) == "12.04.1991"  # uk_UA date order, four-digit year


def test_guard_refusals_reach_the_officer_in_ukrainian(qtbot, ukrainian) -> None:  # type: ignore[no-untyped-def]
    """The guarded write layer's messages (English, from the Qt-free layers) are translated whole."""
    from app.domain.enums import Role
    from app.domain.roles import Action, refusal
    from app.ui.messages import tr_message

    text = tr_message(refusal(Role.EXAMINER, [Action.EDIT_CASE, Action.WAIVE_CHECK]))
    assert text == "Поліграфолог не може змінювати в справі особу, заяву, співбесіди чи перевірки; " \
                   "звільняти від перевірки."
    assert tr_message(refusal(Role.OFFICER, [Action.SEAL_EXAM])) == \
        "Офіцер не може скріплювати опитування на поліграфі."
    from app.domain import msg

    assert tr_message(msg.text("err.author_seals.exam", "Bravo")) == \
        "Скріпити опитування на поліграфі може лише його автор (Bravo)."
    assert tr_message(msg.text("err.wrong_role", msg.text("field.examiner"), "Olga", "examiner")) == \
        "поліграфолог: Olga не має потрібної для цього ролі (examiner)"
    for action in Action:  # every action has its Ukrainian words
        assert not re.search("[a-z]{3}", tr_message(refusal(Role.SUPERVISOR, [action]))), action
