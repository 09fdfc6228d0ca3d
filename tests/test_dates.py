"""Dates as people type them, and partial dates (the day, or the month, unknown)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.dates import exact, partial_iso
from app.domain.enums import DatePrecision
from app.domain.interchange import canonical_json, parse_document, to_document
from app.errors import ValidationError
from app.ui import dates
from tests.conftest import sample_doc


@pytest.mark.parametrize(("typed", "partial", "expected"), [
    ("12.04.1990", False, (date(1990, 4, 12), DatePrecision.DAY)),
    ("1990-04-12", False, (date(1990, 4, 12), DatePrecision.DAY)),
    ("2.4.1990", False, (date(1990, 4, 2), DatePrecision.DAY)),
    (" 12/04/1990 ", False, (date(1990, 4, 12), DatePrecision.DAY)),
    ("04.1990", True, (date(1990, 4, 1), DatePrecision.MONTH)),
    ("1990-04", True, (date(1990, 4, 1), DatePrecision.MONTH)),
    ("1990", True, (date(1990, 1, 1), DatePrecision.YEAR)),
    ("", False, (None, DatePrecision.DAY)),
])
def test_typed_dates_are_read(typed: str, partial: bool, expected: tuple[date | None, DatePrecision]) -> None:
    got = dates.parse(typed, partial)
    assert got.ok and (got.value, got.precision) == expected


@pytest.mark.parametrize(("typed", "partial"), [
    ("31.02.1990", False), ("12.04.90", False), ("04.1990", False), ("1990", False), ("13.1990", True),
    ("1990-13-01", False), ("12.04.1890", False), ("yesterday", True), ("12..1990", True),
])
def test_what_is_not_a_date_is_refused(typed: str, partial: bool) -> None:
    assert not dates.parse(typed, partial).ok


def test_partial_dates_are_shown_and_stored_at_their_precision(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert partial_iso(date(1990, 4, 1), DatePrecision.MONTH) == "1990-04"
    assert partial_iso(date(1990, 1, 1), DatePrecision.YEAR) == "1990"
    assert exact(date(1990, 4, 1), DatePrecision.MONTH) is None
    sep = dates.separator()
    assert dates.show(date(1990, 4, 1), DatePrecision.MONTH) == f"04{sep}1990"
    assert dates.normalised("1990-04-12") == dates.show(date(1990, 4, 12))


def test_a_partial_date_of_birth_travels_in_the_interchange_and_old_documents_stay_byte_identical() -> None:
    again = to_document(parse_document(sample_doc()).dossier)
    assert b"precision" not in canonical_json(again)  # the default is left out: earlier hashes are unchanged

    doc = sample_doc(date_of_birth="1991-04-01", date_of_birth_precision="month")
    doc["person"]["relatives"][0].update(date_of_birth="1965-01-01", date_of_birth_precision="year")
    d = parse_document(doc).dossier
    assert d.person.date_of_birth_precision is DatePrecision.MONTH
    assert d.person.relatives[0].date_of_birth_precision is DatePrecision.YEAR
    out = to_document(d)
    assert out["person"]["date_of_birth_precision"] == "month"
    assert out["person"]["relatives"][0]["date_of_birth_precision"] == "year"
    with pytest.raises(ValidationError) as err:
        parse_document(sample_doc(date_of_birth_precision="week"))
    assert any("date_of_birth_precision" in path for path, _ in err.value.problems)


def test_matching_does_not_take_the_first_of_the_month_for_a_birthday(session) -> None:  # type: ignore[no-untyped-def]
    from app.vault.matching import identity_of

    d = parse_document(sample_doc(date_of_birth="1991-04-01", date_of_birth_precision="month")).dossier
    assert identity_of("X", d.person).date_of_birth is None
    exact_doc = parse_document(sample_doc()).dossier
    assert identity_of("X", exact_doc.person).date_of_birth == date(1991, 4, 12)
    first = session.add_applicant(parse_document(sample_doc(date_of_birth="1991-04-12")))
    partial = parse_document(sample_doc(date_of_birth="1991-04-01", date_of_birth_precision="month")).dossier
    found = session.duplicate_candidates(partial)
    assert [m.b for m in found] == [first]  # still found by name, with no "different date of birth" against it
    assert all("different date of birth" not in m.reasons for m in found)


def test_a_stated_full_date_agrees_with_a_recorded_partial_one() -> None:
    from app.domain import flags

    doc = sample_doc(date_of_birth="1991-04-01", date_of_birth_precision="month")
    doc["interviews"][0]["answers"]["stated_date_of_birth"] = "1991-04-12"
    assert not [f for f in flags.compute(parse_document(doc).dossier) if f.code == "inconsistency"]
    doc["interviews"][0]["answers"]["stated_date_of_birth"] = "1992-04-12"
    assert [f for f in flags.compute(parse_document(doc).dossier) if f.code == "inconsistency"]
