"""Schema migrations: every earlier version, with data, upgrades without loss.

Each non-head revision has a frozen fixture below that writes data the way a
release at that revision did. Adding a revision without adding a fixture for the
previous head fails `test_every_old_revision_has_a_fixture`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.names import sort_key
from app.vault import audit, keyslots, schema, vault
from app.vault.connection import DB_FILE, connect, transaction
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.listing import ListQuery, Order
from tests.conftest import PASS

NOW = "2026-01-15T10:00:00+00:00"
PERSON = {"surname": "Коваленко", "given_name": "Андрій", "patronymic": "Іванович",
          "surname_latin": "Kovalenko", "given_name_latin": "Andrii", "patronymic_latin": "Ivanovych",
          "date_of_birth": "1985-06-01", "category": "prisoner_of_war", "citizenships": ["UA"],
          "documents": [{"type": "passport", "number": "EK445566"}]}


def fixture_0001(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Data as written by schema 0001 (before the search index existed)."""
    _base(conn, key, slot_id)
    conn.execute(  # 0001 kept the full record in applicants.details
        "INSERT INTO applicants(id, case_number, surname, given_name, patronymic, surname_latin, "
        "given_name_latin, patronymic_latin, date_of_birth, category, stage, details, created_at, updated_at) "
        "VALUES (1, 'ODESA-2026-0001', 'Коваленко', 'Андрій', 'Іванович', 'Kovalenko', 'Andrii', "
        "'Ivanovych', '1985-06-01', 'prisoner_of_war', 'interview', ?, ?, ?)",
        (json.dumps(PERSON, ensure_ascii=False), NOW, NOW))
    _children(conn, key)


def _base(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    now = NOW
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                     [("post_code", "ODESA"), ("vault_id", "0" * 32), ("created_at", now)])
    conn.execute("INSERT INTO users(callsign, role, slot_id, created_at) VALUES ('Alpha', 'supervisor', ?, ?)",
                 (slot_id, now))
    conn.execute("INSERT INTO case_counters(year, last) VALUES (2026, 1)")


def _children(conn, key: bytes) -> None:  # type: ignore[no-untyped-def]
    now = NOW
    conn.execute("INSERT INTO applications(applicant_id, data) VALUES (1, ?)",
                 (json.dumps({"received_on": "2026-01-10", "text": "Заява про вступ", "signed": True},
                             ensure_ascii=False),))
    conn.execute("INSERT INTO polygraph_exams(applicant_id, number, examiner, held_on, result, data) "
                 "VALUES (1, 1, 'Bravo', '2026-01-20', 'NDI', ?)",
                 (json.dumps({"number": 1, "examiner": "Bravo", "held_on": "2026-01-20", "charts": 3,
                              "questions": [{"label": "R1", "type": "relevant", "text": "?"}],
                              "method": "federal_7", "rule": {"name": "grand_total"}, "result": "NDI"}),))
    conn.execute("INSERT INTO polygraph_scores VALUES (1, 1, 'R1', 'eda', -2)")
    conn.execute("INSERT INTO attachments(id, applicant_id, name, media_type, size, sha256, purpose, created_at) "
                 "VALUES (1, 1, 'note.txt', 'text/plain', 5, "
                 "'2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', 'other', ?)", (now,))
    conn.execute("INSERT INTO attachment_chunks(attachment_id, seq, data) VALUES (1, 0, ?)", (b"hello",))
    akey = audit.audit_key(key)
    audit.append(conn, akey, "Alpha", "vault_created")
    audit.append(conn, akey, "Alpha", "create", "ODESA-2026-0001")


