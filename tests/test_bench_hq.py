"""`make bench-hq` at a tiny size: the directly built HQ vault is a valid HQ vault (hqview says so,
the HQ list and its filters count what was built), real bundles go in through the batch import, and
every measure is produced. Correctness only, never timing."""

from __future__ import annotations

from pathlib import Path

from bench import hq
from bench.hq_seed import OFFICERS_PER_POST, post_code

CASES, POSTS, BUNDLES = 300, 10, 20


def test_bench_hq_builds_a_valid_hq_vault_and_measures(tmp_path: Path) -> None:
    from app.vault import vault
    from app.vault.listing import ListQuery, Order

    missed, meta = hq.run(CASES, POSTS, BUNDLES, 2, 2, tmp_path / "cache", None)
    assert isinstance(missed, list)
    assert meta["hq_vault"] is True and meta["built_directly"] is True
    assert meta["per_post"] == {post_code(p): CASES // POSTS for p in range(POSTS)}
    imp = meta["import"]
    assert imp["bundles"] == BUNDLES and imp["counts"]["new_case"] == BUNDLES and imp["counts"]["refused"] == 0
    assert imp["per_second"] > 0 and meta["bytes_per_case"] > 0 and meta["build_seconds"] > 0
    assert meta["statistics"] == {"computed": True}
    assert meta["applicants"] == CASES + BUNDLES
    counts = meta["list_counts"]
    assert counts["whole HQ list, oldest first"] == CASES + BUNDLES
    assert counts["sort: by post"] == counts["sort: by received, newest first"] == CASES + BUNDLES
    middle = sorted(meta["per_post"])[POSTS // 2]
    assert counts[f"filter: post {middle}"] == CASES // POSTS

    vdir = tmp_path / "cache" / f"hq-{CASES}-{POSTS}"
    s = vault.unlock(vdir, hq.CHIEF, hq.PASS)
    try:
        assert s.is_hq_vault
        posts, officers = s.hq_filter_choices()
        assert set(meta["per_post"]) <= set(posts) and len(posts) == POSTS + 2  # and the two field posts
        assert len(officers) == POSTS * OFFICERS_PER_POST + 2
        with s.read() as c:
            per_post = dict(c.execute("SELECT post, count(*) FROM hq_cases GROUP BY post").fetchall())
            accepted = c.execute("SELECT count(*) FROM hq_cases WHERE status = 'decision:accept'").fetchone()[0]
        assert all(per_post[p] == n for p, n in meta["per_post"].items())
        assert len(s.list_view(ListQuery(hq_status="decision:accept")).ids) == accepted
        by_post = list(s.list_view(ListQuery(order=Order.POST)).ids)
        cols = s.hq_columns(by_post)
        assert [cols[i].post for i in by_post] == sorted(cols[i].post for i in by_post)  # the join sorts
        assert s.audit_verify().ok
    finally:
        s.close()
