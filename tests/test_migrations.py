"""Schema migrations: every earlier version, with data, upgrades without loss.

Each non-head revision has a frozen fixture below that writes data the way a
release at that revision did. Adding a revision without adding a fixture for the
previous head fails `test_every_old_revision_has_a_fixture`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from app.domain.names import sort_key
from app.domain.stats import StatsFilter
from app.vault import audit, keyslots, listing, schema, vault
from app.vault.connection import DB_FILE, connect, transaction
from app.vault.listing import ListQuery, Order
from app.vault.stats import read_statistics, read_statistics_full
from tests.conftest import PASS
from tests.keyfile_helpers import legacy_slot, payload, write_legacy

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


# The polygraph cases of fixture_0007 (id, number, surname): decided after two exams under 0007's rules.
POLYGRAPH_CASES = ((4, "ODESA-2026-0003", "Бондар"), (5, "ODESA-2026-0004", "Мельник"))
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
    """Schema 0007 stored the list's sort keys, with two exam slots (stages polygraph_1/polygraph_2).
    As an HQ vault also would: a case imported from another post (LVIV-2026-0007, one version on
    record), which must keep its number; records whose authors were typed as free text or name a
    user of this vault; a case that went on to the decision after two sealed exams that disagree
    (NDI, then INC under the old ESS rule, total -3), and one whose exam carries made-up cutscores."""
    fixture_0006(conn, key, slot_id)
    conn.execute("UPDATE applicants SET name_key = ?, latin_key = ?, stage = 'polygraph_1' WHERE id = 1",
                 (sort_key("Коваленко", "Андрій", "Іванович"), sort_key("Kovalenko", "Andrii")))
    conn.execute("UPDATE applicants SET name_key = ?, latin_key = ? WHERE id = 2",
                 (sort_key("Іваненко", "Олег", ""), sort_key("Ivanenko", "Oleh")))
    conn.execute("DELETE FROM meta WHERE key = 'resort'")
    conn.execute(
        "INSERT INTO applicants(id, case_number, surname, given_name, patronymic, surname_latin, "
        "given_name_latin, patronymic_latin, date_of_birth, category, stage, created_at, updated_at, "
        "name_key, latin_key) VALUES (3, 'LVIV-2026-0007', 'Бойко', 'Ірина', '', 'Boiko', 'Iryna', '', "
        "'1990-02-03', 'civilian', 'interview', '2026-01-02T08:00:00Z', ?, '', '')", (NOW,))
    conn.execute("INSERT INTO applicant_details(applicant_id, details) VALUES (3, ?)", (json.dumps(
        {"surname": "Бойко", "given_name": "Ірина", "category": "civilian"}, ensure_ascii=False),))
    conn.execute("INSERT INTO interviews(applicant_id, position, template_id, data) VALUES (1, 0, 'screening', ?)",
                 (json.dumps({"template_id": "screening", "interviewer": "alpha", "notes": "x"}),))
    conn.execute("INSERT INTO decisions(applicant_id, outcome, data) VALUES (1, 'defer', ?)", (json.dumps(
        {"outcome": "defer", "decided_by": "Alpha", "approved_by": "полковник Петренко"}, ensure_ascii=False),))
    conn.execute("INSERT INTO case_versions(case_number, version, imported_at, imported_by, officer, post, "
                 "cert_serial, json_sha256, bundle_sha256, content) VALUES ('LVIV-2026-0007', 1, ?, 'Alpha', "
                 "'Echo', 'LVIV', '42', ?, ?, x'00')", (NOW, "a" * 64, "b" * 64))
    for applicant, case, surname in POLYGRAPH_CASES:
        conn.execute(
            "INSERT INTO applicants(id, case_number, surname, given_name, patronymic, surname_latin, given_name_latin,"
            " patronymic_latin, date_of_birth, category, stage, created_at, updated_at, name_key, latin_key)"
            " VALUES (?, ?, ?, 'Іван', '', '', '', '', '1990-01-01', 'civilian', 'decision', ?, ?, ?, '')",
            (applicant, case, surname, NOW, NOW, sort_key(surname, "Іван", "")))
        person = {"surname": surname, "given_name": "Іван", "date_of_birth": "1990-01-01", "category": "civilian"}
        conn.execute("INSERT INTO applicant_details(applicant_id, details) VALUES (?, ?)",
                     (applicant, json.dumps(person, ensure_ascii=False)))
        conn.execute("INSERT INTO applications(applicant_id, data) VALUES (?, ?)",
                     (applicant, json.dumps({"received_on": "2026-01-10", "text": "Прошу зарахувати", "signed": True},
                                            ensure_ascii=False)))
        conn.execute("INSERT INTO interviews(applicant_id, position, template_id, data) VALUES (?, 0, 'screening', ?)",
                     (applicant, json.dumps({"template_id": "screening", "sealed_by": "Alpha",
                                             "sealed_at": "2026-01-12T10:00:00Z"})))
        conn.execute("INSERT INTO checks(applicant_id, position, kind, result, data) VALUES (?, 0, 'watchlist',"
                     " 'no_record', ?)", (applicant, json.dumps({"kind": "watchlist", "result": "no_record"})))
    _exam_row(conn, 11, 4, 1, "federal_7", OLD_FEDERAL, "NDI", 1)  # +3, stated NDI (computed INC)
    _exam_row(conn, 12, 4, 2, "ess", OLD_ESS, "INC", -1)  # -3: INC under di -4, DI under ESS-M's -3
    _exam_row(conn, 13, 5, 1, "federal_7", {**OLD_FEDERAL, "ndi": -50}, "NDI", -1)
    _exam_row(conn, 14, 5, 2, "federal_7", OLD_FEDERAL, "NDI", 1)
    # A case merged into the first, with the flags the old matching engine stored, and a watchlist
    # hit from before hits were graded (0009 regrades them).
    conn.execute(
        "INSERT INTO applicants(id, case_number, surname, given_name, patronymic, surname_latin, "
        "given_name_latin, patronymic_latin, date_of_birth, category, stage, created_at, updated_at, merged_into, "
        "flags, name_key, latin_key) VALUES (6, 'ODESA-2026-0005', 'Ковальов', 'Андрій', '', 'Kovalov', 'Andrii', "
        "'', NULL, 'civilian', 'application', '2026-01-15T10:00:00Z', ?, 'ODESA-2026-0001', "
        "'amber:possible_duplicate', ?, ?)", (NOW, sort_key("Ковальов", "Андрій", ""), sort_key("Kovalov", "Andrii")))
    conn.execute("INSERT INTO applicant_details(applicant_id, details) VALUES (6, ?)",
                 ('{"surname": "Ковальов", "given_name": "Андрій"}',))
    conn.execute("UPDATE applicants SET flags = 'amber:possible_duplicate' WHERE id = 2")
    conn.execute("UPDATE applicant_details SET details = ? WHERE applicant_id = 2",
                 ('{"surname": "Іваненко", "given_name": "Олег", "surname_latin": "Ivanenko"}',))
    conn.execute("INSERT INTO watchlist_hits(applicant_id, entry, score, reasons) VALUES (1, 1, 0.8, '[]')")


def fixture_0008(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0008 gave cases their identity: data as 0008's migration leaves fixture_0007 (own cases
    renumbered with station code QX7, the old number a former number; ids derived; origins; the
    imported case kept; authors that are not users marked external)."""
    from app.domain.casenumber import legacy_case_id

    fixture_0007(conn, key, slot_id)
    conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                     [("station_code", "QX7"), ("station_source", "local")])
    origin = json.dumps({"vault_id": "0" * 32, "created_by": "Alpha", "post": "ODESA", "station": "",
                         "cert_serial": "", "cert_sha256": ""})
    for applicant_id, old, created in ((1, "ODESA-2026-0001", "2026-01-15T10:00:00Z"),
                                       (2, "ODESA-2026-0002", "2026-01-15T10:00:00Z"),
                                       *((a, n, "2026-01-15T10:00:00Z") for a, n, _ in POLYGRAPH_CASES),
                                       (6, "ODESA-2026-0005", "2026-01-15T10:00:00Z")):
        creator = "Alpha" if applicant_id == 1 else ""  # from the audit log's 'create' entries
        conn.execute("UPDATE applicants SET case_number = ?, case_id = ?, origin = ? WHERE id = ?",
                     (old.replace("ODESA-", "ODESA-QX7-"), legacy_case_id(old, created),
                      origin.replace('"Alpha"', f'"{creator}"'), applicant_id))
        conn.execute("INSERT INTO case_aliases(applicant_id, number) VALUES (?, ?)", (applicant_id, old))
    conn.execute("UPDATE applicants SET merged_into = 'ODESA-QX7-2026-0001' WHERE id = 6")
    lviv = legacy_case_id("LVIV-2026-0007", "2026-01-02T08:00:00Z")
    conn.execute("UPDATE applicants SET case_id = ? WHERE id = 3", (lviv,))
    conn.execute("UPDATE case_versions SET case_id = ?", (lviv,))
    conn.execute("UPDATE polygraph_exams SET data = json_set(data, '$.external', json_array('examiner'))")
    conn.execute("UPDATE interviews SET data = json_set(data, '$.interviewer', 'Alpha') WHERE applicant_id = 1")
    conn.execute("UPDATE interviews SET data = json_set(data, '$.external', json_array())")
    conn.execute("UPDATE checks SET data = json_set(data, '$.external', json_array())")
    conn.execute("UPDATE decisions SET data = json_set(data, '$.external', json_array('approved_by'))")
    conn.execute("DELETE FROM name_index WHERE rowid = 1")  # the index as 0008's rebuild leaves it
    conn.execute("INSERT INTO name_index(rowid, cyr, lat, ids) VALUES (1, 'коваленко андрій іванович', "
                 "'andrii ivanovych kovalenko', 'odesa-qx7-2026-0001 odesa-2026-0001 ek445566')")


