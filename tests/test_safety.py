"""Panic wipe, the wipe-after-N policy, the failed-unlock counter's tamper check,
the commit mark and the clock-skew warning (docs/SECURITY.md cites these)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.errors import AuthenticationError, IntegrityError, NotFoundError, ValidationError, VaultWipedError
from app.vault import attempts, keyslots, startup_checks, vault, wipe
from tests.conftest import PASS, run_cli
from tests.keyfile_helpers import edit as keyfile_edit
from tests.keyfile_helpers import set_counter

WRONG = "not the right passphrase at all"


@pytest.fixture
def no_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attempts, "delay_for", lambda consecutive: 0.0)


def _add(session) -> str:  # type: ignore[no-untyped-def]
    from app.domain.interchange import parse_document
    from tests.conftest import sample_doc

    return str(session.add_applicant(parse_document(sample_doc())))


def _fail(vault_dir: Path) -> str:
    with pytest.raises(AuthenticationError) as info:
        vault.unlock(vault_dir, "Alpha", WRONG, wait=False)
    return info.value.message


# -- panic wipe ------------------------------------------------------------------------------
def test_wipe_removes_everything_and_leftovers_open_nothing(
    session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(session)
    session.backup_to(vault_dir.parent / "stick.fdbackup")  # an officer's backup elsewhere survives
    session.close()
    # Keep what a forensic tool could undelete: the files as they are just before removal.
    monkeypatch.setattr(wipe.shutil, "rmtree", lambda *a, **k: None)
    report = wipe.wipe(vault_dir)
    assert report.shredded >= 2 and not report.was_busy
    with pytest.raises(IntegrityError):  # the slots are random bytes now
        vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    raw = (vault_dir / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    monkeypatch.undo()
    shutil.rmtree(vault_dir)
    assert (vault_dir.parent / "stick.fdbackup").exists()


def test_wipe_cli_needs_confirmation_and_then_erases(session, vault_dir: Path) -> None:
    session.close()
    refused = run_cli("--vault", str(vault_dir), "wipe", stdin="")
    assert refused.returncode == 2 and "confirmation" in refused.stderr
    assert (vault_dir / "vault.keys").exists()
    done = run_cli("--vault", str(vault_dir), "wipe", "--yes")
    assert done.returncode == 0, done.stderr
    assert "Vault erased" in done.stdout
    assert not vault_dir.exists()
    opened = run_cli("--vault", str(vault_dir), "applicant", "list", DOSSIER_USER="Alpha",
                     DOSSIER_PASSPHRASE=PASS)
    assert opened.returncode == NotFoundError.exit_code
    again = run_cli("--vault", str(vault_dir), "wipe", "--yes")
    assert again.returncode == NotFoundError.exit_code


def test_wipe_of_an_open_vault_still_erases_it(session, vault_dir: Path) -> None:
    _add(session)
    report = wipe.wipe(vault_dir)  # another "window" (this session) holds the lock
    assert report.was_busy
    session.close()
    assert not (vault_dir / "vault.keys").exists()
    with pytest.raises(NotFoundError):
        vault.unlock(vault_dir, "Alpha", PASS, wait=False)


# -- wipe after N failed unlocks ----------------------------------------------------------------
def test_policy_is_off_by_default_and_bounded(session) -> None:
    assert session.wipe_after == 0
    for bad in (1, 2, -1, 101):
        with pytest.raises(ValidationError):
            session.set_wipe_after(bad)
    session.set_wipe_after(5)
    assert session.wipe_after == 5
    assert session.audit_entries()[0].action == "policy_changed"


def test_warns_from_three_before_the_limit_then_wipes(session, vault_dir: Path, no_delay: None) -> None:
    session.set_wipe_after(5)
    session.close()
    assert vault.attempts_left(vault_dir) == 5
    messages = [_fail(vault_dir) for _ in range(4)]
    assert "left" not in messages[0]
    assert [m.split(". ")[-1] for m in messages[1:]] == [
        "3 attempt(s) left before this vault is erased.",
        "2 attempt(s) left before this vault is erased.",
        "1 attempt(s) left before this vault is erased."]
    assert vault.attempts_left(vault_dir) == 1
    with pytest.raises(VaultWipedError, match="erased"):
        vault.unlock(vault_dir, "Alpha", WRONG, wait=False)
    assert not vault_dir.exists()


def test_a_success_resets_the_count_toward_the_wipe(session, vault_dir: Path, no_delay: None) -> None:
    session.set_wipe_after(3)
    session.close()
    _fail(vault_dir)
    _fail(vault_dir)
    vault.unlock(vault_dir, "Alpha", PASS, wait=False).close()
    assert vault.attempts_left(vault_dir) == 3


def test_cli_policy_and_wipe_exit_code(session, vault_dir: Path) -> None:
    session.close()
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
    shown = run_cli("--vault", str(vault_dir), "policy", **env)
    assert "Never erase" in shown.stdout
    set_ = run_cli("--vault", str(vault_dir), "policy", "--wipe-after", "3", **env)
    assert set_.returncode == 0 and "after 3" in set_.stdout
    for expected in (3, 3, 11):
        set_counter(vault_dir, last_failure=0.0)  # the delay has passed
        r = run_cli("--vault", str(vault_dir), "applicant", "list", DOSSIER_USER="Alpha",
                    DOSSIER_PASSPHRASE=WRONG)
        assert r.returncode == expected, r.stderr
    assert "erased" in r.stderr and not vault_dir.exists()


# -- tampering with the counter or the policy is noticed ----------------------------------------
@pytest.mark.parametrize("edit", ["garbage", "set back", "consecutive only", "newest area only"])
def test_counter_tampering_is_reported_at_next_login(
    session, vault_dir: Path, no_delay: None, edit: str
) -> None:
    session.close()
    _fail(vault_dir)
    _fail(vault_dir)
    vault.unlock(vault_dir, "Alpha", PASS, wait=False).close()  # the vault saw 2 failures
    _fail(vault_dir)
    _fail(vault_dir)
    if edit == "garbage":
        keyfile_edit(vault_dir, lambda doc: doc.update(attempts=[1, 2]))
    elif edit == "set back":
        set_counter(vault_dir, consecutive=0, total=0)
    elif edit == "consecutive only":
        set_counter(vault_dir, consecutive=0, total=4)
    else:  # only the newest area rewritten, its run of failures zeroed
        keyfile_edit(vault_dir, lambda doc: doc["attempts"].update(consecutive=0), both=False)
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=True)
    try:
        assert len(s.warnings) == 1 and ("counter" in s.warnings[0] or "copies" in s.warnings[0])
        assert any(e.action == "tamper_detected" for e in s.audit_entries(limit=5))
    finally:
        s.close()
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)  # consistent again: no repeat
    assert s.warnings == []
    s.close()


def test_an_untrusted_counter_counts_as_the_limit_minus_one(session, vault_dir: Path, no_delay: None) -> None:
    """Damaged or edited, the counter leaves one attempt before the wipe, says so before
    it, and is reported as tampering at the next login."""
    session.set_wipe_after(5)
    session.close()
    keyfile_edit(vault_dir, lambda doc: doc.update(attempts={"consecutive": "0"}))
    assert vault.attempts_left(vault_dir) == 1
    assert "damaged or edited" in vault.counter_problem(vault_dir)
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    assert any("counter was damaged" in w for w in s.warnings)
    s.close()
    assert vault.attempts_left(vault_dir) == 5 and vault.counter_problem(vault_dir) == ""
    keyfile_edit(vault_dir, lambda doc: doc.update(attempts={"consecutive": "0"}))
    with pytest.raises(VaultWipedError):
        vault.unlock(vault_dir, "Alpha", WRONG, wait=False)
    assert not vault_dir.exists()


def test_an_attempt_cut_short_counts_as_failed(session, vault_dir: Path, no_delay: None) -> None:
    """The attempt is counted before the passphrase is tried: killing the program
    during the key derivation does not keep a guess from the count."""
    session.set_wipe_after(3)
    session.close()
    def killed(*args: object) -> None:
        raise SystemExit("killed during the key derivation")
    real = keyslots.SlotFile.unwrap_keys
    keyslots.SlotFile.unwrap_keys = killed  # type: ignore[method-assign,assignment]
    try:
        for _ in range(2):
            with pytest.raises(SystemExit):
                vault.unlock(vault_dir, "Alpha", WRONG, wait=False)
    finally:
        keyslots.SlotFile.unwrap_keys = real  # type: ignore[method-assign]
    assert vault.attempts_left(vault_dir) == 1
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    assert s.warnings == []  # a crash is not tampering
    assert "2 failed unlock attempt(s)" in s.audit_entries(limit=3)[1].detail
    s.close()


def test_honest_failures_raise_no_tamper_warning(session, vault_dir: Path, no_delay: None) -> None:
    session.close()
    _fail(vault_dir)
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    assert s.warnings == []
    s.close()


def test_policy_stripped_from_key_file_is_put_back(session, vault_dir: Path) -> None:
    session.set_wipe_after(4)
    session.close()
    slots = keyslots.load(vault_dir)
    slots.wipe_after = 0  # an edit that also fixes the checksum
    keyslots.save(vault_dir, slots)
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    assert any("wipe policy" in w for w in s.warnings)
    s.close()
    assert keyslots.load(vault_dir).wipe_after == 4


# -- lost commits and a rolled-back database ------------------------------------------------------
def test_database_rolled_back_to_an_older_copy_is_reported(session, vault_dir: Path) -> None:
    _add(session)
    session.close()
    old = (vault_dir / "vault.db").read_bytes()
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    _add(s)
    s.close()
    (vault_dir / "vault.db").write_bytes(old)
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    try:
        assert any("committed change(s) are missing" in w for w in s.warnings)
        assert s.audit_entries(limit=3)[0].action == "integrity_warning"
    finally:
        s.close()


def test_check_command_passes_then_finds_a_damaged_page(session, vault_dir: Path) -> None:
    for _ in range(30):
        _add(session)
    session.close()
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
    ok = run_cli("--vault", str(vault_dir), "check", **env)
    assert ok.returncode == 0 and "Vault intact" in ok.stdout, ok.stderr
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 3000] ^= 0x01  # a byte in the last page, which opening does not read
    db.write_bytes(bytes(data))
    bad = run_cli("--vault", str(vault_dir), "check", **env)
    assert bad.returncode == IntegrityError.exit_code
    assert "damaged or" in bad.stderr and "sqlcipher" not in bad.stderr.lower()
    assert len(bad.stderr.strip().splitlines()) <= 3  # one clear message, no dump


# -- clock skew -----------------------------------------------------------------------------------
def test_clock_warning_thresholds() -> None:
    last = datetime(2026, 11, 1, 12, tzinfo=UTC)
    assert startup_checks.clock_warning(last.isoformat(), last + timedelta(days=30)) == ""
    assert startup_checks.clock_warning(last.isoformat(), last - timedelta(minutes=5)) == ""
    assert "earlier than" in startup_checks.clock_warning(last.isoformat(), last - timedelta(days=800))
    assert "more than a year" in startup_checks.clock_warning(last.isoformat(), last + timedelta(days=3000))
    assert startup_checks.clock_warning(None, last) == ""


def test_clock_years_off_is_warned_and_audited(
    session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.close()
    monkeypatch.setattr(startup_checks, "now_utc", lambda: datetime(2019, 1, 1, tzinfo=UTC))
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    try:
        assert len(s.warnings) == 1 and "earlier than the vault's last recorded action" in s.warnings[0]
        assert s.audit_entries(limit=1)[0].action == "clock_skew"
    finally:
        s.close()


def test_the_right_passphrase_on_a_damaged_vault_is_not_a_failed_attempt(
    session, vault_dir: Path, no_delay: None
) -> None:
    """Counted before it is tried, an attempt is taken back when the passphrase was right
    and the login failed for another reason: retrying a damaged vault never erases it."""
    session.set_wipe_after(3)
    session.close()
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[100] ^= 0x01  # the first page: opening fails
    db.write_bytes(bytes(data))
    for _ in range(4):
        with pytest.raises(IntegrityError):
            vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    assert vault_dir.exists() and vault.attempts_left(vault_dir) == 3
