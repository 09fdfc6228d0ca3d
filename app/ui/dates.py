"""Dates as people type and read them: the locale's order (DD.MM.YYYY in Ukrainian,
DD/MM/YYYY in English), ISO 8601 always accepted, and partial dates (month and
year, or the year alone) where the applicant does not know the day.

Two-digit years and month-first orders are refused rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale

from app.domain.dates import start_of
from app.domain.enums import DatePrecision

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_LOCAL = re.compile(r"^(?:(\d{1,2})[./-])?(\d{1,2})[./-](\d{4})$")


@dataclass(frozen=True)
class TypedDate:
    value: date | None
    precision: DatePrecision = DatePrecision.DAY
    ok: bool = True


EMPTY = TypedDate(None)
BAD = TypedDate(None, DatePrecision.DAY, False)


def parse(text: str, partial: bool = False) -> TypedDate:
    """What was typed: a date, nothing (ok), or not a date (not ok).
    `partial` also accepts MM.YYYY and YYYY (stored as the first day, with the precision)."""
    text = text.strip().replace(" ", "")
    if not text:
        return EMPTY
    iso, local = _ISO.match(text), _LOCAL.match(text)
    if iso:
        year, month, day = iso.group(1), iso.group(2), iso.group(3)
    elif local:
        day, month, year = local.group(1), local.group(2), local.group(3)
    else:
        return BAD
    precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
    if precision != DatePrecision.DAY and not partial:
        return BAD
    try:
        value = date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return BAD
    if value.year < 1900:
        return BAD
    return TypedDate(start_of(value, precision), precision)


def _day_format() -> str:
    """The locale's short date with a four-digit year (1991, never 91); day first always
    (a month-first system locale such as en_US would read 04/12 the other way round)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    fmt = fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")
    return fmt if re.fullmatch(r"d{1,2}([./-])M{1,2}\1yyyy", fmt) else "dd/MM/yyyy"


def separator() -> str:
    """The locale's date separator: '.' in Ukrainian, '/' in British English."""
    found = re.search(r"[^dMy]", _day_format())
    return found.group(0) if found else "."


def show(value: date | None, precision: DatePrecision = DatePrecision.DAY) -> str:
    """A stored date as the officer reads it."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.month:02d}{separator()}{value.year:04d}"
    return QLocale().toString(QDate(value.year, value.month, value.day), _day_format())


def normalised(text: str, partial: bool = False) -> str:
    """The typed text in the locale's form if it is a date, else unchanged."""
    typed = parse(text, partial)
    return show(typed.value, typed.precision) if typed.ok and typed.value else text
