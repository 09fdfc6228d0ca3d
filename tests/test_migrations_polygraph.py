"""Migration 0010 (any number of polygraph exams) on the two-slot exams of 0007, from a vault at
0007 and from one that already had 0008's case identity (fixtures in tests/test_migrations.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.vault import schema, vault
from app.vault.connection import DB_FILE, connect
from app.vault.listing import ListQuery
from tests.conftest import PASS
from tests.test_migrations import OLD_ESS, make_vault_at


@pytest.mark.parametrize("revision", ["0007", "0008", "0010"])
def test_exams_move_to_numbered_polygraph_stages_and_keep_their_results(revision: str, tmp_path: Path) -> None:
    """Migration 0010 on the two-slot exams of 0007, whether the vault was at 0007 or had 0008's identity."""
    vault_dir = tmp_path / "old"
    make_vault_at(revision, vault_dir)
    s = vault.unlock(vault_dir, "Alpha", PASS)
    try:
        with s.read() as c:
            rows = dict((r[0], (r[1], r[2])) for r in c.execute("SELECT id, stage, stage_exam FROM applicants"))
            exams = c.execute("SELECT id, result, computed, rule_status FROM polygraph_exams ORDER BY id").fetchall()
        assert rows[1] == ("polygraph", 1) and rows[2] == ("application", None) and rows[3] == ("interview", None)
        assert rows[4] == ("polygraph", 3) and rows[5] == ("decision", None)  # 4: NDI then INC calls for exam 3
        assert exams == [(1, "NDI", None, "none"), (11, "NDI", "INC", "earlier"), (12, "INC", "INC", "earlier"),
                         (13, "NDI", "INC", "unknown"), (14, "NDI", "INC", "earlier")]
        d = s.get_dossier("ODESA-2026-0003")  # by its former number
        assert d.case_number == f"ODESA-{s.station_code}-2026-0003"
        old = s.computed(d)["polygraph_exams"][1]
        assert d.polygraph_exams[1].result is not None and d.polygraph_exams[1].result.value == "INC"  # kept
        assert d.polygraph_exams[1].rule == OLD_ESS  # the snapshot is untouched
        assert d.polygraph_exams[1].sealed_by == "Examiner2" and d.polygraph_exams[1].external == ["examiner"]
        assert (old["stated_result"], old["computed_result"], old["rule_status"], old["rule_verified"]) == (
            "INC", "INC", "earlier", False)
        assert old["current_default"] == {"rule": "essm_single_issue", "rule_label": "ESS-M single issue (two-stage)",
                                          "result": "DI", "reason": "grand total -3 ≤ -3"}
        flagged = {r.case_number: r.flags for r in s.list_applicants()}
        assert "red:polygraph_unknown_rule" in flagged[s.get_dossier("ODESA-2026-0004").case_number]
        assert "amber:polygraph_discordance" in flagged[d.case_number]
        with s.read() as c:
            assert c.execute("SELECT count(*) FROM meta WHERE key = 'rescore'").fetchone()[0] == 0
        polygraph_rows = list(s.list_view(ListQuery(stage="polygraph")).ids)
        assert polygraph_rows == [1, 4] and list(s.list_view(ListQuery(stage="polygraph_3")).ids) == [4]
    finally:
        s.close()


@pytest.mark.parametrize("revision", ["0007", "0008"])
def test_downgrade_restores_the_two_exam_stages(revision: str, tmp_path: Path) -> None:
    vault_dir = tmp_path / "old"
    make_vault_at(revision, vault_dir)
    s = vault.unlock(vault_dir, "Alpha", PASS)
    key = bytes(s._data_key)  # the session zeroes its own buffer when it closes
    s.close()
    c = connect(vault_dir / DB_FILE, key)
    schema.downgrade(c, revision)
    stages = dict(c.execute("SELECT id, stage FROM applicants").fetchall())
    numbers = dict(c.execute("SELECT id, case_number FROM applicants").fetchall())
    columns = {r[1] for r in c.execute("PRAGMA table_info(polygraph_exams)")}
    applicant_columns = {r[1] for r in c.execute("PRAGMA table_info(applicants)")}
    c.close()
    assert stages == {1: "polygraph_1", 2: "application", 3: "interview", 4: "polygraph_2", 5: "decision",
                      6: "application"}  # 6: the case merged into 1 (fixture_0007)
    assert "computed" not in columns and "rule_status" not in columns and "stage_exam" not in applicant_columns
    if revision == "0007":  # 0008's down step gives the cases their old numbers back
        assert numbers == {1: "ODESA-2026-0001", 2: "ODESA-2026-0002", 3: "LVIV-2026-0007", 4: "ODESA-2026-0003",
                           5: "ODESA-2026-0004", 6: "ODESA-2026-0005"} and "case_id" not in applicant_columns
    else:
        assert numbers[4] == "ODESA-QX7-2026-0003" and "case_id" in applicant_columns
