"""Logging that never writes case data.

Log messages in this code base are fixed strings plus non-identifying values
(counts, durations, error class names). Exceptions are the risk: their messages
can quote user input or SQL values. `RedactingFormatter` therefore logs an
exception as its class and full stack of file/line/function, but never its
message or the source lines' values — the "full detail" a developer needs to
find the fault, without a name, note or document number in plain text.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

from app.paths import log_dir

LOG_FILE_NAME = "dossier.log"
_MAX_BYTES = 2_000_000


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # logging caches a formatted traceback on the record (exc_text); another
        # handler may already have put the full, unredacted one there.
        saved = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = saved

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        exc_type, exc, tb = ei
        if exc_type is None or exc is None:
            return ""
        lines = [f"{exc_type.__module__}.{exc_type.__qualname__} (message withheld)"]
        for frame in traceback.extract_tb(tb):
            lines.append(f"  at {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
        cause = exc.__cause__ or exc.__context__
        if cause is not None and cause is not exc:
            lines.append(
                "caused by: "
                + self.formatException((type(cause), cause, cause.__traceback__))
            )
        return "\n".join(lines)

    def formatStack(self, stack_info: str) -> str:
        return "(stack withheld)"


def _rotate(path: Path) -> None:
    try:
        if path.stat().st_size > _MAX_BYTES:
            os.replace(path, path.with_suffix(".log.1"))
    except FileNotFoundError:
        pass


def setup_logging(verbose: bool = False, directory: Path | None = None) -> Path | None:
    """Log to a private file (0600 in a 0700 folder). Returns its path, or None
    if the folder cannot be written (logging must never stop the app)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in list(root.handlers):
        if getattr(old, "_dossier", False):
            root.removeHandler(old)
    folder = directory or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / LOG_FILE_NAME
        _rotate(path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._dossier = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
