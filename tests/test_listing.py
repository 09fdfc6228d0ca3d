"""The applicant list the desktop shows: ids ordered and filtered by SQLite must
match the same order and filters worked out in Python from the full rows, and
the table model must load only the pages on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Category, Stage
from app.domain.model import ApplicantSummary
from app.domain.names import sort_key
from app.ui.applicant_model import CACHE_ROWS, PAGE, ApplicantTableModel
from app.vault.demo import load_demo
from app.vault.listing import ListQuery, Order


@pytest.fixture
def demo(tmp_path):  # type: ignore[no-untyped-def]
    """A demo vault: synthetic cases arrive complete (in a real vault they would be drafts)."""
    from app.vault import vault
    from tests.conftest import PASS

    s = vault.create(tmp_path / "demo", "KYIV", "Alpha", PASS, demo=True)
    load_demo(s, 240, seed=11)
    yield s
    s.close()


def _ids_by_case(session) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with session.read() as c:
        return dict(c.execute("SELECT case_number, id FROM applicants"))


KEYS: dict[Order, Callable[[ApplicantSummary], Any]] = {
    Order.CASE: lambda r: (r.case_number[:-5], len(r.case_number), r.case_number),
    Order.NAME: lambda r: sort_key(r.surname, r.given_name, r.patronymic),
    Order.LATIN: lambda r: sort_key(r.surname_latin, r.given_name_latin),
    Order.BIRTH: lambda r: r.date_of_birth.isoformat() if r.date_of_birth else "",
    Order.CATEGORY: lambda r: list(Category).index(r.category),
    Order.STAGE: lambda r: (list(Stage).index(r.stage), r.stage_exam or 0),
    Order.FLAGS: lambda r: r.flags,
    Order.UPDATED: lambda r: r.updated_at,
}


@pytest.mark.parametrize("descending", [False, True])
def test_every_order_matches_python(demo, descending: bool) -> None:  # type: ignore[no-untyped-def]
    rows = demo.list_applicants()
    ids = _ids_by_case(demo)
    natural = list(demo.list_view(ListQuery()).ids)
    assert natural == sorted(ids[r.case_number] for r in rows)
    for order, key in KEYS.items():
        expected = sorted(rows, key=lambda r, key=key: (key(r), ids[r.case_number]), reverse=descending)
        got = demo.list_view(ListQuery(order=order, descending=descending))
        assert list(got.ids) == [ids[r.case_number] for r in expected], order
        assert got.total == len(rows)
    # enough variety that a wrong order would show
    assert len({r.stage for r in rows}) > 3 and len({r.flags for r in rows}) > 2


def test_filters_match_python(demo) -> None:  # type: ignore[no-untyped-def]
    rows = demo.list_applicants()
    ids = _ids_by_case(demo)
    codes = sorted({c.split(":", 1)[1] for r in rows for c in r.flags.split(",") if c})
    assert codes, "the demo data should carry some flags"
    cases: list[tuple[dict[str, str], Callable[[ApplicantSummary], bool]]] = [
        ({"stage": "interview"}, lambda r: r.stage is Stage.INTERVIEW),
        ({"category": "civilian"}, lambda r: r.category is Category.CIVILIAN),
        ({"flag": "any"}, lambda r: bool(r.flags)),
        ({"flag": "none"}, lambda r: not r.flags),
        ({"flag": "red"}, lambda r: "red:" in r.flags),
        ({"flag": codes[0]}, lambda r: codes[0] in [c.split(":", 1)[1] for c in r.flags.split(",") if c]),
        ({"stage": "checks", "flag": "any"}, lambda r: r.stage is Stage.CHECKS and bool(r.flags)),
    ]
    for filters, keep in cases:
        view = demo.list_view(ListQuery(**filters))  # type: ignore[arg-type]
        assert list(view.ids) == sorted(ids[r.case_number] for r in rows if keep(r)), filters
        assert view.total == len(rows)


@pytest.mark.parametrize("descending", [False, True])
def test_filters_with_every_order_match_python(demo, descending: bool) -> None:  # type: ignore[no-untyped-def]
    """Filtered and sorted lists read two indexes (the order's, the filter's): same rows, same order."""
    rows = demo.list_applicants()
    ids = _ids_by_case(demo)
    for filters, keep in (({"stage": "interview"}, lambda r: r.stage is Stage.INTERVIEW),
                          ({"flag": "any", "category": "civilian"},
                           lambda r: bool(r.flags) and r.category is Category.CIVILIAN)):
        assert any(keep(r) for r in rows) and not all(keep(r) for r in rows), filters
        for order, key in KEYS.items():
            expected = sorted((r for r in rows if keep(r)), key=lambda r, key=key: (key(r), ids[r.case_number]),
                              reverse=descending)
            got = demo.list_view(ListQuery(order=order, descending=descending, **filters))  # type: ignore[arg-type]
            assert list(got.ids) == [ids[r.case_number] for r in expected], (filters, order)


def _plan(session, q: ListQuery) -> str:  # type: ignore[no-untyped-def]
    from app.vault import listing

    where, params = listing._filters(q)
    with session.read() as c:
        return " | ".join(str(r[-1]) for r in c.execute("EXPLAIN QUERY PLAN " + listing._field_sql(q, where), params))


def test_list_queries_read_covering_indexes_not_rows(demo) -> None:  # type: ignore[no-untyped-def]
    """Issue 22: at 100k the planner scanned the 54 MB table for "oldest first" and read every
    interview-stage row for a filter; the list names its indexes (0007, 0014, 0018) instead."""
    expected = {
        ListQuery(): ["SCAN applicants USING INDEX applicants_live"],
        ListQuery(order=Order.NAME): ["SCAN applicants USING INDEX applicants_name_key"],
        ListQuery(order=Order.CASE, descending=True): ["SCAN applicants USING INDEX applicants_case_order"],
        ListQuery(stage="interview", flag="red"): ["SEARCH applicants USING INDEX applicants_filter (stage=?)",
                                                   "USE TEMP B-TREE FOR ORDER BY"],
        ListQuery(stage="polygraph_1"): ["SEARCH applicants USING INDEX applicants_filter (stage=? AND stage_exam=?)",
                                         "USE TEMP B-TREE FOR ORDER BY"],
    }
    for q, steps in expected.items():
        assert _plan(demo, q).split(" | ") == steps, q
    for q in (ListQuery(flag="red"), ListQuery(category="civilian"), ListQuery(stage="checks", order=Order.NAME),
              ListQuery(flag="any", order=Order.LATIN), ListQuery(order=Order.STAGE)):
        plan = _plan(demo, q)
        assert "applicants_filter" in plan and "applicants_stage" not in plan, (q, plan)
        assert all(" USING " in step for step in plan.split(" | ") if step.startswith(("SCAN", "SEARCH"))), (q, plan)
    from app.vault import listing

    with demo.read() as c:  # the count beside a filtered list (it reads applicants_live)
        assert listing.ids_total(c) == len(demo.list_applicants())


def test_search_is_ranked_then_filtered_and_sortable(demo) -> None:  # type: ignore[no-untyped-def]
    rows = demo.list_applicants()
    surname = max({r.surname for r in rows}, key=lambda s: sum(r.surname == s for r in rows))
    plain = demo.search(surname)
    view = demo.list_view(ListQuery(text=surname))
    by_id = view.rows
    assert [by_id[i].case_number for i in view.ids] == [h.summary.case_number for h in plain]  # rank order
    assert view.total == len(plain) and set(view.matched) == set(view.ids)
    stage = by_id[view.ids[0]].stage
    filtered = demo.list_view(ListQuery(text=surname, stage=stage.value))
    assert [by_id[i].case_number for i in filtered.ids] == [
        h.summary.case_number for h in plain if h.summary.stage is stage]
    assert filtered.total == len(plain)
    newest = demo.list_view(ListQuery(text=surname, order=Order.UPDATED, descending=True))
    times = [newest.rows[i].updated_at for i in newest.ids]
    assert times == sorted(times, reverse=True) and set(newest.ids) == set(view.ids)
    assert list(demo.list_view(ListQuery(text="zzzqqqxxx")).ids) == []


def test_sort_keys_follow_edits(session) -> None:  # type: ignore[no-untyped-def]
    from app.domain.interchange import parse_document
    from tests.conftest import sample_doc

    a = session.add_applicant(parse_document(sample_doc(surname="Яковенко")))
    b = session.add_applicant(parse_document(sample_doc(surname="Іваненко")))
    order = [r.case_number for r in session.summaries(list(session.list_view(ListQuery(order=Order.NAME)).ids))]
    assert order == [b, a]  # І sorts after И, long before Я
    d = session.get_dossier(b)
    d.person.surname = "Ющенко"
    session.save_dossier(d)
    order = [r.case_number for r in session.summaries(list(session.list_view(ListQuery(order=Order.NAME)).ids))]
    assert order == [b, a]  # Ю before Я
    d = session.get_dossier(a)
    d.person.surname = "Абрамов"
    session.save_dossier(d)
    order = [r.case_number for r in session.summaries(list(session.list_view(ListQuery(order=Order.NAME)).ids))]
    assert order == [a, b]


def _summary(i: int) -> ApplicantSummary:
    from datetime import UTC, datetime

    return ApplicantSummary(f"KYIV-2026-{i:05d}", f"Прізвище{i}", "Ім'я", "", f"Surname{i}", "Name", None,
                            Category.CIVILIAN, Stage.INTERVIEW, "", datetime(2026, 1, 1, tzinfo=UTC))


def test_model_loads_only_the_pages_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[list[int]] = []

    def fetch(ids: list[int]) -> dict[int, ApplicantSummary]:
        asked.append(ids)
        return {i: _summary(i) for i in ids if i != 70_001}  # 70,001 was deleted meanwhile

    model = ApplicantTableModel()
    model.set_fetch(fetch)
    model.set_view(list(range(100_000)))
    assert model.rowCount() == 100_000 and asked == []  # nothing loaded until shown
    assert model.data(model.index(99_999, 0)) == "KYIV-2026-99999"
    assert model.data(model.index(99_998, 1)) == "Прізвище99998 Ім'я"
    assert asked == [list(range(100_000 - PAGE, 100_000))]  # one page, the one holding both rows
    for row in range(0, 100_000, 97):  # scroll through everything
        model.data(model.index(row, 0))
    assert len(model._cache) <= CACHE_ROWS + PAGE  # memory stays flat
    assert all(len(ids) <= PAGE for ids in asked)
    asked.clear()
    model.clear()
    model.set_view(list(range(100_000)))
    picked = model.rows([5, 70_000, 70_001, 70_002, 99_000])
    assert [r.case_number for r in picked] == ["KYIV-2026-00005", "KYIV-2026-70000", "KYIV-2026-70002",
                                               "KYIV-2026-99000"]  # the deleted row is left out, none shifted
    assert model.row(70_001) is None and model.data(model.index(70_002, 0)) == "KYIV-2026-70002"
    seen: list[tuple[object, bool]] = []
    model.sort_requested.connect(lambda order, desc: seen.append((order, desc)))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.sort(-1, Qt.SortOrder.AscendingOrder)
    assert seen == [(Order.NAME, True), (None, False)]


def test_model_shows_blanks_not_a_traceback_when_rows_cannot_load(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.errors import VaultLockedError

    def fetch(ids: list[int]) -> dict[int, ApplicantSummary]:
        raise VaultLockedError("The vault is locked.")

    model = ApplicantTableModel()
    model.set_fetch(fetch)
    model.set_view([1, 2, 3])
    assert model.data(model.index(0, 0)) is None and model.row(2) is None and model.rows([0, 1]) == []


def test_demo_answers_survive_a_29_february_birthday() -> None:
    """A stated date of birth a year off is made from the real one: 29 February has no year before."""
    import random
    from datetime import date

    from app.domain.enums import Category
    from app.domain.model import Person
    from app.vault import demo

    class Contradicting(random.Random):
        def random(self) -> float:  # every "about 2%" branch is taken
            return 0.01

    person = Person("Шевчук", "Олег", date_of_birth=date(1996, 2, 29))
    answers = demo._screening_answers(Contradicting(1), demo._pools(1), "uk_UA", date(2026, 1, 1),
                                      Category.CIVILIAN, person)
    assert answers["stated_date_of_birth"] == "1995-02-28"
