"""Migration 0015 (records packed at rest) on the data of an 0014 vault (fixture in
tests/test_migrations.py), up and down: every value comes back as it was."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.vault import packing, schema
from app.vault.connection import connect, transaction
from tests.test_migrations import OLD_ESS, OLD_FEDERAL, fixture_0014

RECORDS = (("applicant_details", "details"), ("applications", "data"), ("interviews", "data"),
           ("checks", "data"), ("decisions", "data"))


def _old_vault(path: Path) -> Any:
    conn = connect(path, os.urandom(32), create=True)
    schema.upgrade(conn, "0014")
    with transaction(conn):
        fixture_0014(conn, os.urandom(32), "0" * 32)
        # a record an old version stored badly stays as it was (refused on open, as before)
        conn.execute("INSERT INTO polygraph_exams(applicant_id, number, examiner, held_on, result, data) "
                     "VALUES (2, 1, 'X', NULL, NULL, '{not json')")
    return conn


def _texts(conn: Any) -> dict[str, dict[int, str]]:
    out = {t: dict(conn.execute(f"SELECT rowid, {c} FROM {t}").fetchall()) for t, c in RECORDS}
    out["polygraph_exams"] = dict(conn.execute("SELECT id, data FROM polygraph_exams").fetchall())
    return out


def test_0015_packs_every_record_and_its_downgrade_restores_them(tmp_path: Path) -> None:
    conn = _old_vault(tmp_path / "x.db")
    try:
        before = _texts(conn)
        assert all(isinstance(v, str) for rows in before.values() for v in rows.values())
        assert len(before["polygraph_exams"]) == 6 and len(before["interviews"]) >= 3
        schema.upgrade(conn, "0015")

        for table, column in RECORDS:  # packed; the text comes back byte for byte
            rows = dict(conn.execute(f"SELECT rowid, {column} FROM {table}").fetchall())
            assert rows.keys() == before[table].keys(), table
            for rowid, value in rows.items():
                assert isinstance(value, bytes) and packing.unpack(value) == before[table][rowid], table
        exams = {r[0]: r[1:] for r in conn.execute(
            f"SELECT {packing.EXAM_SELECT}, e.sealed FROM polygraph_exams e {packing.EXAM_JOIN}")}
        for exam_id, text in before["polygraph_exams"].items():
            if text == "{not json":
                assert exams[exam_id][0] == text and exams[exam_id][1] is None  # left as it was
                continue
            assert packing.exam_from_row(exams[exam_id][:5]) == json.loads(text)
            assert exams[exam_id][5] == int(bool(json.loads(text).get("sealed_by")))
        assert packing.exam_from_row(exams[12][:5])["rule"] == OLD_ESS
        # one row per distinct part, counted by the exams that use it: the question list of all five
        # exams, and four rule snapshots (the federal one shared by exams 11 and 14)
        refs = sorted(n for (n,) in conn.execute("SELECT refs FROM exam_parts"))
        assert refs == [1, 1, 1, 2, 5]
        federal = conn.execute("SELECT rule_sha FROM polygraph_exams WHERE id = 11").fetchone()[0]
        assert conn.execute("SELECT rule_sha FROM polygraph_exams WHERE id = 14").fetchone()[0] == federal
        assert packing.loads(conn.execute("SELECT body FROM exam_parts WHERE sha256 = ?", (federal,))
                             .fetchone()[0]) == OLD_FEDERAL
        assert conn.execute("SELECT value FROM meta WHERE key = 'vacuum'").fetchone() == ("1",)
        with transaction(conn):  # the triggers count: a case's exams deleted with it, its parts with the last
            conn.execute("DELETE FROM applicants WHERE id = 5")
        assert sorted(n for (n,) in conn.execute("SELECT refs FROM exam_parts")) == [1, 1, 1, 3]

        schema.downgrade(conn, "0014")
        after = _texts(conn)
        for table, rows in after.items():
            for rowid, value in rows.items():
                assert isinstance(value, str), table
                if value != "{not json":
                    assert json.loads(value) == json.loads(before[table][rowid]), table
        assert after["applicant_details"] == {k: v for k, v in before["applicant_details"].items() if k != 5}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(polygraph_exams)")}
        assert not {"rule_sha", "questions_sha", "sealed"} & columns
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'exam_parts%'").fetchone()[0] == 0
        schema.upgrade(conn, "0015")  # and up again
        assert conn.execute("SELECT count(*) FROM exam_parts").fetchone()[0] == 4
    finally:
        conn.close()


def test_the_0015_fixture_opens_with_its_records(tmp_path: Path) -> None:
    """fixture_0015 (for the revisions after 0015) is what 0015 leaves: the records read, the exam
    parts are counted as the triggers count them."""
    from app.vault import vault
    from tests.conftest import PASS
    from tests.test_migrations import make_vault_at

    make_vault_at("0015", tmp_path / "v")
    s = vault.unlock(tmp_path / "v", "Alpha", PASS)
    try:
        d = s.get_dossier("ODESA-2026-0003")
        assert d.polygraph_exams[1].rule == OLD_ESS and d.polygraph_exams[0].rule == OLD_FEDERAL
        assert d.application is not None and d.application.text == "Прошу зарахувати"
        with s.read() as c:
            assert sorted(n for (n,) in c.execute("SELECT refs FROM exam_parts")) == [1, 1, 1, 2, 5]
    finally:
        s.close()
