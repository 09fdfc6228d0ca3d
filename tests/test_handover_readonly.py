"""After a case was handed to another post through HQ (issue 20), this laptop only reads it: the
dossier window says so and offers nothing that writes, and a send refuses it before the stick is touched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.interchange import parse_document
from tests.conftest import sample_doc

REASON = "the applicant's unit moved to the Lviv garrison"


def _hand_away(session: Any, case: str) -> None:
    session.mark_handed_to_post(case, ("Alpha", "KYIV"), ("Whiskey", "lviv"), REASON)


def _menu_texts(window: Any) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_a_handed_over_case_opens_read_only_with_a_banner(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from app.ui.dossier.window import DossierWindow
    from tests.gui_helpers import type_text

    case = session.add_applicant(parse_document(sample_doc()))
    _hand_away(session, case)
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    w.show()
    banner = w.findChild(QLabel, "read_only_banner")
    assert banner is not None and banner.isVisible()
    assert "LVIV" in banner.text() and "Whiskey" in banner.text() and "read-only on this laptop" in banner.text()
    texts = _menu_texts(w)
    assert "Save" not in texts and "Send to HQ…" not in texts and "Another polygraph" not in texts
    assert "Close" in texts
    surname = w.personal.names["surname"]
    assert not surname.isEnabled() and not w.application.text.isEnabled()
    assert not w.decision.isEnabled() and not w.exam1.isEnabled() and not w.checks.isEnabled()
    assert not w.attachments.add_button.isEnabled() and not w.interviews.new_button.isEnabled()
    assert w.history.isEnabled()  # the history stays readable
    type_text(surname, "Змінено")  # a disabled field takes no typing
    assert not w.dirty and "Змінено" not in surname.text()
    w.close()
    assert not session.load_draft(case)  # nothing was written, not even a draft


def test_the_banner_is_in_ukrainian(qtbot, session, scripted, ukrainian) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from app.ui.dossier.window import DossierWindow

    case = session.add_applicant(parse_document(sample_doc()))
    _hand_away(session, case)
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    text = w.findChild(QLabel, "read_only_banner").text()
    assert "LVIV" in text and "read-only" not in text and "ноутбуці" in text


def test_an_ordinary_case_stays_editable(qtbot, session, scripted) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from app.ui.dossier.window import DossierWindow
    from tests.gui_helpers import type_text

    case = session.add_applicant(parse_document(sample_doc()))
    w = DossierWindow(session, case)
    qtbot.addWidget(w)
    w.show()
    assert not w.findChild(QLabel, "read_only_banner").isVisible()
    assert "Save" in _menu_texts(w) and "Send to HQ…" in _menu_texts(w)
    assert w.personal.isEnabled() and w.decision.isEnabled() and w.interviews.new_button.isEnabled()
    type_text(w.application.text, "ж")
    assert w.dirty
    with qtbot.waitSignal(w.saved, timeout=5000):
        assert w.save()
    w.close()


def test_sending_a_handed_over_case_writes_nothing(field: Any, tmp_path: Path) -> None:
    from app.casefile.export import export_cases
    from app.errors import PermissionDenied
    from tests.exchange_helpers import add_case

    ordinary, handed = add_case(field), add_case(field, surname="Бондар")
    _hand_away(field, handed)
    stick = tmp_path / "stick"
    stick.mkdir()
    leftover = stick / ".bundle.partial-1"  # what an earlier interrupted write left: not touched either
    leftover.write_bytes(b"x")
    before = sorted(p.name for p in stick.iterdir())
    for batch in ([handed], [ordinary, handed]):
        with pytest.raises(PermissionDenied) as refused:
            export_cases(field, batch, stick)
        assert refused.value.message.message.code == "err.handed_away"
        assert sorted(p.name for p in stick.iterdir()) == before
    assert field.get_dossier(ordinary).sent_to_hq_at is None and field.get_dossier(handed).sent_to_hq_at is None
    assert len(export_cases(field, [ordinary], stick).exported) == 1  # an ordinary case still goes
