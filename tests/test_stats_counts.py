"""Statistics from count tables (issue 21, migration 0022): the figures summed from the small tables the
triggers keep equal the full computation from every case's rows, on random vaults, after random
writes of every kind (stage, flags, post, dates, decisions, exams, stage history, merges, deletes,
owners) and after the guarded write path's edits, decisions, merges, deletes and re-imports.

Durations: the count tables keep buckets (hours below two days, days above) with their sums, so the fast
figures equal the full computation with its durations bucketed the same way (`buckets=True`) exactly, and
the exact ones within a bucket's width (less than a day; 0.01 more for the rounding to two decimals)."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.stats import StatsFilter
from app.vault import packing
from app.vault import stats as vault_stats
from bench import seed

STAGES = ("application", "interview", "checks", "polygraph", "decision", "sent_to_hq", "closed")
POSTS = ("KYIV", "LVIV", "Odesa", "", "kyiv")
DAYS = ("2025-01-03", "2025-06-01", "2025-06-02", "2025-12-31", "2026-02-28", "", "not a day")
FILTERS = [StatsFilter(), StatsFilter(date(2025, 6, 1), None), StatsFilter(None, date(2025, 12, 31)),
           StatsFilter(date(2025, 3, 1), date(2026, 2, 28)), StatsFilter(post="LVIV"), StatsFilter(post="odesa"),
           StatsFilter(date(2025, 1, 1), date(2025, 9, 30), "KYIV"), StatsFilter(post="NOWHERE")]
OPS = 14


def assert_counts_equal_cases(c: Any) -> None:
    for f in FILTERS:
        for today in (date(2025, 10, 1), date(2027, 1, 1)):
            fast = vault_stats.read_statistics(c, f, True, today)
            assert fast.to_json() == vault_stats.read_statistics_full(c, f, True, today, buckets=True).to_json(), f
            exact = vault_stats.read_statistics_full(c, f, True, today)
            assert [(d.stage, d.count) for d in fast.durations] == [(d.stage, d.count) for d in exact.durations]
            for got, want in zip(fast.durations, exact.durations, strict=True):
                assert abs(got.median_days - want.median_days) <= 1.01 and abs(got.p90_days - want.p90_days) <= 1.01


def _one(c: Any, op: int, a: int, b: int, rng: random.Random) -> None:
    ids = [r[0] for r in c.execute("SELECT id FROM applicants ORDER BY id")]
    if not ids:
        return
    case = ids[a % len(ids)]
    if op == 0:
        c.execute("UPDATE applicants SET stage = ?, stage_exam = ? WHERE id = ?",
                  (STAGES[b % 7], (None, 1, 2, 3)[b % 4], case))
    elif op == 1:
        c.execute("UPDATE applicants SET flags = ? WHERE id = ?",
                  (("", "red:polygraph_di", "amber:overdue,red:polygraph_di", "amber:overdue")[b % 4], case))
    elif op == 2:
        c.execute("UPDATE applicants SET origin = json_set(origin, '$.post', ?) WHERE id = ?", (POSTS[b % 5], case))
    elif op == 3:
        c.execute("UPDATE applicants SET created_at = ?, updated_at = ? WHERE id = ?",
                  (DAYS[b % 7] + "T10:00:00Z", DAYS[(b // 7) % 7], case))
    elif op == 4:  # a decision recorded, amended or withdrawn
        if b % 3 == 0:
            c.execute("DELETE FROM decisions WHERE applicant_id = ?", (case,))
        else:
            outcome, day, reason = ("accept", "reject")[b % 2], DAYS[b % 7], ("R1", "sec-2", "free text", "")[b % 4]
            body = packing.dumps({"outcome": outcome, "decided_at": day, "reason_code": reason})
            c.execute("INSERT INTO decisions(applicant_id, outcome, data, decided_on, reason_code)"
                      " VALUES (?, ?, ?, ?, ?)"
                      " ON CONFLICT DO UPDATE SET outcome = excluded.outcome, data = excluded.data,"
                      " decided_on = excluded.decided_on, reason_code = excluded.reason_code",
                      (case, outcome, body, day, reason))
    elif op == 5:
        for (data,) in c.execute("SELECT data FROM applications WHERE applicant_id = ?", (case,)).fetchall():
            body = {**packing.loads(data), "received_on": DAYS[b % 7]}  # the record and its column, as the guard writes
            c.execute("UPDATE applications SET data = ?, received_on = ? WHERE applicant_id = ?",
                      (packing.dumps(body), DAYS[b % 7], case))
    elif op == 6:  # an exam added, changed or removed
        if b % 3 == 0:
            c.execute("DELETE FROM polygraph_exams WHERE id ="
                      " (SELECT min(id) FROM polygraph_exams WHERE applicant_id = ?)",
                      (case,))
        elif b % 3 == 1:
            c.execute("UPDATE polygraph_exams SET examiner = ?, result = ?, sealed = ?, held_on = ?"
                      " WHERE applicant_id = ?",
                      (("Ivan", "ivan", "Olha", "")[b % 4], (None, "NDI", "DI")[b % 3], b % 2, DAYS[b % 7], case))
        else:
            c.execute("INSERT INTO polygraph_exams(applicant_id, number, examiner, held_on, result, data, computed,"
                      " rule_status, sealed) VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM polygraph_exams"
                      " WHERE applicant_id = ?), ?, ?, ?, '{}', ?, ?, ?)",
                      (case, case, ("Ivan", "IVAN", "Petro")[b % 3], DAYS[b % 7], ("DI", None)[b % 2],
                       ("NDI", None, "DI")[b % 3], ("known", "unknown")[b % 2], b % 2))
    elif op in (7, 8):  # stage history: a row added (any time, so sometimes between two others) or removed
        if op == 8 and b % 2:
            c.execute("DELETE FROM stage_history WHERE id = (SELECT max(id) FROM stage_history WHERE applicant_id = ?)",
                      (case,))
        else:
            last = c.execute("SELECT to_stage FROM stage_history WHERE applicant_id = ? ORDER BY at DESC, id DESC",
                             (case,)).fetchone()
            c.execute("INSERT INTO stage_history(applicant_id, from_stage, to_stage, at, source)"
                      " VALUES (?, ?, ?, ?, 'write')",
                      (case, last[0] if last and b % 4 else rng.choice(STAGES), STAGES[b % 7],
                       1_735_689_600 + rng.randrange(0, 400 * 86400)))
    elif op == 9:
        c.execute("UPDATE stage_history SET at = at + ? WHERE applicant_id = ?", (b * 3600, case))
    elif op == 10:  # merged away, or back
        c.execute("UPDATE applicants SET merged_into = CASE WHEN merged_into IS NULL THEN 'X-1' END WHERE id = ?",
                  (case,))
    elif op == 11:
        c.execute("DELETE FROM applicants WHERE id = ?", (case,))
    elif op == 12:  # the owner's post counts for a case without a post in its origin
        key = c.execute("SELECT case_id FROM applicants WHERE id = ?", (case,)).fetchone()[0]
        c.execute("INSERT INTO case_owners(case_key, callsign, post, since) VALUES (?, 'Echo', ?, '2026-01-01')"
                  " ON CONFLICT DO UPDATE SET post = excluded.post", (key, POSTS[b % 5] or "ZHYTOMYR"))
    else:
        c.execute("DELETE FROM case_owners WHERE rowid = (SELECT min(rowid) FROM case_owners)")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, OPS - 1), st.integers(0, 10_000), st.integers(0, 10_000)),
                min_size=1, max_size=40), st.integers(0, 2**32))
def test_counts_equal_the_cases_after_random_writes(session: Any, ops: list[tuple[int, int, int]], salt: int) -> None:
    """One vault for all examples (their writes pile up: each example starts where the last stopped)."""
    with session.read() as c:
        empty = not c.execute("SELECT count(*) FROM applicants").fetchone()[0]
    if empty:
        seed.fill(session, 40, 11)
    rng = random.Random(salt)
    with session.write() as c:
        for op, a, b in ops:
            _one(c, op, a, b, rng)
    with session.read() as c:
        assert_counts_equal_cases(c)


def test_counts_follow_the_guarded_write_path(session: Any) -> None:
    """Edits, decisions, merges, deletes and re-imports through the session, as the app makes them."""
    from app.domain.interchange import parse_document
    from tests.conftest import sample_doc

    seed.fill(session, 30, 5)
    with session.read() as c:
        assert_counts_equal_cases(c)
        cases = [r[0] for r in c.execute("SELECT case_number FROM applicants ORDER BY id")]
    d = session.get_dossier(cases[0])
    d.person.place_of_birth += " (amended)"
    if d.application is not None:
        d.application.received_on = date(2025, 6, 2)
    session.save_dossier(d)
    doc = sample_doc()
    again = [session.import_applicant(parse_document(doc)).case_number for _ in range(2)]  # a re-import
    session.decide_duplicate(again[0], again[1], "merged")
    session.decide_duplicate(cases[1], cases[2], "merged")
    session.delete_applicant(cases[3])
    with session.read() as c:
        assert_counts_equal_cases(c)
    with session.read() as c:  # the cases left: 30 + 2 imported − 2 merged away − 1 deleted
        days = c.execute("SELECT sum(n) FROM stats_opened WHERE day <> '*'").fetchone()[0]
        rollup = c.execute("SELECT sum(n) FROM stats_opened WHERE day = '*'").fetchone()[0]
        assert days == rollup == 29 == session.statistics().cases


def test_station_clash_is_found_either_side_of_the_vault_id(session: Any) -> None:
    """HQ's import warning (another laptop numbering with the same post and station) reads an index
    (migration 0022) as two seeks: a clash is found whether the other vault id sorts before or after."""
    from app.domain.model import Dossier, Origin, Person
    from app.vault.guard.hq_import import _station_clash

    seed.fill(session, 3, 2)
    with session.write() as c:
        c.execute("UPDATE applicants SET origin = json_object('post', 'KYIV', 'station', '2', 'vault_id', 'm')"
                  " WHERE id = (SELECT min(id) FROM applicants)")
        number = c.execute("SELECT case_number FROM applicants ORDER BY id").fetchone()[0]

        def clash(post: str, station: str, vault_id: str) -> str | None:
            d = Dossier(Person("A", "B"), origin=Origin(vault_id=vault_id, post=post, station=station))
            return _station_clash(c, d)

        assert clash("KYIV", "2", "m") is None  # the same laptop
        assert number in (clash("KYIV", "2", "a") or "") and number in (clash("KYIV", "2", "z") or "")
        assert clash("KYIV", "3", "a") is None and clash("LVIV", "2", "z") is None


@given(st.lists(st.integers(0, 400 * 86400), min_size=1, max_size=60), st.sampled_from([0, 50, 90, 100]))
def test_percentiles_from_buckets(seconds: list[int], q: int) -> None:
    """The counted percentile equals the listed one, and from buckets it is within a bucket's width
    (an hour below two days, a day above) of the exact one."""
    from collections import Counter

    from app.domain.stats import DAY, bucket_of, bucketed, percentile, percentile_counted

    days = [s / DAY for s in seconds]
    exact = percentile(days, q)
    assert percentile_counted(Counter(days), q) == exact
    width = 1 / 24 if bucket_of(max(seconds)) < 48 else 1.0
    assert abs(percentile_counted(bucketed(seconds), q) - exact) < width + 1e-9
    assert [bucket_of(s) for s in (0, 3599, 3600, 2 * 86400 - 1, 2 * 86400, 3 * 86400 - 1, 3 * 86400)] == [
        0, 0, 1, 47, 48, 48, 49]