def _search_rows(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute("INSERT INTO name_index(rowid, cyr, lat, ids) VALUES (1, 'коваленко андрій іванович', "
                 "'andrii ivanovych kovalenko', 'odesa-2026-0001 ek445566')")
    conn.execute("INSERT INTO text_index(rowid, body) VALUES (1, 'заява про вступ')")
    conn.execute("DELETE FROM meta WHERE key = 'reindex'")


def fixture_0002(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0002 added the search index; its release kept it filled on every save."""
    fixture_0001(conn, key, slot_id)
    _search_rows(conn)


def fixture_0003(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0003 moved the record JSON out of applicants into applicant_details."""
    _base(conn, key, slot_id)
    conn.execute(
        "INSERT INTO applicants(id, case_number, surname, given_name, patronymic, surname_latin, "
        "given_name_latin, patronymic_latin, date_of_birth, category, stage, created_at, updated_at) "
        "VALUES (1, 'ODESA-2026-0001', 'Коваленко', 'Андрій', 'Іванович', 'Kovalenko', 'Andrii', "
        "'Ivanovych', '1985-06-01', 'prisoner_of_war', 'interview', ?, ?)", (NOW, NOW))
    conn.execute("INSERT INTO applicant_details(applicant_id, details) VALUES (1, ?)",
                 (json.dumps(PERSON, ensure_ascii=False),))
    _children(conn, key)
    _search_rows(conn)
    conn.execute("DELETE FROM meta WHERE key = 'vacuum'")


def fixture_0004(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0004 added drafts and per-user settings."""
    fixture_0003(conn, key, slot_id)
    conn.execute("INSERT INTO drafts(user_id, draft_key, data, saved_at) VALUES (1, 'new', '{}', ?)", (NOW,))
    conn.execute("INSERT INTO user_settings(user_id, key, value) VALUES (1, 'idle_lock_minutes', '9')")


def fixture_0005(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0005 added matching keys, duplicate decisions and the watchlist."""
    fixture_0004(conn, key, slot_id)
    conn.execute("INSERT INTO match_decisions(case_a, case_b, decision, decided_by, decided_at)"
                 " VALUES ('A', 'B', 'distinct', 'ALPHA', ?)", (NOW,))
    conn.execute("INSERT INTO watchlist(entry_id, data, imported_at) VALUES ('W1', ?, ?)",
                 ('{"id": "W1", "surname": "Іваненко", "given_name": "Петро"}', NOW))


def fixture_0006(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0006 added exchange tables; a second applicant, whose name sorts
    first only in the Ukrainian alphabet (І after И, where code points put it after Я)."""
    fixture_0005(conn, key, slot_id)
    conn.execute(
        "INSERT INTO applicants(id, case_number, surname, given_name, patronymic, surname_latin, "
        "given_name_latin, patronymic_latin, date_of_birth, category, stage, created_at, updated_at) "
        "VALUES (2, 'ODESA-2026-0002', 'Іваненко', 'Олег', '', 'Ivanenko', 'Oleh', '', NULL, 'civilian', "
        "'application', ?, ?)", (NOW, NOW))
    conn.execute("INSERT INTO applicant_details(applicant_id, details) VALUES (2, '{}')")
    conn.execute("INSERT INTO meta(key, value) VALUES ('package_seq', '3')")


# Rule snapshots exactly as the release at 0007 stored them (resources/rules/polygraph.json, rule file 1).
OLD_FEDERAL = {"label": "Federal grand total (single issue)", "kind": "grand_total", "methods": ["federal_7"],
               "ndi": 6, "di": -6, "verified": True, "name": "federal_grand_total",
               "source": "DoDPI (2006) grand total rule for single-issue ZCT: +6 or more NDI, -6 or less DI, otherwise "
                         "INC. Checked against shared/REFERENCE.md (2026-11)."}
OLD_ESS = {"label": "ESS single issue (two-stage)", "kind": "two_stage", "methods": ["ess"], "ndi": 3, "di": -4,
           "subtotal_di": -7, "verified": False, "name": "ess_single_issue", "source": "(as shipped)"}


def _exam_row(conn, exam_id: int, applicant: int, number: int, method: str, rule: dict, result: str,  # type: ignore[no-untyped-def]
              per_chart: int) -> None:
    body = {"number": number, "examiner": f"Examiner{number}", "held_on": f"2026-01-2{number}", "charts": 3,
            "questions": [{"label": "R1", "type": "relevant", "text": "?"}], "method": method, "rule": rule,
            "result": result, "sealed_by": f"Examiner{number}", "sealed_at": "2026-01-25T10:00:00Z"}
    conn.execute("INSERT INTO polygraph_exams(id, applicant_id, number, examiner, held_on, result, data) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (exam_id, applicant, number, body["examiner"], body["held_on"],
                                                  result, json.dumps(body)))
    conn.executemany("INSERT INTO polygraph_scores VALUES (?, ?, 'R1', ?, ?)",
                     [(exam_id, c, ch, per_chart if ch == "pneumo" else 0)
                      for c in (1, 2, 3) for ch in ("pneumo", "eda", "cardio")])


def fixture_0007(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0007 (two exam slots, stages polygraph_1/polygraph_2): a case that went on to the
    decision after two sealed exams that disagree (NDI, then INC under the old ESS rule, total -3),
    and one whose exam carries made-up cutscores."""
    fixture_0006(conn, key, slot_id)
    conn.execute("UPDATE applicants SET stage = 'polygraph_1' WHERE id = 1")
    for applicant, case, surname in ((3, "ODESA-2026-0003", "Бондар"), (4, "ODESA-2026-0004", "Мельник")):
        conn.execute(
            "INSERT INTO applicants(id, case_number, surname, given_name, patronymic, surname_latin, given_name_latin,"
            " patronymic_latin, date_of_birth, category, stage, created_at, updated_at, name_key, latin_key)"
            " VALUES (?, ?, ?, 'Іван', '', '', '', '', '1990-01-01', 'civilian', 'decision', ?, ?, ?, '')",
            (applicant, case, surname, NOW, NOW, sort_key(surname, "Іван", "")))
        person = {"surname": surname, "given_name": "Іван", "date_of_birth": "1990-01-01", "category": "civilian"}
        conn.execute("INSERT INTO applicant_details(applicant_id, details) VALUES (?, ?)",
                     (applicant, json.dumps(person, ensure_ascii=False)))
        conn.execute("INSERT INTO applications(applicant_id, data) VALUES (?, ?)",
                     (applicant, json.dumps({"received_on": "2026-01-10", "text": "Заява", "signed": True},
                                            ensure_ascii=False)))
        conn.execute("INSERT INTO interviews(applicant_id, position, template_id, data) VALUES (?, 0, 'screening', ?)",
                     (applicant, json.dumps({"template_id": "screening", "sealed_by": "Alpha",
                                             "sealed_at": "2026-01-12T10:00:00Z"})))
        conn.execute("INSERT INTO checks(applicant_id, position, kind, result, data) VALUES (?, 0, 'watchlist',"
                     " 'no_record', ?)", (applicant, json.dumps({"kind": "watchlist", "result": "no_record"})))
    _exam_row(conn, 11, 3, 1, "federal_7", OLD_FEDERAL, "NDI", 1)  # +3, stated NDI (computed INC)
    _exam_row(conn, 12, 3, 2, "ess", OLD_ESS, "INC", -1)  # -3: INC under di -4, DI under ESS-M's -3
    _exam_row(conn, 13, 4, 1, "federal_7", {**OLD_FEDERAL, "ndi": -50}, "NDI", -1)
    _exam_row(conn, 14, 4, 2, "federal_7", OLD_FEDERAL, "NDI", 1)


def fixture_0010(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0010 (any number of exams, columns with defaults only); an HQ vault of that release
    had imported versions, whose latest officer owns each case from 0011 on."""
    fixture_0007(conn, key, slot_id)
    conn.execute("UPDATE applicants SET stage = 'polygraph', stage_exam = 1 WHERE stage = 'polygraph_1'")
    for version, officer in ((1, "Alpha"), (2, "Bravo")):
        conn.execute("INSERT INTO case_versions(case_number, version, imported_at, imported_by, officer, post,"
                     " cert_serial, json_sha256, bundle_sha256, content) VALUES ('ODESA-2026-0001', ?, ?, 'Alpha',"
                     " ?, 'ODESA', '1', ?, ?, x'00')", (version, NOW, officer, f"{version}" * 64, f"{version}" * 64))


FIXTURES: dict[str, Callable] = {  # type: ignore[type-arg]
    "0001": fixture_0001, "0002": fixture_0002, "0003": fixture_0003, "0004": fixture_0004,
    "0005": fixture_0005, "0006": fixture_0006, "0007": fixture_0007, "0010": fixture_0010}


def make_vault_at(revision: str, vault_dir: Path) -> None:
    vault_dir.mkdir(mode=0o700)
    key = os.urandom(32)
    slots = keyslots.SlotFile.new()
    slot = slots.make_slot("Alpha", PASS, key, INSECURE_TEST_PARAMS)
    slots.put(slot)
    conn = connect(vault_dir / DB_FILE, key, create=True)
    schema.upgrade(conn, revision)
    assert schema.current_revision(conn) == revision
    with transaction(conn):
        FIXTURES[revision](conn, key, slot.slot_id)
    conn.close()
    keyslots.save(vault_dir, slots)


def test_head_constant_matches_alembic() -> None:
    assert schema.all_revisions()[-1] == schema.HEAD_REVISION


def test_every_old_revision_has_a_fixture() -> None:
    assert set(schema.all_revisions()[:-1]) <= set(FIXTURES)


@pytest.mark.parametrize("revision", schema.all_revisions()[:-1])
def test_upgrade_from_every_earlier_revision_keeps_data(revision: str, tmp_path: Path) -> None:
    vault_dir = tmp_path / "old"
    make_vault_at(revision, vault_dir)
    s = vault.unlock(vault_dir, "Alpha", PASS)
    try:
        backups = list((vault_dir / "backups").glob(f"pre-migration-{revision}-*.db"))
        assert len(backups) == 1  # the backup was written before migrating
        with s.read() as c:
            assert schema.current_revision(c) == schema.HEAD_REVISION
        d = s.get_dossier("ODESA-2026-0001")
        assert d.person.surname == "Коваленко" and d.person.documents[0].number == "EK445566"
        assert d.application and d.application.text == "Заява про вступ"
        assert d.polygraph_exams[0].scores[0].score == -2
        assert s.attachment_content("ODESA-2026-0001", d.attachments[0].sha256) == b"hello"
        # the search index was back-filled from the old data
        for q in ("Коваленко", "Kovalenko", "EK445566", "Заява"):
            assert [h.summary.case_number for h in s.search(q)] == ["ODESA-2026-0001"], q
        assert s.audit_verify().ok
        with s.read() as c:  # matching keys were built for the old data
            assert c.execute("SELECT count(*) FROM match_keys").fetchone()[0] > 0
        if revision >= "0004":
            assert s.idle_lock_minutes == 9
        if revision >= "0006":  # the list's stored sort keys were back-filled
            by_name = [r.case_number for r in s.summaries(list(s.list_view(ListQuery(order=Order.NAME)).ids))]
            assert [c for c in by_name if c in ("ODESA-2026-0001", "ODESA-2026-0002")] == [
                "ODESA-2026-0002", "ODESA-2026-0001"]
            by_latin = list(s.list_view(ListQuery(order=Order.LATIN, descending=True)).ids)
            assert [i for i in by_latin if i in (1, 2)] == [1, 2]
        else:
            with s.read() as c:
                assert c.execute("SELECT name_key, latin_key FROM applicants").fetchone() == (
                    sort_key("Коваленко", "Андрій", "Іванович"), sort_key("Kovalenko", "Andrii"))
        if revision >= "0010":  # 0011: the latest importing officer owns each case HQ already held
            assert s.case_owner("ODESA-2026-0001") == ("Bravo", "ODESA")
            assert s.received_by_vault() == [] and s.export_history() == []
        if revision >= "0005":
            with s.read() as c:
                assert c.execute("SELECT count(*) FROM watchlist").fetchone()[0] == 1
                assert c.execute("SELECT decision FROM match_decisions").fetchone()[0] == "distinct"
    finally:
        s.close()
    # the pre-migration backup is itself an openable vault database at the old revision
    key = None  # reopen through a fresh unlock to get the data key
    s = vault.unlock(vault_dir, "Alpha", PASS)
    key = s._data_key
    s.close()
    old = connect(backups[0], key)
    assert schema.current_revision(old) == revision
    old.close()


def test_upgrade_downgrade_round_trip(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.db", os.urandom(32), create=True)
    schema.upgrade(conn)
    schema.downgrade(conn, "base")
    assert schema.current_revision(conn) is None
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables <= {"alembic_version"}
    schema.upgrade(conn)
    assert schema.current_revision(conn) == schema.HEAD_REVISION
    conn.close()


def test_vault_from_a_newer_version_is_refused(session, vault_dir: Path) -> None:
    with session.write() as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    session.close()
    with pytest.raises(Exception, match="newer version"):
        vault.unlock(vault_dir, "Alpha", PASS)


def test_interrupted_index_rebuild_is_finished_on_next_open(session, vault_dir: Path) -> None:
    from app.domain.interchange import parse_document
    from tests.conftest import sample_doc

    case = session.add_applicant(parse_document(sample_doc()))
    with session.write() as c:  # as if a crash hit between the migration and its rebuild
        c.execute("DELETE FROM name_index")
        c.execute("INSERT INTO meta(key, value) VALUES ('reindex', '1')")
    assert session.search("Shevchuk") == []
    session.close()
    s = vault.unlock(vault_dir, "Alpha", PASS)
    assert [h.summary.case_number for h in s.search("Shevchuk")] == [case]
    with s.read() as c:
        assert c.execute("SELECT count(*) FROM meta WHERE key = 'reindex'").fetchone()[0] == 0
    s.close()


def test_0007_exams_move_to_numbered_polygraph_stages_and_keep_their_results(tmp_path: Path) -> None:
    vault_dir = tmp_path / "old"
    make_vault_at("0007", vault_dir)
    s = vault.unlock(vault_dir, "Alpha", PASS)
    try:
        with s.read() as c:
            rows = dict((r[0], (r[1], r[2])) for r in c.execute("SELECT id, stage, stage_exam FROM applicants"))
            exams = c.execute("SELECT id, result, computed, rule_status FROM polygraph_exams ORDER BY id").fetchall()
        assert rows[1] == ("polygraph", 1) and rows[2] == ("application", None)
        assert rows[3] == ("polygraph", 3) and rows[4] == ("decision", None)  # 3: NDI then INC calls for exam 3
        assert exams == [(1, "NDI", None, "none"), (11, "NDI", "INC", "earlier"), (12, "INC", "INC", "earlier"),
                         (13, "NDI", "INC", "unknown"), (14, "NDI", "INC", "earlier")]
        d = s.get_dossier("ODESA-2026-0003")
        old = s.computed(d)["polygraph_exams"][1]
        assert d.polygraph_exams[1].result is not None and d.polygraph_exams[1].result.value == "INC"  # kept
        assert d.polygraph_exams[1].rule == OLD_ESS  # the snapshot is untouched
        assert (old["stated_result"], old["computed_result"], old["rule_status"], old["rule_verified"]) == (
            "INC", "INC", "earlier", False)
        assert old["current_default"] == {"rule": "essm_single_issue", "rule_label": "ESS-M single issue (two-stage)",
                                          "result": "DI", "reason": "grand total -3 ≤ -3"}
        flagged = {r.case_number: r.flags for r in s.list_applicants()}
        assert "red:polygraph_unknown_rule" in flagged["ODESA-2026-0004"]
        assert "amber:polygraph_discordance" in flagged["ODESA-2026-0003"]
        with s.read() as c:
            assert c.execute("SELECT count(*) FROM meta WHERE key = 'rescore'").fetchone()[0] == 0
        polygraph_rows = list(s.list_view(ListQuery(stage="polygraph")).ids)
        assert polygraph_rows == [1, 3] and list(s.list_view(ListQuery(stage="polygraph_3")).ids) == [3]
    finally:
        s.close()


def test_0010_downgrade_restores_the_two_exam_stages(tmp_path: Path) -> None:
    vault_dir = tmp_path / "old"
    make_vault_at("0007", vault_dir)
    s = vault.unlock(vault_dir, "Alpha", PASS)
    key = s._data_key
    s.close()
    c = connect(vault_dir / DB_FILE, key)
    schema.downgrade(c, "0007")
    stages = dict(c.execute("SELECT id, stage FROM applicants").fetchall())
    columns = {r[1] for r in c.execute("PRAGMA table_info(polygraph_exams)")}
    c.close()
    assert stages == {1: "polygraph_1", 2: "application", 3: "polygraph_2", 4: "decision"}
    assert "computed" not in columns and "rule_status" not in columns
