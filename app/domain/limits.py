"""Every field has a limit, checked below the UI for every way a dossier comes in.

Lengths and counts are the interchange schema's (resources/schema/dossier.schema.json:
every string has a maxLength, every list a maxItems, interview answers at most
100,000 characters each). The schema is applied to documents that are imported
and, through `interchange.check_limits`, to every dossier the app saves (typed in the
desktop app, edited, imported from HQ). Dates must be real dates between 1900
and 2100, and a date of birth cannot be later than today: a year 0991 or 0001
used to crash duplicate matching.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import Any

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)
# Interview answers: one-line fields and long ones (forms.py applies these per field type).
TEXT_ANSWER_CHARS = 2_000
LONG_ANSWER_CHARS = 100_000
MAX_PROBLEMS = 50


def _today() -> date:
    return date.today() + timedelta(days=1)  # a day of slack for time zones


def date_problems(value: Any, path: str = "$", today: date | None = None) -> list[tuple[str, str]]:
    """Dates out of range anywhere in a dossier (dataclasses, lists, dicts)."""
    today = today or _today()
    out: list[tuple[str, str]] = []

    def walk(v: Any, where: str) -> None:
        if len(out) >= MAX_PROBLEMS:
            return
        if isinstance(v, datetime):
            v = v.date()
        if isinstance(v, date):
            if not MIN_DATE <= v <= MAX_DATE:
                out.append((where, f"must be between {MIN_DATE.year} and {MAX_DATE.year}"))
            elif where.endswith("date_of_birth") and v > today:
                out.append((where, "a date of birth cannot be in the future"))
        elif dataclasses.is_dataclass(v) and not isinstance(v, type):
            for f in dataclasses.fields(v):
                walk(getattr(v, f.name), f"{where}.{f.name}")
        elif isinstance(v, list | tuple):
            for i, item in enumerate(v):
                walk(item, f"{where}[{i}]")

    walk(value, path)
    return out
