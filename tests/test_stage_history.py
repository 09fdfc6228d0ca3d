"""Stage history (issue 21, migration 0016): every write that changes a case's computed stage
appends a transition row in the same transaction, through the desktop's and the CLI's guarded
writes and HQ import; the migration back-fills what the audit log dates, and round-trips."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine

from app.domain.enums import CheckKind, CheckResult
from app.domain.interchange import parse_document
from app.domain.model import BackgroundCheck
from app.domain.serde import from_jsonable
from app.vault import audit, keyslots, schema, vault
from app.vault.connection import DB_FILE, connect, transaction
from tests.conftest import PASS, sample_doc
from tests.guard_helpers import cli, complete_interview, doc_with, make_post
from tests.keyfile_helpers import legacy_slot, write_legacy
from tests.test_migrations import FIXTURES


def history(s: Any, case: str | None = None) -> list[tuple[str, int | None, str, int | None, str, str]]:
    """(from, from exam, to, to exam, by, source) of a case's rows (or every row), oldest first."""
    with s.read() as c:
        rows = c.execute("SELECT h.from_stage, h.from_exam, h.to_stage, h.to_exam, h.actor, h.source, a.case_number"
                         " FROM stage_history h JOIN applicants a ON a.id = h.applicant_id ORDER BY h.id").fetchall()
    return [tuple(r[:6]) for r in rows if case is None or r[6] == case]  # type: ignore[misc]


def at(day: int) -> Any:
    return time_machine.travel(datetime(2026, 3, day, 9, 0, tzinfo=UTC), tick=False)


def _desktop_steps(s: Any) -> str:
    """What the desktop does: a new case saved, an interview added and sealed, a check resolved."""
    from app.domain.model import Interview

    d = parse_document(doc_with()).dossier
    with at(1):
        case = s.create_dossier(d)
    with at(5):
        d = s.get_dossier(case)
        interview, problems = from_jsonable(Interview, complete_interview("Sam"))
        assert not problems
        d.interviews.append(interview)
        s.save_dossier(d)
        s.seal_record(case, "interview", 0, PASS)
    with at(11):
        d = s.get_dossier(case)
        d.checks.append(BackgroundCheck(CheckKind.SECURITY_SERVICE, requested_by="Sam", result=CheckResult.NO_RECORD))
        s.save_dossier(d)
    return case


def test_desktop_writes_record_each_change_of_stage_with_time_and_user(vault_dir: Path) -> None:
    s = make_post(vault_dir)
    try:
        case = _desktop_steps(s)
        assert history(s, case) == [
            ("", None, "interview", None, "Sam", "write"),  # saving the interview unsealed changes nothing
            ("interview", None, "checks", None, "Sam", "write"),
            ("checks", None, "polygraph", 1, "Sam", "write")]
        with s.read() as c:
            times = [r[0] for r in c.execute("SELECT at FROM stage_history ORDER BY id")]
        day = 86400
        assert [t - times[0] for t in times] == [0, 4 * day, 10 * day]
        stats = s.statistics()
        assert [(d.stage, d.count, d.median_days) for d in stats.durations] == [("interview", 1, 4.0),
                                                                               ("checks", 1, 6.0)]
    finally:
        s.close()


def test_cli_writes_record_the_stage_too(vault_dir: Path, tmp_path: Path) -> None:
    make_post(vault_dir).close()
    doc = tmp_path / "case.json"
    doc.write_text(json.dumps(doc_with()), "utf-8")
    code, out, err = cli(vault_dir, "officer", "applicant", "add", "--json", str(doc))
    assert code == 0, err
    case = out.strip().splitlines()[-1].split()[0]
    s = vault.unlock(vault_dir, "Sam", PASS)
    try:
        d = s.get_dossier(case)
        assert history(s, d.case_number) == [("", None, "interview", None, "Olga", "write")]
    finally:
        s.close()


