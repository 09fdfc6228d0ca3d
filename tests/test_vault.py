"""The vault: creation, unlock failures, users and roles, single-instance lock."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain.enums import Role
from app.errors import (
    AuthenticationError,
    IntegrityError,
    PermissionDenied,
    ValidationError,
    VaultBusyError,
    VaultExistsError,
)
from app.vault import attempts, keyfile, keyslots, unlock_count, vault
from tests.conftest import PASS, PASS2, cli_env, snapshot
from tests.keyfile_helpers import edit, payload, set_counter


def test_create_makes_private_files_and_refuses_to_overwrite(session, vault_dir: Path) -> None:
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for name in ("vault.db", "vault.keys", "vault.lock"):
        assert stat.S_IMODE((vault_dir / name).stat().st_mode) == 0o600, name
    assert session.user.role is Role.SUPERVISOR
    session.close()
    before = snapshot(vault_dir)
    with pytest.raises(VaultExistsError):
        vault.create(vault_dir, "LVIV", "Other", PASS2)
    assert snapshot(vault_dir) == before


def test_weak_passphrase_refused_and_nothing_created(vault_dir: Path) -> None:
    with pytest.raises(ValidationError, match="too weak"):
        vault.create(vault_dir, "KYIV", "Alpha", "password123")
    assert not vault_dir.exists()
    assert not any(p.name.startswith(".vault") for p in vault_dir.parent.iterdir())


def test_slot_file_holds_no_names(session, vault_dir: Path) -> None:
    session.add_user("Bravo", Role.EXAMINER, PASS2)
    raw = (vault_dir / "vault.keys").read_bytes()
    assert b"Alpha" not in raw and b"alpha" not in raw and b"Bravo" not in raw
    doc = payload(vault_dir)
    assert len(doc["slots"]) == 2
    assert all(s["kdf"]["alg"] == "argon2id" for s in doc["slots"])


def test_wrong_passphrase_leaves_files_byte_identical(session, vault_dir: Path) -> None:
    session.close()
    before = snapshot(vault_dir)
    slots_before = payload(vault_dir)
    before.pop("vault.keys")
    with pytest.raises(AuthenticationError, match="Wrong call sign or passphrase"):
        vault.unlock(vault_dir, "Alpha", "not the right passphrase at all", wait=False)
    after = snapshot(vault_dir)
    after.pop("vault.keys")
    assert after == before  # database, WAL, mark and lock: byte-identical
    slots_after = payload(vault_dir)
    assert slots_after.pop("attempts")["consecutive"] == 1  # only the counter in the key file moved
    slots_before.pop("attempts")
    assert slots_after == slots_before


def test_unknown_callsign_same_error(session, vault_dir: Path) -> None:
    session.close()
    with pytest.raises(AuthenticationError, match="Wrong call sign or passphrase"):
        vault.unlock(vault_dir, "Nobody", PASS, wait=False)


def test_failed_attempts_grow_delay_and_survive_restart(session, vault_dir: Path) -> None:
    session.close()
    assert attempts.delay_for(1) < attempts.delay_for(2) < attempts.delay_for(4)
    for _ in range(2):
        state = unlock_count.record_failure(vault_dir)
    assert state.consecutive == 2
    # "restart": a fresh read of the state file
    assert unlock_count.load(vault_dir).consecutive == 2
    assert vault.retry_delay(vault_dir) > 1.0
    with pytest.raises(AuthenticationError, match="try again in"):
        vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    # backdate the last failure: the delay has passed, the right passphrase works
    set_counter(vault_dir, last_failure=time.time() - 60)
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    entries = s.audit_entries()
    assert entries[0].action == "login"
    assert entries[1].action == "failed_unlock" and "2 failed" in entries[1].detail
    s.close()
    assert unlock_count.load(vault_dir).consecutive == 0


def test_corrupt_counter_file_does_not_reset_delay(session, vault_dir: Path) -> None:
    session.close()
    edit(vault_dir, lambda doc: doc.update(attempts="garbage"))
    assert vault.retry_delay(vault_dir) > 0
    assert "damaged or edited" in vault.counter_problem(vault_dir)


def test_user_add_passwd_remove(session, vault_dir: Path) -> None:
    session.add_user("Bravo", Role.OFFICER, PASS2)
    with pytest.raises(ValidationError, match="already exists"):
        session.add_user("bravo", Role.OFFICER, PASS2)
    salt_before = (vault_dir / "vault.db").read_bytes()[:16]  # SQLCipher's per-file salt
    session.close()

    bravo = vault.unlock(vault_dir, "Bravo", PASS2)
    assert bravo.user.role is Role.OFFICER
    with pytest.raises(PermissionDenied):
        bravo.add_user("Charlie", Role.OFFICER, PASS)
    new_pass = "quiet harbour lantern marble eleven"
    bravo.change_passphrase(new_pass)
    bravo.close()
    with pytest.raises(AuthenticationError):
        vault.unlock(vault_dir, "Bravo", PASS2, wait=False)
    unlock_count.record_success(vault_dir)  # clear the delay for the next step
    bravo = vault.unlock(vault_dir, "Bravo", new_pass)
    bravo.close()
    # a passphrase change rewrites the slot file only; the database was not re-keyed
    assert (vault_dir / "vault.db").read_bytes()[:16] == salt_before

    alpha = vault.unlock(vault_dir, "Alpha", PASS)
    alpha.remove_user("Bravo")
    with pytest.raises(ValidationError, match="last supervisor"):
        alpha.remove_user("Alpha")
    assert [u.active for u in alpha.list_users()] == [True, False]
    alpha.close()
    with pytest.raises(AuthenticationError):
        vault.unlock(vault_dir, "Bravo", new_pass, wait=False)
    assert keyslots.load(vault_dir).find("Bravo") is None


def test_second_instance_in_process_refused(session, vault_dir: Path) -> None:
    with pytest.raises(VaultBusyError, match="open in another window"):
        vault.unlock(vault_dir, "Alpha", PASS, wait=False)


HOLDER = """
import sys
from pathlib import Path
from app.vault import vault
s = vault.unlock(Path(sys.argv[1]), "Alpha", sys.argv[2])
print("open", flush=True)
sys.stdin.readline()
s.close()
"""


def test_second_process_refused_and_touches_nothing(session, vault_dir: Path) -> None:
    session.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir), PASS], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, env=cli_env())
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = snapshot(vault_dir)
        proc = subprocess.run(
            [sys.executable, "-m", "app", "--vault", str(vault_dir), "applicant", "list"],
            capture_output=True, text=True, timeout=60,
            env=cli_env(DOSSIER_USER="Alpha", DOSSIER_PASSPHRASE=PASS))
        assert proc.returncode == 4
        assert proc.stderr.strip() == "dossier: The vault is open in another window."
        assert snapshot(vault_dir) == before
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0


def test_stale_lock_file_after_crash_is_harmless(session, vault_dir: Path) -> None:
    session.close()
    proc = subprocess.run(
        [sys.executable, "-c", "import os,sys; from pathlib import Path; from app.vault import vault;"
         "s = vault.unlock(Path(sys.argv[1]), 'Alpha', sys.argv[2]); os._exit(9)",
         str(vault_dir), PASS], env=cli_env(), timeout=60, check=False)
    assert proc.returncode == 9
    assert (vault_dir / "vault.lock").exists()
    s = vault.unlock(vault_dir, "Alpha", PASS)
    assert s.audit_verify().ok
    s.close()


def test_tampered_slot_file_is_a_clear_error(session, vault_dir: Path) -> None:
    session.close()
    path = vault_dir / "vault.keys"
    good = path.read_bytes()
    raw = bytearray(good)
    raw[100] ^= 1
    raw[keyfile.AREA_SIZE + 100] ^= 1
    path.write_bytes(bytes(raw))  # damage in both areas: the checksums no longer match
    with pytest.raises(IntegrityError, match="key file is damaged"):
        vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    # A deliberate edit that recomputes the checksums still cannot open or weaken the
    # slot: the parameters are bound to the wrapped identity by the AEAD tag.
    path.write_bytes(good)
    edit(vault_dir, lambda doc: doc["slots"][0]["kdf"].update(t=doc["slots"][0]["kdf"]["t"] + 1))
    with pytest.raises(AuthenticationError):
        vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    path.write_text("{not json")
    with pytest.raises(Exception, match="key file is damaged"):
        vault.unlock(vault_dir, "Alpha", PASS, wait=False)


def test_vault_files_are_0600_including_wal(session, vault_dir: Path) -> None:
    session.save_dossier(session.get_dossier(_add(session)))
    for p in vault_dir.iterdir():
        if p.is_file():
            assert stat.S_IMODE(p.stat().st_mode) & 0o077 == 0, p.name
    assert os.stat(vault_dir).st_mode & 0o077 == 0


def _add(session) -> str:  # type: ignore[no-untyped-def]
    from app.domain.interchange import parse_document
    from tests.conftest import sample_doc

    return str(session.add_applicant(parse_document(sample_doc())))
