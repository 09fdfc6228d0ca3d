"""The log keeps full stack detail but never exception messages (which may hold case data)."""

from __future__ import annotations

import logging
from pathlib import Path

from app.logging_setup import setup_logging


def test_exception_messages_are_withheld(tmp_path: Path) -> None:
    path = setup_logging(directory=tmp_path / "logs")
    assert path is not None and (path.stat().st_mode & 0o077) == 0
    try:
        try:
            raise KeyError("Шевчук Олег FA123456")
        except KeyError as inner:
            raise ValueError("surname Шевчук is invalid") from inner
    except ValueError:
        logging.getLogger("test").exception("save failed")
    for h in logging.getLogger().handlers:
        h.flush()
    text = path.read_text()
    assert "save failed" in text
    assert "builtins.ValueError (message withheld)" in text
    assert "caused by: builtins.KeyError" in text
    assert "test_logging.py" in text and "test_exception_messages_are_withheld" in text
    assert "Шевчук" not in text and "FA123456" not in text