def test_a_write_that_fails_leaves_no_transition(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same transaction: a crash after the row is written (in the audit append) leaves neither."""
    s = make_post(vault_dir)
    try:
        case = s.add_applicant(parse_document(doc_with(interviews=[complete_interview("Sam")])))
        before = history(s)
        monkeypatch.setattr(type(s), "audit", lambda *a, **k: (_ for _ in ()).throw(OSError("power")))
        with pytest.raises(OSError):
            s.seal_record(case, "interview", 0, PASS)  # would move the case to the checks
        monkeypatch.undo()
        assert history(s) == before and not s.get_dossier(case).interviews[0].sealed_by
        s.seal_record(case, "interview", 0, PASS)
        assert history(s)[len(before):] == [("interview", None, "checks", None, "Sam", "write")]
    finally:
        s.close()


def _seal_an_interview(field: Any, case: str) -> None:
    from app.domain.model import Interview

    d = field.get_dossier(case)
    interview, problems = from_jsonable(Interview, complete_interview("Alpha"))
    assert not problems
    d.interviews = [interview]
    field.save_dossier(d)
    field.seal_record(case, "interview", 0, PASS)


def test_hq_import_records_the_stage_of_each_new_version(field: Any, hq: Any, tmp_path: Path) -> None:
    from app.casefile.hq_ops import import_bundle, trust_of
    from tests.exchange_helpers import add_case
    from tests.test_exchange_records import export

    case = add_case(field)
    hqv = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    try:
        assert import_bundle(hqv, export(field, case, tmp_path / "s1"), trust_of(hq)).version == 1
        case_id = field.get_dossier(case).case_id
        number = hqv.get_dossier(case_id).case_number
        first = _stage(hqv, case_id)
        assert history(hqv, number) == [("", None, *first, "Chief", "import")]
        _seal_an_interview(field, case)  # the field case moves on
        assert import_bundle(hqv, export(field, case, tmp_path / "s2"), trust_of(hq)).version == 2
        second = _stage(hqv, case_id)
        assert second != first and second == _field_stage(field, case)
        assert history(hqv, number)[1:] == [(*first, *second, "Chief", "import")]
    finally:
        hqv.close()


def _field_stage(s: Any, case: str) -> tuple[str, int | None]:
    from app.domain.workflow import current_stage, stage_exam

    d = s.get_dossier(case)
    return current_stage(d).value, stage_exam(d)


def _stage(s: Any, case: str) -> tuple[str, int | None]:
    with s.read() as c:
        row = c.execute("SELECT stage, stage_exam FROM applicants WHERE case_id = ?", (case,)).fetchone()
    return str(row[0]), row[1]


# -- migration 0016 -------------------------------------------------------------------------------
def _vault_at_0014_with_history(vault_dir: Path) -> None:
    """The 0014 fixture, plus audit entries of a decided and exported case, a defer, and an import."""
    vault_dir.mkdir(mode=0o700)
    key = os.urandom(32)
    slots = keyslots.SlotFile.new()
    slot = legacy_slot(slots, "Alpha", PASS, key)
    slots.put(slot)
    conn = connect(vault_dir / DB_FILE, key, create=True)
    schema.upgrade(conn, "0014")
    with transaction(conn):
        FIXTURES["0014"](conn, key, slot.slot_id)
        akey = audit.audit_key(key)
        for day, action, case, detail in ((2, "create", "ODESA-2026-0003", ""),  # case 4 (Бондар)
                                          (9, "decision", "ODESA-2026-0003", "accept"),
                                          (12, "exported", "ODESA-2026-0003", "export 1"),
                                          (13, "exported", "ODESA-2026-0003", "export 2"),  # a repeat: no row
                                          (3, "create", "ODESA-2026-0004", ""),  # case 5: a defer is not dated
                                          (10, "decision", "ODESA-2026-0004", "defer"),
                                          (11, "exported", "ODESA-2026-0004", "export 3"),
                                          (4, "imported", "LVIV-2026-0007", "version 1 from Echo (LVIV)")):
            with time_machine.travel(datetime(2026, 2, day, 8, 0, tzinfo=UTC), tick=False):
                audit.append(conn, akey, "Alpha", action, case, detail)
    conn.close()
    write_legacy(vault_dir, slots)


def test_migration_backfills_what_the_audit_dates(tmp_path: Path) -> None:
    from tests.test_migrations import POLYGRAPH_CASES

    assert [c for _, c, _ in POLYGRAPH_CASES] == ["ODESA-2026-0003", "ODESA-2026-0004"]
    _vault_at_0014_with_history(tmp_path / "v")
    s = vault.unlock(tmp_path / "v", "Alpha", PASS)
    try:
        with s.read() as c:
            rows = c.execute("SELECT a.case_number, h.from_stage, h.to_stage, h.to_exam, h.at, h.actor, h.source"
                             " FROM stage_history h JOIN applicants a ON a.id = h.applicant_id"
                             " WHERE h.source = 'audit' ORDER BY h.id").fetchall()
        station = s.station_code
        day = lambda d: int(datetime(2026, 2, d, 8, 0, tzinfo=UTC).timestamp())  # noqa: E731
        backfilled = [(n.replace(f"-{station}-", "-"), f, t, e, a, by, src) for n, f, t, e, a, by, src in rows]
        created = [r for r in backfilled if r[1] == ""]
        assert ("ODESA-2026-0003", "", "application", None, day(2), "Alpha", "audit") in created
        assert ("ODESA-2026-0004", "", "application", None, day(3), "Alpha", "audit") in created
        assert ("ODESA-2026-0003", "decision", "sent_to_hq", None, day(9), "Alpha", "audit") in backfilled
        assert ("ODESA-2026-0003", "sent_to_hq", "closed", None, day(12), "Alpha", "audit") in backfilled
        assert not [r for r in backfilled if r[0] == "ODESA-2026-0004" and r[1]]  # defer, export: not dated
        lviv = [r for r in backfilled if r[0] == "LVIV-2026-0007"]
        assert lviv == [("LVIV-2026-0007", "", "interview", None, day(4), "Alpha", "audit")]  # one import
        stats = s.statistics()
        assert [(d.stage, d.count, d.median_days) for d in stats.durations] == [("sent_to_hq", 1, 3.0)]
    finally:
        s.close()


def test_migration_0016_round_trip(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.db", os.urandom(32), create=True)
    schema.upgrade(conn)
    assert conn.execute("SELECT count(*) FROM stage_history").fetchone() == (0,)
    schema.downgrade(conn, "0014")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "stage_history" not in tables and "applicants" in tables
    schema.upgrade(conn)
    assert schema.current_revision(conn) == schema.HEAD_REVISION
    assert conn.execute("SELECT count(*) FROM stage_history").fetchone() == (0,)
    conn.close()


def test_deleting_a_case_deletes_its_history(vault_dir: Path) -> None:
    s = make_post(vault_dir)
    try:
        case = s.add_applicant(parse_document(sample_doc()))
        assert history(s, case)
        s.delete_applicant(case, "entered in error")
        assert history(s) == []
    finally:
        s.close()


def test_from_jsonable_is_what_the_desktop_uses() -> None:
    """The interview the desktop test adds is a valid record (a guard against a silent empty list)."""
    from app.domain.model import Interview

    interview, problems = from_jsonable(Interview, complete_interview("Sam"))
    assert not problems and interview.interviewer == "Sam"