# The name tables as 0009's rebuild leaves fixture_0008 (readings and keys of app.domain.phonetics then).
FIXTURE_0009_TOKENS = {
    1: [["s", "коваленко", ["kovalenko"]], ["s", "kovalenko", ["kovalenko"]], ["g", "андрій", ["andri"]],
        ["g", "andrii", ["andri"]], ["p", "іванович", ["ivanoviC"]], ["p", "ivanovych", ["ivanoviC", "ivanoviS",
                                                                                          "ivanovih"]]],
    2: [["s", "іваненко", ["ivanenko"]], ["s", "ivanenko", ["ivanenko"]], ["g", "олег", ["oleh"]]],
    3: [["s", "бойко", ["boiko"]], ["g", "ірина", ["irina"]]],
    4: [["s", "бондар", ["bondar"]], ["g", "іван", ["ivan"]]],
    5: [["s", "мельник", ["melnik"]], ["g", "іван", ["ivan"]]],
}
FIXTURE_0009_KEYS = {
    1: ["klnk", "kvlk", "kvln", "kvlnk", "kvnk", "ndr", "vlnk", "vnvC", "vnvS", "vnvh"], 2: ["lh", "vnk"],
    3: ["bk", "rn"], 4: ["bdr", "bnd", "bndr", "bnr", "ndr", "vn"], 5: ["lnk", "mlk", "mln", "mlnk", "mnk", "vn"],
}


