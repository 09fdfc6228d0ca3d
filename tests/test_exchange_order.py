"""Replay, order and ownership at HQ: every bundle is kept, an older or equal export
never becomes current, an exact repeat is a repeat, gaps are shown, and a case
signed by another officer is refused unless a signed transfer hands it over."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASS, run_cli
from tests.exchange_helpers import HQ_PASS, add_case, enrolled_vault, members_of, seal_to

ENV = {"DOSSIER_PASSPHRASE": PASS, "DOSSIER_USER": "Chief", "DOSSIER_HQ_PASSPHRASE": HQ_PASS}


def export(session: Any, case: str, stick: Path) -> Path:
    from app.casefile.export import export_cases

    stick.mkdir(exist_ok=True)
    return export_cases(session, [case], stick).exported[0].file


def set_check(session: Any, case: str, result: str) -> None:
    from app.domain.enums import CheckResult

    d = session.get_dossier(case)
    d.checks[0].result = CheckResult(result)
    session.save_dossier(d)


@pytest.fixture
def hqv(tmp_path: Path) -> Any:
    from app.vault import vault

    s = vault.create(tmp_path / "hqv", "HQ", "Chief", PASS)
    s.close()
    return tmp_path / "hqv"


def hq_import(hqv: Path, hq: Any, *bundles: Path) -> Any:
    return run_cli("--vault", str(hqv), "import", *map(str, bundles), "--identity", str(hq.folder), **ENV)


def current_check(hqv: Path, case: str) -> str:
    from app.vault import vault

    s = vault.unlock(hqv, "Chief", PASS)
    try:
        return s.get_dossier(case).checks[0].result.value
    finally:
        s.close()


def test_replaying_an_old_bundle_is_a_repeat_and_never_rolls_hq_back(field: Any, hq: Any, hqv: Path,
                                                                      tmp_path: Path) -> None:
    """v1, then v2 (an adverse check), then v1 again stored v1's content as version 3."""
    case = add_case(field)
    v1 = export(field, case, tmp_path / "s1")
    set_check(field, case, "adverse")
    v2 = export(field, case, tmp_path / "s2")
    r = hq_import(hqv, hq, v1, v2)
    assert r.returncode == 0 and "imported as version 1" in r.stdout and "imported as version 2" in r.stdout
    r = hq_import(hqv, hq, v1)
    assert r.returncode == 0, r.stderr
    assert "REPEAT: a repeat of export 1 of vault" in r.stdout and "nothing changed" in r.stdout
    again = tmp_path / "again.fdb.age"  # the same archive, encrypted again by anyone with recipient.txt
    members = members_of(v1.read_bytes(), hq.identity)
    from tests.test_exchange_attacks import ours

    again.write_bytes(seal_to(ours(members), hq.recipient))
    assert "REPEAT" in hq_import(hqv, hq, again).stdout
    assert current_check(hqv, case) == "adverse"


def test_an_older_export_arriving_late_is_kept_but_never_current(field: Any, hq: Any, hqv: Path,
                                                                 tmp_path: Path) -> None:
    from app.vault import vault

    case = add_case(field)
    old = export(field, case, tmp_path / "s1")
    set_check(field, case, "adverse")
    new = export(field, case, tmp_path / "s2")
    assert "imported as version 1" in hq_import(hqv, hq, new).stdout
    r = hq_import(hqv, hq, old)
    assert r.returncode == 0 and "STALE: export 1 is not newer than export 2" in r.stdout
    assert current_check(hqv, case) == "adverse"
    s = vault.unlock(hqv, "Chief", PASS)
    try:
        with s.read() as c:
            kept = c.execute("SELECT outcome, length(content) FROM received_bundles WHERE sequence = 1").fetchone()
        assert kept[0] == "stale" and kept[1] > 1000  # the whole archive is kept
        assert [v.version for v in s.case_versions(case)] == [1]
    finally:
        s.close()


def test_a_clone_reusing_an_export_number_is_refused(alpha: Any, hq: Any, hqv: Path, tmp_path: Path) -> None:
    """A copy of the vault (same id) numbering its own exports collides with the original."""
    from app.vault import vault

    s = enrolled_vault(tmp_path / "field", hq, tmp_path, prepared=alpha)
    case = add_case(s)
    first = export(s, case, tmp_path / "s1")
    s.close()
    shutil.copytree(tmp_path / "field", tmp_path / "clone")
    s = vault.unlock(tmp_path / "field", "Alpha", PASS)
    try:
        second = export(s, add_case(s, given_name="Інший"), tmp_path / "s2")
    finally:
        s.close()
    clone = vault.unlock(tmp_path / "clone", "Alpha", PASS)  # still numbers its next export 2
    try:
        set_check(clone, case, "no_record")
        forged = export(clone, case, tmp_path / "s3")
    finally:
        clone.close()
    r = hq_import(hqv, hq, first, second, forged)
    assert r.returncode == 101, r.stdout + r.stderr
    assert "FAIL  sequence" in r.stdout and "already received with other content" in r.stdout


def test_a_clock_set_back_cannot_slip_a_bundle_in_before_others(field: Any, hq: Any, hqv: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from app.casefile import casefile

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    a, b, c = (add_case(field, given_name=n) for n in ("Андрій", "Борис", "Віктор"))
    monkeypatch.setattr(casefile, "clock", lambda: now - dt.timedelta(hours=2))
    first = export(field, a, tmp_path / "s1")
    monkeypatch.setattr(casefile, "clock", lambda: now - dt.timedelta(hours=1))
    second = export(field, b, tmp_path / "s2")
    monkeypatch.setattr(casefile, "clock", lambda: now - dt.timedelta(hours=3))  # set back past both
    third = export(field, c, tmp_path / "s3")
    r = hq_import(hqv, hq, first, second, third)
    assert r.returncode == 101 and "FAIL  sequence-time" in r.stdout and "clock was set back" in r.stdout
    from app.casefile.words import Printer
    from app.vault import vault
    from app.vault.audit import AuditFilter

    s = vault.unlock(hqv, "Chief", PASS)  # the refusal is audited by its code: each reader's language
    try:
        (entry,) = s.audit_log(AuditFilter(action="bundle_order"))
    finally:
        s.close()
    assert "the laptop's clock was set back" in entry.detail and entry.detail.message.code == "verify.clock_back"
    assert "годинник" in Printer("uk").detail(entry.detail) and "clock" not in Printer("uk").detail(entry.detail)


def test_gaps_in_a_vaults_numbering_are_shown(field: Any, hq: Any, hqv: Path, tmp_path: Path) -> None:
    """A stick lost on the way: HQ sees exports 1 and 3 of a vault, and says 2 is missing."""
    cases = [add_case(field, given_name=n) for n in ("Андрій", "Борис", "Віктор")]
    bundles = [export(field, case, tmp_path / f"s{i}") for i, case in enumerate(cases)]
    r = hq_import(hqv, hq, bundles[0], bundles[2])
    assert r.returncode == 0
    assert f"GAP: vault {field.vault_id[:8]} (Alpha, KYIV): exports 2 have not arrived" in r.stdout
    r = hq_import(hqv, hq, bundles[1])
    assert "GAP" not in r.stdout
