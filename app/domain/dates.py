"""Partial dates: a date of birth the applicant knows only to the month or the year.

The date is stored as the first day of its month or year with a precision beside
it (see `DatePrecision`); these helpers keep code from mistaking that first day
for a known one.
"""

from __future__ import annotations

from datetime import date

from app.domain.enums import DatePrecision


def partial_iso(value: date | None, precision: DatePrecision = DatePrecision.DAY) -> str:
    """ISO 8601 at the known precision: 1990-04-12, 1990-04 or 1990 ("" when unknown)."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def exact(value: date | None, precision: DatePrecision = DatePrecision.DAY) -> date | None:
    """The date if its day is known, else None (matching must not treat 1 January as a birthday)."""
    return value if precision == DatePrecision.DAY else None


def start_of(value: date, precision: DatePrecision) -> date:
    """The stored form of a partial date: the first day of its month or year."""
    if precision == DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    if precision == DatePrecision.MONTH:
        return value.replace(day=1)
    return value
