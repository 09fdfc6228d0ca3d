"""The vault keeps its own database healthy (app/vault/maintenance.py): statistics and
search-index merging after bulk work and at every close, VACUUM where it pays, `dossier
compact`; none of it changes a record or the commit counter, so nothing can look tampered.
Crash safety of each step is in tests/adversarial/test_killpoints.py ("compact" and every
other CLI scenario, which all close their session)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.vault import commitmark, demo, maintenance, vault
from app.vault.connection import DB_FILE, connect
from tests.conftest import PASS, run_cli


def _segments(conn: Any, table: str) -> int:
    """FTS5 segments of an index: the segment count in its structure record (row 10 of _data)."""
    raw = bytes(conn.execute(f"SELECT block FROM {table}_data WHERE id = 10").fetchone()[0])
    # structure record (fts5_index.c): a 4-byte cookie, the 4-byte "V2" marker of newer
    # versions, then varints: levels, segments, ...
    pos = 8 if raw[4:8] == b"\xff\x00\x00\x01" else 4

    def varint() -> int:
        nonlocal pos
        value = 0
        for _ in range(9):
            b = raw[pos]
            pos += 1
            value = (value << 7) | (b & 0x7F)
            if not b & 0x80:
                break
        return value

    varint()  # levels
    return varint()


def _key(s: Any) -> bytes:
    return bytes(s._data_key)


def test_after_a_demo_load_statistics_exist_and_each_index_is_one_segment(tmp_path: Path) -> None:
    s = vault.create(tmp_path / "v", "KYIV", "Alpha", PASS, demo=True)
    try:
        with s.read() as c:
            counter = commitmark.commits(c)
        demo.load_demo(s, 600, seed=3)  # two batches: two commits, then upkeep
        with s.read() as c:
            assert commitmark.commits(c) == counter + 2  # upkeep is not a commit of records
            tables = {r[0] for r in c.execute("SELECT tbl FROM sqlite_stat1")}
            assert {"applicants", "match_keys", "name_keys"} <= tables
            assert _segments(c, "name_index") == 1 and _segments(c, "text_index") == 1
        assert s.search("Коваленко") or s.search(s.list_applicants()[0].surname)
    finally:
        s.close()


def test_edits_leave_segments_that_the_close_merges(tmp_path: Path) -> None:
    s = vault.create(tmp_path / "v", "KYIV", "Alpha", PASS, demo=True)
    demo.load_demo(s, 40, seed=5)
    cases = [r.case_number for r in s.list_applicants()]
    for case in cases[:30]:  # 30 saves, each re-indexing one applicant: small new segments
        d = s.get_dossier(case)
        d.person.place_of_birth += "."
        s.save_dossier(d)
    with s.read() as c:
        before = _segments(c, "text_index")
    key = _key(s)
    s.close()
    conn = connect(tmp_path / "v" / DB_FILE, key)
    try:
        after = _segments(conn, "text_index")
    finally:
        conn.close()
    assert before > 1 and after < before
    again = vault.unlock(tmp_path / "v", "Alpha", PASS)
    try:
        assert again.warnings == []
        assert len(again.search(s_surname := again.get_dossier(cases[0]).person.surname)) >= 1, s_surname
    finally:
        again.close()


def test_vacuum_only_where_it_pays(tmp_path: Path) -> None:
    s = vault.create(tmp_path / "v", "KYIV", "Alpha", PASS)
    db = tmp_path / "v" / DB_FILE
    with s.read() as c:
        assert not maintenance.vacuum_pays(c, db)  # a fresh vault: nothing to win
        c.execute("CREATE TABLE scratch(b BLOB)")
        c.executemany("INSERT INTO scratch VALUES (?)", [(bytes(4000),)] * 1500)  # ~6 MB
        c.execute("DROP TABLE scratch")  # now ~6 MB of free pages
        assert maintenance.vacuum_pays(c, db)
    key = _key(s)
    s.close()  # the close vacuums
    assert db.stat().st_size < 2 << 20
    conn = connect(db, key)
    try:
        assert int(conn.execute("PRAGMA freelist_count").fetchone()[0]) == 0
    finally:
        conn.close()


def test_the_rule_leaves_a_large_file_and_a_small_win_alone(tmp_path: Path, monkeypatch: Any) -> None:
    s = vault.create(tmp_path / "v", "KYIV", "Alpha", PASS)
    db = tmp_path / "v" / DB_FILE
    try:
        with s.read() as c:
            c.execute("CREATE TABLE scratch(b BLOB)")
            c.executemany("INSERT INTO scratch VALUES (?)", [(bytes(4000),)] * 300)  # ~1.2 MB
            c.execute("DROP TABLE scratch")
            assert not maintenance.vacuum_pays(c, db)  # free share is high, but under 2 MiB
            monkeypatch.setattr(maintenance, "VACUUM_MIN_FREE", 1 << 20)
            assert maintenance.vacuum_pays(c, db)
            monkeypatch.setattr(maintenance, "VACUUM_MAX_FILE", 1 << 20)  # too big to rewrite at a lock
            assert not maintenance.vacuum_pays(c, db)
    finally:
        s.close()


def test_upkeep_never_fails_a_close(tmp_path: Path, monkeypatch: Any) -> None:
    s = vault.create(tmp_path / "v", "KYIV", "Alpha", PASS)

    def broken(conn: Any, everything: bool = False) -> None:
        raise OSError("disk went away")

    monkeypatch.setattr(maintenance, "analyse", broken)
    s.close()  # logged, not raised
    assert s.closed


def test_compact_command(tmp_path: Path) -> None:
    v = str(tmp_path / "v")
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
    assert run_cli("--vault", v, "init", "--post", "KYIV", **env).returncode == 0
    assert run_cli("--vault", v, "demo", "--applicants", "50", "--as-drafts", **env).returncode == 0
    r = run_cli("--vault", v, "compact", **env)
    assert r.returncode == 0, r.stderr
    assert "Vault compacted" in r.stdout
    r = run_cli("--vault", v, "check", **env)
    assert r.returncode == 0 and "Vault intact" in r.stdout, r.stderr
    s = vault.unlock(Path(v), "Alpha", PASS)
    try:
        assert s.warnings == [] and s.count_applicants() == 50
    finally:
        s.close()
