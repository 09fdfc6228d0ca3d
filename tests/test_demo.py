"""The demo generator: deterministic per seed and independent of today's date
(`make bench` and later tests rely on it), and safe on 29 February."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine

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


# What the vault itself gives each new case (never the generator's): its number (counted in the
# year of the vault's clock), a random case id, the time it was stored, the vault's origin.
VAULT_GIVEN = ("case_number", "case_id", "created_at", "updated_at", "origin", "former_numbers")


def _demo_vault_content(folder: Path) -> list[Any]:
    from app.vault import vault

    s = vault.create(folder, "KYIV", "Alpha", "demo vault passphrase of five words", demo=True)
    try:
        demo.load_demo(s, 60, seed=11)
        out = []
        for row in s.list_applicants():
            d = to_jsonable(s.get_dossier(row.case_number))
            out.append({k: v for k, v in d.items() if k not in VAULT_GIVEN})
        return out
    finally:
        s.close()


def test_demo_load_is_the_same_under_a_fake_clock_on_29_february_and_another_day(tmp_path: Path) -> None:
    """The whole process's clock moved (time-machine: time.time, datetime.now, date.today): the
    same seed fills the vault with the same dossiers on a leap day and on an ordinary one."""
    with time_machine.travel(datetime(2028, 2, 29, 23, 30, tzinfo=UTC), tick=True):
        assert date.today() == date(2028, 2, 29)
        leap = _demo_vault_content(tmp_path / "leap")
    with time_machine.travel(datetime(2027, 7, 14, 8, 0, tzinfo=UTC), tick=True):
        other = _demo_vault_content(tmp_path / "other")
    assert len(leap) == 60
    assert leap == other
    assert leap == _demo_vault_content(tmp_path / "today")
    received = {d["application"]["received_on"] for d in leap}
    assert max(received) <= demo.REFERENCE_DATE.isoformat()  # counted back from the reference date