def fixture_0009(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0009 added sound keys and readings of every name token and graded watchlist hits: data
    as 0009's rebuild leaves fixture_0008 (frozen for the revisions after it). The merged case has no
    keys; the ungraded hit of the first case is gone (Іваненко Петро is not Коваленко Андрій); the
    old engine's duplicate flags are recomputed."""
    fixture_0008(conn, key, slot_id)
    conn.executemany("INSERT INTO name_tokens(applicant_id, tokens) VALUES (?, ?)",
                     [(a, json.dumps(t, ensure_ascii=False)) for a, t in FIXTURE_0009_TOKENS.items()])
    conn.executemany("INSERT INTO name_keys(key, applicant_id) VALUES (?, ?)",
                     [(k, a) for a, keys in FIXTURE_0009_KEYS.items() for k in keys])
    conn.execute("DELETE FROM watchlist_hits")
    conn.executemany("UPDATE applicants SET flags = ? WHERE id = ?",
                     [("amber:overdue,info:merged_case", 1), ("", 2), ("info:merged_into", 6)])


def fixture_0010(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0010 after 0009: data as 0010's migration leaves fixture_0009 (numbered polygraph
    stages; the derived exam columns still to be computed by the rescore it schedules). This vault
    had also imported two versions of a case, whose latest officer owns it from 0011 on."""
    from app.domain.casenumber import legacy_case_id

    fixture_0009(conn, key, slot_id)
    for n in (1, 2):
        conn.execute("UPDATE applicants SET stage = 'polygraph', stage_exam = ? WHERE stage = ?",
                     (n, f"polygraph_{n}"))
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('rescore', '1')")
    case_id = legacy_case_id("ODESA-2026-0001", "2026-01-15T10:00:00Z")
    for version, officer in ((1, "Alpha"), (2, "Bravo")):
        conn.execute("INSERT INTO case_versions(case_number, version, imported_at, imported_by, officer, post,"
                     " cert_serial, json_sha256, bundle_sha256, content, case_id) VALUES ('ODESA-2026-0001', ?, ?,"
                     " 'Alpha', ?, 'ODESA', '1', ?, ?, x'00', ?)",
                     (version, NOW, officer, f"{version}" * 64, f"{version}" * 64, case_id))


def fixture_0011(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0011 after 0010: data as 0011's migration leaves fixture_0010 (the latest importing
    officer owns the case HQ had imported)."""
    fixture_0010(conn, key, slot_id)
    conn.execute("INSERT OR IGNORE INTO case_owners(case_key, callsign, post, since) "
                 "SELECT v.case_id, v.officer, v.post, v.imported_at FROM case_versions v WHERE v.case_id <> '' "
                 "AND v.version = (SELECT max(version) FROM case_versions w WHERE w.case_id = v.case_id)")


def fixture_0014(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0014 added an index only: the data of fixture_0011 (record JSON as plain text, each
    exam with its rule snapshot and question list inline, as before 0015)."""
    fixture_0011(conn, key, slot_id)


def fixture_0015(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0015 packed records at rest: data as 0015 leaves fixture_0014 (record JSON packed, each
    exam's rule snapshot and question list in exam_parts by hash, counted; `sealed` set)."""
    from collections import Counter

    from app.vault import packing

    fixture_0014(conn, key, slot_id)
    refs: Counter[bytes] = Counter()
    for exam_id, data in conn.execute("SELECT id, data FROM polygraph_exams").fetchall():
        body = json.loads(data)
        rest, parts = packing.split_exam(body)
        for h, packed in (p for p in parts if p is not None):
            refs[h] += 1
            conn.execute("INSERT OR IGNORE INTO exam_parts(sha256, body, refs) VALUES (?, ?, 0)", (h, packed))
        conn.execute("UPDATE polygraph_exams SET data = ?, rule_sha = ?, questions_sha = ?, sealed = ? WHERE id = ?",
                     (packing.pack(packing.dumps(rest)), *(p[0] if p else None for p in parts),
                      int(bool(body.get("sealed_by"))), exam_id))
    conn.executemany("UPDATE exam_parts SET refs = ? WHERE sha256 = ?", [(n, h) for h, n in refs.items()])
    for table, column in (("applicant_details", "details"), ("applications", "data"), ("interviews", "data"),
                          ("checks", "data"), ("decisions", "data")):
        rows = conn.execute(f"SELECT rowid, {column} FROM {table}").fetchall()
        conn.executemany(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", [(packing.pack(t), r) for r, t in rows])


def fixture_0016(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0016 added the stage history (back-filled from the audit log): the data of 0015."""
    fixture_0015(conn, key, slot_id)


def fixture_0017(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0017 added HQ's decisions and the HQ list's columns: the data of 0016, with
    `hq_cases` filled from each case's newest version as 0017's migration does."""
    fixture_0016(conn, key, slot_id)
    conn.execute("INSERT OR REPLACE INTO hq_cases(applicant_id, post, officer, received_at, version) "
                 "SELECT a.id, v.post, v.officer, v.imported_at, v.version FROM case_versions v "
                 "JOIN applicants a ON a.case_id = v.case_id WHERE v.case_id <> '' "
                 "AND v.version = (SELECT max(version) FROM case_versions w WHERE w.case_id = v.case_id)")



def fixture_0018(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0018 added the list's filter index only: 0017's data."""
    fixture_0017(conn, key, slot_id)


def fixture_0019(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0019 added the index of HQ's status column only: 0018's data."""
    fixture_0018(conn, key, slot_id)


def fixture_0020(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0020 added the statistics columns beside the packed records (filled here as its
    migration fills them) and `case_figures`, which its triggers keep as the rows go in."""
    from app.vault import packing

    fixture_0019(conn, key, slot_id)
    for rowid, data in conn.execute("SELECT rowid, data FROM applications").fetchall():
        conn.execute("UPDATE applications SET received_on = ? WHERE rowid = ?",
                     (str(packing.loads(data).get("received_on") or ""), rowid))
    for rowid, data in conn.execute("SELECT rowid, data FROM decisions").fetchall():
        body = packing.loads(data)
        conn.execute("UPDATE decisions SET decided_on = ?, reason_code = ? WHERE rowid = ?",
                     (str(body.get("decided_at") or body.get("sealed_at") or ""), str(body.get("reason_code") or ""),
                      rowid))


def fixture_0021(conn, key: bytes, slot_id: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0021 added the index of merged cases only: 0020's data."""
    fixture_0020(conn, key, slot_id)


FIXTURES: dict[str, Callable] = {  # type: ignore[type-arg]
    "0001": fixture_0001, "0002": fixture_0002, "0003": fixture_0003, "0004": fixture_0004,
    "0005": fixture_0005, "0006": fixture_0006, "0007": fixture_0007, "0008": fixture_0008,
    "0009": fixture_0009, "0010": fixture_0010, "0011": fixture_0011,
    "0014": fixture_0014, "0015": fixture_0015, "0016": fixture_0016, "0017": fixture_0017,
    "0018": fixture_0018, "0019": fixture_0019, "0020": fixture_0020, "0021": fixture_0021}


def _assert_new_identity(s, d, revision: str) -> None:  # type: ignore[no-untyped-def]
    """Schema 0008: a case id, an origin, a renumbered case that keeps its old number, authors
    that are not users marked external, and nothing of the old identity lost."""
    from app.domain.casenumber import legacy_case_id

    station = s.station_code
    assert len(station) == 3  # the vault's own code until an enrolment assigns one
    assert d.case_number == f"ODESA-{station}-2026-0001" and d.former_numbers == ["ODESA-2026-0001"]
    assert d.case_id == legacy_case_id("ODESA-2026-0001", "2026-01-15T10:00:00Z")
    assert d.origin is not None and d.origin.vault_id == "0" * 32 and d.origin.created_by == "Alpha"
    assert d.origin.post == "ODESA"
    assert s.get_dossier(d.case_id).case_number == d.case_number  # found by its id
    exam = d.polygraph_exams[0]
    assert exam.examiner == "Bravo" and exam.external == ["examiner"]  # free text, kept, marked
    # the audit entries written under the old number belong to the case
    assert "create" in [e.action for e in s.audit_entries(d.case_number)]
    if revision >= "0007":
        assert d.interviews[0].interviewer == "Alpha" and d.interviews[0].external == []  # a user here
        assert d.decision is not None and d.decision.external == ["approved_by"]
        assert d.decision.approved_by == "полковник Петренко"
        hq_case = s.get_dossier("LVIV-2026-0007")  # imported from another post: number kept
        assert hq_case.former_numbers == [] and hq_case.origin is None
        assert hq_case.case_id == legacy_case_id("LVIV-2026-0007", "2026-01-02T08:00:00Z")
        assert [v.case_id for v in s.case_versions("LVIV-2026-0007")] == [hq_case.case_id]
    with s.read() as c:
        ids = [r[0] for r in c.execute("SELECT case_id FROM applicants")]
    assert len(set(ids)) == len(ids) and all(ids)


def make_vault_at(revision: str, vault_dir: Path) -> None:
    """A vault as a release at `revision` left it: the database, and the key file and
    failed-unlock counter in their format of the time (JSON, v1 slots)."""
    vault_dir.mkdir(mode=0o700)
    key = os.urandom(32)
    slots = keyslots.SlotFile.new()
    slot = legacy_slot(slots, "Alpha", PASS, key)
    slots.put(slot)
    conn = connect(vault_dir / DB_FILE, key, create=True)
    schema.upgrade(conn, revision)
    assert schema.current_revision(conn) == revision
    with transaction(conn):
        FIXTURES[revision](conn, key, slot.slot_id)
    conn.close()
    write_legacy(vault_dir, slots)


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
        # the key file was converted in place: format 2, the user's slot made a v2 slot,
        # the counter folded in; a key rotation is advised (older copies may be on disk)
        doc = payload(vault_dir)
        assert doc["format"] == keyslots.FORMAT and [x["v"] for x in doc["slots"]] == [2]
        assert not (vault_dir / "unlock.state").exists() and s.warnings == []
        assert any("converted from an older version" in n for n in s.notices)
        with s.read() as c:
            assert schema.current_revision(c) == schema.HEAD_REVISION
        d = s.get_dossier("ODESA-2026-0001")  # the old number still finds the case
        _assert_new_identity(s, d, revision)
        assert d.person.surname == "Коваленко" and d.person.documents[0].number == "EK445566"
        assert d.application and d.application.text == "Заява про вступ"
        assert d.polygraph_exams[0].scores[0].score == -2
        assert s.attachment_content(d.case_number, d.attachments[0].sha256) == b"hello"
        # the search index was back-filled from the old data
        for q in ("Коваленко", "Kovalenko", "EK445566", "Заява", "ODESA-2026-0001", d.case_number):
            assert [h.summary.case_number for h in s.search(q)] == [d.case_number], q
        assert s.audit_verify().ok
        with s.read() as c:  # matching keys were built for the old data
            assert c.execute("SELECT count(*) FROM match_keys").fetchone()[0] > 0
        if revision >= "0004":
            assert s.idle_lock_minutes == 9
        if revision >= "0006":  # the list's stored sort keys were back-filled
            station = s.station_code
            names = [r.case_number for r in s.summaries(list(s.list_view(ListQuery(order=Order.NAME)).ids))]
            first, second = f"ODESA-{station}-2026-0001", f"ODESA-{station}-2026-0002"
            assert [n for n in names if n in (first, second)] == [second, first]
            assert [i for i in s.list_view(ListQuery(order=Order.LATIN, descending=True)).ids if i < 3] == [1, 2]
        else:
            with s.read() as c:
                assert c.execute("SELECT name_key, latin_key FROM applicants").fetchone() == (
                    sort_key("Коваленко", "Андрій", "Іванович"), sort_key("Kovalenko", "Andrii"))
        if revision >= "0007":  # 0009: names found by sound, the merged case only through the case it joined
            assert [h.summary.case_number for h in s.search("Kowalenko Andrij")] == [d.case_number]
            assert [h.summary.case_number for h in s.search("Kovalov")] == []
            merged = s.get_dossier("ODESA-2026-0005")  # found by its old number, renumbered like the others
            assert merged.case_number == f"ODESA-{s.station_code}-2026-0005"
            assert [m["case_number"] for m in s.case_links(d.case_number)["merged_cases"]] == [merged.case_number]
            assert s.case_links(merged.case_number) == {"merged_into": d.case_number}
            flags = {r.case_number: r.flags for r in s.list_applicants()}
            assert merged.case_number not in flags  # merged away: not in the list
            assert "duplicate" not in flags[f"ODESA-{s.station_code}-2026-0002"]  # the old engine's flag recomputed
            with s.read() as c:  # the ungraded hit from before 0009 was rechecked: not this person
                assert c.execute("SELECT count(*) FROM watchlist_hits").fetchone()[0] == 0
        if revision >= "0010":  # 0011: the latest importing officer owns each case HQ already held
            assert s.case_owner(d.case_id) == ("Bravo", "ODESA")
            assert s.case_owner(s.get_dossier("LVIV-2026-0007").case_id) == ("Echo", "LVIV")
            assert s.received_by_vault() == [] and s.export_history() == []
        with s.read() as c:  # 0014: the list by case number reads its index, in case-number order
            plan = " ".join(str(r[-1]) for r in c.execute(
                "EXPLAIN QUERY PLAN " + listing._field_sql(ListQuery(order=Order.CASE), ["merged_into IS NULL"])))
            assert "applicants_case_order" in plan and "TEMP B-TREE" not in plan
        by_case = [r.case_number for r in s.summaries(list(s.list_view(ListQuery(order=Order.CASE)).ids))]
        with s.read() as c:  # 0021: the cases merged into a case (read at every write) come from an index
            plan = " ".join(str(r[-1]) for r in c.execute(
                "EXPLAIN QUERY PLAN SELECT case_number FROM applicants WHERE merged_into = ? ORDER BY id", ("X",)))
            assert "applicants_merged_into" in plan and "TEMP B-TREE" not in plan, plan
        with s.read() as c:  # 0018: a filtered list is an index-only search of applicants_filter
            plan = " ".join(str(r[-1]) for r in c.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM applicants INDEXED BY applicants_filter"
                " WHERE merged_into IS NULL AND stage = ? AND instr(flags, 'red:') > 0", ("interview",)))
            assert "USING COVERING INDEX applicants_filter" in plan or "USING INDEX applicants_filter" in plan
        stage = s.list_applicants()[0].stage
        assert [r.case_number for r in s.summaries(list(s.list_view(ListQuery(stage=stage.value)).ids))] == [
            r.case_number for r in s.list_applicants() if r.stage is stage]
        assert by_case == sorted(by_case, key=lambda n: (n[:-5], len(n), n))
        with s.read() as c:  # 0017: the HQ list's columns of the case HQ imported, from its newest version
            row = c.execute("SELECT h.post, h.officer, h.version, h.status FROM hq_cases h JOIN applicants a"
                            " ON a.id = h.applicant_id WHERE a.case_id = ?", (d.case_id,)).fetchone()
            assert (row == ("ODESA", "Bravo", 2, "")) if revision >= "0010" else row is None
        with s.read() as c:  # 0020: the statistics columns filled from the packed records; the figures agree
            assert c.execute("SELECT received_on FROM applications WHERE applicant_id = 1").fetchone() == (
                "2026-01-10",)
            assert c.execute("SELECT outcome, decided_on, reason_code FROM decisions").fetchall() == (
                [("defer", "", "")] if revision >= "0007" else [])
            today = date(2026, 3, 1)
            assert read_statistics(c, StatsFilter(), True, today) == read_statistics_full(  # 0022: from counts
                c, StatsFilter(), True, today, buckets=True)
            assert c.execute("SELECT sum(n) FROM stats_opened WHERE day = '*'").fetchone()[0] == c.execute(
                "SELECT count(*) FROM applicants WHERE merged_into IS NULL").fetchone()[0]
        if revision >= "0005":
            with s.read() as c:
                assert c.execute("SELECT count(*) FROM watchlist").fetchone()[0] == 1
                assert c.execute("SELECT decision FROM match_decisions").fetchone()[0] == "distinct"
    finally:
        s.close()
    # the pre-migration backup is itself an openable vault database at the old revision
    key = None  # reopen through a fresh unlock to get the data key
    s = vault.unlock(vault_dir, "Alpha", PASS)
    key = bytes(s._data_key)  # the session zeroes its own buffer on close
    s.close()
    old = connect(backups[0], key)
    assert schema.current_revision(old) == revision
    old.close()


def test_the_0008_fixture_is_what_0008_leaves(tmp_path: Path) -> None:
    """Frozen now for the revisions after 0008: the same checks as an upgrade from 0007 passes."""
    make_vault_at("0008", tmp_path / "v")
    s = vault.unlock(tmp_path / "v", "Alpha", PASS)
    try:
        assert s.station_code == "QX7"
        _assert_new_identity(s, s.get_dossier("ODESA-2026-0001"), "0008")
        for q in ("ODESA-2026-0001", "ODESA-QX7-2026-0001", "Kovalenko"):
            assert [h.summary.case_number for h in s.search(q)] == ["ODESA-QX7-2026-0001"], q
    finally:
        s.close()


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
        for table in ("name_index", "name_keys", "name_tokens"):
            c.execute(f"DELETE FROM {table}")
        c.execute("INSERT INTO meta(key, value) VALUES ('reindex', '1')")
    assert session.search("Shevchuk") == []
    session.close()
    s = vault.unlock(vault_dir, "Alpha", PASS)
    assert [h.summary.case_number for h in s.search("Shevchuk")] == [case]
    with s.read() as c:
        assert c.execute("SELECT count(*) FROM meta WHERE key = 'reindex'").fetchone()[0] == 0
    s.close()


def test_0019_hq_status_index_round_trip(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.db", os.urandom(32), create=True)
    schema.upgrade(conn)

    def indexes() -> set[str]:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'"
                                           " AND tbl_name = 'hq_cases'")}

    assert "hq_cases_status" in indexes()
    plan = " ".join(str(r[-1]) for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT applicant_id FROM hq_cases WHERE status = 'decision:accept'"))
    assert "hq_cases_status" in plan
    schema.downgrade(conn, "0018")
    assert "hq_cases_status" not in indexes()
    schema.upgrade(conn)
    assert "hq_cases_status" in indexes()
    conn.close()


def test_0021_merged_into_index_round_trip(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.db", os.urandom(32), create=True)
    schema.upgrade(conn)

    def plan() -> str:
        return " ".join(str(r[-1]) for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT case_number FROM applicants WHERE merged_into = ? ORDER BY id", ("A",)))

    assert "USING INDEX applicants_merged_into" in plan() or "USING COVERING INDEX applicants_merged_into" in plan()
    schema.downgrade(conn, "0020")
    assert "SCAN applicants" in plan()  # what every write paid before: the whole table
    schema.upgrade(conn)
    assert "applicants_merged_into" in plan()
    conn.close()


def test_0022_stats_counts_round_trip(session) -> None:  # type: ignore[no-untyped-def]
    """The count tables are filled from the rows a vault holds (the backfill), gone after a downgrade,
    and filled again as they were after the upgrade; the triggers keep them from then on."""
    from bench import seed
    from tests.test_stats_counts import assert_counts_equal_cases

    seed.fill(session, 25, 3)
    tables = ("stats_opened", "stats_decided", "stats_waiting", "stats_exams", "stats_spans", "stage_spans")
    with session.read() as conn:
        conn.execute("INSERT INTO stage_history(applicant_id, from_stage, to_stage, at, source)"
                     " SELECT applicant_id, to_stage, 'checks', at + 90000, 'write' FROM stage_history")
        before = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
        assert before["stats_spans"] and before["stats_opened"]
        schema.downgrade(conn, "0021")
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert not names & set(tables) and not any(n.startswith("stats_") for n in names)
        schema.upgrade(conn)
        assert {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables} == before
        assert_counts_equal_cases(conn)
        plan = " ".join(str(r[-1]) for r in conn.execute(  # HQ import's station check seeks, not scans
            "EXPLAIN QUERY PLAN SELECT case_number FROM applicants WHERE origin <> ''"
            " AND json_extract(origin, '$.post') = ? AND json_extract(origin, '$.station') = ?"
            " AND json_extract(origin, '$.vault_id') < ? LIMIT 1",
            ("P", "A", "v")))
        assert "USING INDEX applicants_origin_station" in plan, plan
        plan = " ".join(str(r[-1]) for r in conn.execute(  # and its deletion notices: only those rows
            "EXPLAIN QUERY PLAN SELECT at, detail FROM audit INDEXED BY audit_deletion_received"
            " WHERE action = 'deletion_received' AND (detail LIKE ?"
            " OR detail LIKE ?) ORDER BY seq DESC", ("a%", "b%")))
        assert "audit_deletion_received" in plan and "TEMP B-TREE" not in plan, plan
