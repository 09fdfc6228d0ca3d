"""Statistics at scale (issue 21): the figures grouped in SQL from small columns (migration 0020)
equal the full computation that unpacks every record, on a random vault — several posts, merged
cases, random stage histories, decisions, exams — for every kind of filter. A column the guarded
write path failed to keep, or a grouping that differs from the rows it groups, fails here. Since
migration 0022 the figures are summed from count tables and the durations kept in buckets: the full
computation buckets them the same way (`buckets=True`; tests/test_stats_counts.py bounds the error)."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest

from app.domain.stats import StatsFilter
from app.vault import stats as vault_stats
from bench import seed

STAGES = ("application", "interview", "checks", "polygraph", "decision", "sent_to_hq", "closed")
FILTERS = [StatsFilter(), StatsFilter(date(2025, 6, 1), None), StatsFilter(None, date(2025, 12, 31)),
           StatsFilter(date(2025, 3, 1), date(2026, 2, 28)), StatsFilter(post="LVIV"), StatsFilter(post="odesa"),
           StatsFilter(date(2025, 1, 1), date(2025, 9, 30), "KYIV"), StatsFilter(post="NOWHERE")]


def _scramble(session: Any, rng: random.Random) -> None:
    """Test set-up below the guarded layer (as the bench and migration fixtures do): posts, merged
    cases, stage-history rows with random times, a decision with a reason that is free text."""
    with session.write() as c:
        ids = [r[0] for r in c.execute("SELECT id FROM applicants ORDER BY id")]
        for applicant_id in ids:
            post = rng.choice(["KYIV", "LVIV", "Odesa", "", "kyiv"])
            c.execute("UPDATE applicants SET origin = json_set(origin, '$.post', ?) WHERE id = ?", (post, applicant_id))
            at = 1_735_689_600 + rng.randrange(0, 400) * 86400  # 2025-01-01 + up to 400 days
            last = ""
            for _ in range(rng.randrange(0, 5)):
                nxt = rng.choice(STAGES)
                frm = last if rng.random() < 0.8 else rng.choice(STAGES)
                c.execute("INSERT INTO stage_history(applicant_id, from_stage, to_stage, at, source)"
                          " VALUES (?, ?, ?, ?, 'write')", (applicant_id, frm, nxt, at))
                at += rng.choice([0, 3600, 86400 * rng.randrange(1, 60)])
                last = nxt
        for applicant_id in rng.sample(ids, len(ids) // 20):
            c.execute("UPDATE applicants SET merged_into = 'X-1' WHERE id = ?", (applicant_id,))
        # a case without a post in its origin counts under its owner's post (HQ's case_owners), and an
        # owner changed afterwards moves it (the triggers on case_owners)
        for n, (case_key,) in enumerate(c.execute(
                "SELECT case_id FROM applicants WHERE json_extract(origin, '$.post') = ''").fetchall()):
            c.execute("INSERT INTO case_owners(case_key, callsign, post, since) VALUES (?, 'Echo', ?, '2026-01-01')",
                      (case_key, ("LVIV", "ZHYTOMYR")[n % 2]))
        c.execute("UPDATE case_owners SET post = 'KYIV' WHERE rowid IN (SELECT rowid FROM case_owners LIMIT 3)")
        c.execute("DELETE FROM case_owners WHERE rowid IN (SELECT rowid FROM case_owners LIMIT 2)")


@pytest.mark.parametrize("seed_value", [7, 21])
def test_grouped_statistics_equal_the_full_computation(session: Any, seed_value: int) -> None:
    seed.fill(session, 160, seed_value)
    _scramble(session, random.Random(seed_value))
    with session.read() as c:
        decided = c.execute("SELECT count(*) FROM decisions WHERE outcome = 'reject'").fetchone()[0]
        assert decided > 0 and c.execute("SELECT count(*) FROM applications WHERE received_on <> ''").fetchone()[0]
        for f in FILTERS:
            for today in (date(2025, 10, 1), date(2027, 1, 1)):
                for examiners in (True, False):
                    fast = vault_stats.read_statistics(c, f, examiners, today)
                    full = vault_stats.read_statistics_full(c, f, examiners, today, buckets=True)
                    assert fast.to_json() == full.to_json(), (f, today, examiners)
        everything = vault_stats.read_statistics(c, StatsFilter(), True, date(2027, 1, 1))
    assert everything.cases > 100 and everything.durations and everything.examiners and everything.outcomes
    assert set(everything.posts) == {"KYIV", "LVIV", "ODESA", "ZHYTOMYR", "other"}


def test_the_columns_follow_a_rewritten_decision(session: Any) -> None:
    """The guarded path rewrites the columns with the record: an amended reason is counted as amended."""
    from tests.conftest import sample_doc, seed_dossier

    doc = sample_doc()
    doc["decision"] = {"outcome": "reject", "reason_code": "R7", "rationale": "x", "decided_by": "Sam",
                       "decided_at": "2026-11-03T10:00:00Z"}
    case = seed_dossier(session, doc)
    with session.read() as c:
        assert c.execute("SELECT decided_on, reason_code FROM decisions").fetchone() == ("2026-11-03T10:00:00Z", "R7")
        assert c.execute("SELECT received_on FROM applications").fetchone()[0] == doc["application"]["received_on"]
    d = session.get_dossier(case)
    assert d.decision is not None
    d.decision.reason_code = "R9"
    from app.vault.guard import store

    with session.write() as c:  # the write path the guard calls
        store.update(c, d)
    assert session.statistics().refusal_reasons == {"R9": 1}
