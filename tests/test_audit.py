"""The audit chain detects edited, removed and reordered entries."""

from __future__ import annotations

import pytest

from app.errors import IntegrityError
from app.vault import audit


@pytest.fixture
def chained(session):  # type: ignore[no-untyped-def]
    with session.write() as c:
        for i in range(5):
            session.audit(c, "view", f"KYIV-2026-000{i}", "")
    assert session.audit_verify().ok
    return session


def _conn(session):  # type: ignore[no-untyped-def]
    return session._conn


def test_intact_chain_counts_entries(chained) -> None:
    report = chained.audit_verify()
    assert report.ok and report.entries == 7  # vault_created, user_added, 5 views


def test_edited_entry_detected(chained) -> None:
    _conn(chained).execute("UPDATE audit SET actor = 'Mallory' WHERE seq = 4")
    report = chained.audit_verify()
    assert not report.ok and report.bad_seq == 4 and "altered" in report.problem


def test_edited_case_number_detected(chained) -> None:
    _conn(chained).execute("UPDATE audit SET case_number = 'KYIV-2026-9999' WHERE seq = 5")
    assert chained.audit_verify().bad_seq == 5


def test_removed_entry_detected(chained) -> None:
    _conn(chained).execute("DELETE FROM audit WHERE seq = 3")
    report = chained.audit_verify()
    assert not report.ok and report.bad_seq == 3 and "missing" in report.problem


def test_reordered_entries_detected(chained) -> None:
    c = _conn(chained)
    c.execute("UPDATE audit SET seq = -1 WHERE seq = 4")
    c.execute("UPDATE audit SET seq = 4 WHERE seq = 5")
    c.execute("UPDATE audit SET seq = 5 WHERE seq = -1")
    report = chained.audit_verify()
    assert not report.ok and report.bad_seq == 4


def test_recomputed_plain_hash_does_not_help(chained) -> None:
    """Without the vault key an attacker cannot recompute a valid MAC."""
    c = _conn(chained)
    row = c.execute("SELECT seq, at, actor, action, case_number, detail, prev_hash FROM audit "
                    "WHERE seq = 3").fetchone()
    forged = audit._mac(b"\x00" * 32, row[0], row[1], "Mallory", row[3], row[4], row[5], bytes(row[6]))
    c.execute("UPDATE audit SET actor = 'Mallory', hash = ? WHERE seq = 3", (forged,))
    assert chained.audit_verify().bad_seq == 3


def test_cli_reports_tampering(session, vault_dir, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app import cli
    from tests.conftest import PASS

    _conn(session).execute("UPDATE audit SET detail = 'x' WHERE seq = 1")
    session.close()
    monkeypatch.setenv("DOSSIER_USER", "Alpha")
    monkeypatch.setenv("DOSSIER_PASSPHRASE", PASS)
    code = cli.main(["--vault", str(vault_dir), "audit", "verify"])
    assert code == IntegrityError.exit_code
    assert "entry 1 has been altered" in capsys.readouterr().err
