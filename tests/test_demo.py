"""The demo generator: deterministic per seed and independent of today's date
(`make bench` and later tests rely on it), and safe on 29 February."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest

from app.domain.serde import to_jsonable
from app.vault import demo


def _batch(seed: int, n: int = 150) -> list[Any]:
    rng, pools = random.Random(seed), demo._pools(seed)
    return [to_jsonable(demo.make_dossier(rng, pools, demo.REFERENCE_DATE)[0]) for _ in range(n)]


def test_same_seed_same_dossiers_on_any_date(monkeypatch: pytest.MonkeyPatch, session: Any) -> None:
    first = _batch(7)
    assert first == _batch(7) and first != _batch(8)

    class LeapDay(date):
        @classmethod
        def today(cls) -> LeapDay:
            return cls(2028, 2, 29)

    monkeypatch.setattr(demo, "date", LeapDay)  # whatever today is, the demo does not look
    assert _batch(7) == first
    demo.load_demo(session, 40, seed=7)
    dossiers = [session.get_dossier(r.case_number) for r in session.list_applicants()]
    assert {d.person.surname for d in dossiers} == {d["person"]["surname"] for d in _batch(7, 40)}
    assert all(d.application and d.application.received_on <= demo.REFERENCE_DATE for d in dossiers)


def test_a_year_earlier_than_29_february() -> None:
    assert demo.year_earlier(date(2000, 2, 29)) == date(1999, 2, 28)
    assert demo.year_earlier(date(1991, 4, 12)) == date(1990, 4, 12)
