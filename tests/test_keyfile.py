"""The key file updated in place, key rotation, and leftovers of interrupted work
(docs/SECURITY.md sections 3.1-3.3 cite these)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.domain.enums import Role
from app.errors import AuthenticationError, IntegrityError
from app.vault import backup, keyfile, keyslots, leftovers, rekey, vault, wipe
from app.vault.connection import connect
from tests.adversarial.test_undelete import decryptable_pages
from tests.conftest import PASS, PASS2, run_cli
from tests.keyfile_helpers import legacy_slot, payload, write_legacy

PASS3 = "amber walrus fiddle quarantine seventy"
WRONG = "not the right passphrase at all"


@pytest.fixture
def no_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.vault import attempts

    monkeypatch.setattr(attempts, "delay_for", lambda consecutive: 0.0)


def _add(s: Any) -> str:
    from app.domain.interchange import parse_document
    from tests.conftest import sample_doc

    return str(s.add_applicant(parse_document(sample_doc())))


def test_every_change_overwrites_the_key_file_in_place(session: Any, vault_dir: Path, no_delay: None) -> None:
    """Same inode, same size, no temporary file beside it: no write leaves an old copy
    of the slots in the disk's free space (the undelete test checks the raw disk)."""
    keys = vault_dir / "vault.keys"
    inode = keys.stat().st_ino
    names = {p.name for p in vault_dir.iterdir()}

    def same() -> None:
        assert keys.stat().st_ino == inode and keys.stat().st_size == keyfile.FILE_SIZE
        assert {p.name for p in vault_dir.iterdir()} <= names | {"vault.db-wal", "vault.db-shm"}

    session.add_user("Bravo", Role.OFFICER, PASS2)
    same()
    session.set_wipe_after(10)
    session.change_passphrase(PASS3)
    same()
    session.backup_to(vault_dir.parent / "b.fdbackup")
    session.remove_user("Bravo")  # with its key rotation: the database is replaced, the key file is not
    same()
    session.close()
    with pytest.raises(AuthenticationError):
        vault.unlock(vault_dir, "Alpha", WRONG, wait=False)
    vault.unlock(vault_dir, "Alpha", PASS3, wait=False).close()
    same()
    gens = sorted(g for g, _ in filter(None, __import__("tests.keyfile_helpers", fromlist=["x"]).areas(vault_dir)))
    assert gens[1] - gens[0] == 1  # two areas, written alternately


def test_a_torn_area_counts_one_failure_silently(session: Any, vault_dir: Path, no_delay: None) -> None:
    session.set_wipe_after(5)
    session.close()
    gen = keyfile.read(vault_dir / "vault.keys").generation
    raw = bytearray((vault_dir / "vault.keys").read_bytes())
    raw[(gen % 2) * keyfile.AREA_SIZE + 200] ^= 0xFF  # as a write cut short by a power cut
    (vault_dir / "vault.keys").write_bytes(bytes(raw))
    assert vault.attempts_left(vault_dir) == 4 and vault.counter_problem(vault_dir) == ""
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    assert s.warnings == [] and "1 failed unlock" in s.audit_entries(limit=2)[1].detail
    s.close()
    assert vault.attempts_left(vault_dir) == 5


def test_a_legacy_key_file_is_converted_in_place_even_if_interrupted(tmp_path: Path, no_delay: None) -> None:
    s = vault.create(tmp_path / "new", "KYIV", "Alpha", PASS)
    key = bytes(s._data_key)
    s.close()
    v = tmp_path / "old"
    shutil.copytree(tmp_path / "new", v)
    current = keyslots.load(tmp_path / "new")
    slots = keyslots.SlotFile(current.vault_id, current.lookup_key)
    slots.put(legacy_slot(slots, "Alpha", PASS, key))
    write_legacy(v, slots, {"consecutive": 1, "total": 1, "last_failure": 0.0})
    legacy = (v / "vault.keys").read_bytes()
    inode = (v / "vault.keys").stat().st_ino
    # a crash between the conversion's two writes: the legacy text, then a valid area 1
    slots_loaded = keyslots.load(v)
    assert slots_loaded.legacy and slots_loaded.attempts.consecutive == 1
    fd = os.open(v / "vault.keys", os.O_WRONLY)
    os.pwrite(fd, keyfile.encode_area(1, slots_loaded.to_payload()), keyfile.AREA_SIZE)
    os.close(fd)
    assert keyfile.read(v / "vault.keys").torn is False  # the legacy text is not damage
    opened = vault.unlock(v, "Alpha", PASS, wait=False)
    assert opened.warnings == [] and any("converted from an older version" in n for n in opened.notices)
    opened.close()
    assert (v / "vault.keys").stat().st_ino == inode and legacy[:200] not in (v / "vault.keys").read_bytes()
    assert payload(v)["slots"][0]["v"] == 2 and not (v / "unlock.state").exists()


def test_a_legacy_vault_without_its_counter_counts_the_limit_minus_one(tmp_path: Path, no_delay: None) -> None:
    s = vault.create(tmp_path / "v", "KYIV", "Alpha", PASS)
    key = bytes(s._data_key)
    s.set_wipe_after(5)
    vid = s._slots.vault_id
    s.close()
    slots = keyslots.SlotFile(vid, keyslots.load(tmp_path / "v").lookup_key, wipe_after=5)
    slots.put(legacy_slot(slots, "Alpha", PASS, key))
    write_legacy(tmp_path / "v", slots)
    (tmp_path / "v" / "unlock.state").unlink()  # deleting it used to give unlimited guesses
    assert vault.attempts_left(tmp_path / "v") == 1
    s = vault.unlock(tmp_path / "v", "Alpha", PASS, wait=False)
    assert any("counter file was deleted" in w for w in s.warnings)
    s.close()


def test_an_earlier_copy_of_the_key_file_put_back_is_reported(session: Any, vault_dir: Path) -> None:
    session.close()
    vault.unlock(vault_dir, "Alpha", PASS, wait=False).close()
    old = (vault_dir / "vault.keys").read_bytes()
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    s.change_passphrase(PASS3)
    s.close()
    (vault_dir / "vault.keys").write_bytes(old)  # the old passphrase works again, but not unnoticed
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    assert any("older than the vault's record" in w for w in s.warnings)
    assert any(e.action == "tamper_detected" for e in s.audit_entries(limit=4))
    s.close()


def test_a_removed_users_key_file_and_earlier_backups_open_nothing_current(session: Any, vault_dir: Path) -> None:
    _add(session)
    session.add_user("Bravo", Role.OFFICER, PASS2)
    bravo_copy = (vault_dir / "vault.keys").read_bytes()  # what Bravo could have copied
    session.backup_to(vault_dir.parent / "before.fdbackup")
    result = session.remove_user("Bravo")
    assert result.rekeyed
    current = bytes(session._data_key)
    session.close()
    stolen = keyslots.SlotFile.from_payload(keyfile.parse(bravo_copy).payload).unwrap("Bravo", PASS2)
    assert stolen != current
    with pytest.raises(IntegrityError):
        connect(vault_dir / "vault.db", stolen)
    assert decryptable_pages((vault_dir / "vault.db").read_bytes(), [stolen]) == (0, 0)
    assert decryptable_pages((vault_dir / "vault.db").read_bytes(), [current])[0] > 0  # the check works
    # the backup made before the removal still holds the old key and the data as it was then
    assert backup.restore(vault_dir.parent / "before.fdbackup", vault_dir.parent / "old", "Bravo", PASS2) == 1
    with pytest.raises(AuthenticationError):
        vault.unlock(vault_dir, "Bravo", PASS2, wait=False)


def test_rekey_cancelled_changes_nothing(session: Any, vault_dir: Path) -> None:
    _add(session)
    salt = (vault_dir / "vault.db").read_bytes()[:16]
    with pytest.raises(rekey.RekeyCancelled):
        session.rekey(cancelled=lambda: True)
    assert not keyslots.load(vault_dir).rotating
    assert not list(vault_dir.glob("vault.db.rekey-*"))
    _add(session)  # the session goes on under the old key
    session.close()
    assert (vault_dir / "vault.db").read_bytes()[:16] == salt
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    assert s.warnings == [] and s.count_applicants() == 2
    s.close()


@pytest.mark.parametrize("where", ["before the switch", "after the switch"])
def test_an_interrupted_rekey_is_undone_or_finished_at_login(
    session: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    _add(session)
    old = bytes(session._data_key)

    def crash(*args: object) -> None:
        raise SystemExit("power cut")

    monkeypatch.setattr(rekey, "_switch" if where == "before the switch" else "finish", crash)
    with pytest.raises(SystemExit):
        session.rekey()
    monkeypatch.undo()
    session._lock.release()  # the process died
    assert keyslots.load(vault_dir).rotating
    s = vault.unlock(vault_dir, "Alpha", PASS, wait=False)
    assert s.warnings == [] and s.count_applicants() == 1 and s.audit_verify().ok
    assert (bytes(s._data_key) == old) is (where == "before the switch")
    s.close()
    assert not keyslots.load(vault_dir).rotating and not list(vault_dir.glob("vault.db.rekey-*"))


def test_leftovers_of_interrupted_work_are_swept_at_start_up(session: Any, vault_dir: Path) -> None:
    key_bytes = (vault_dir / "vault.keys").read_bytes()
    session.close()
    parent = vault_dir.parent
    made = [vault_dir / "vault.db.rekey-999", vault_dir / ".vault.keys.tmp-999", vault_dir / ".vault.mark.tmp-1",
            parent / f".{vault_dir.name}.restoring-999" / "vault.keys",
            parent / f".{vault_dir.name}.creating-998" / "vault.db",
            vault_dir / "backups" / ".pre-migration-0006-x.db.partial-5"]
    for path in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(key_bytes)
    busy_dir = parent / f".{vault_dir.name}.restoring-1000"
    busy_dir.mkdir()
    from app.vault.lock import InstanceLock

    with InstanceLock(busy_dir):  # another process still restoring: left alone
        vault.unlock(vault_dir, "Alpha", PASS, wait=False).close()
        assert busy_dir.exists()
    assert not any(p.exists() for p in made)
    assert not (parent / f".{vault_dir.name}.restoring-999").exists()


def test_a_backups_work_is_journaled_and_destroyed(session: Any, vault_dir: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    work, partial = leftovers.backup_work(stick / "b.fdbackup")
    work.mkdir()
    (work / "vault.db").write_bytes(b"x" * 5000)
    partial.write_bytes((vault_dir / "vault.keys").read_bytes())
    session._slots.work = [str(work), str(partial)]  # as a backup killed half-way leaves it
    keyslots.save(vault_dir, session._slots)
    session.close()
    wipe_copy = tmp_path / "copy"
    shutil.copytree(vault_dir, wipe_copy)
    vault.unlock(vault_dir, "Alpha", PASS, wait=False).close()  # the next start-up
    assert list(stick.iterdir()) == [] and keyslots.load(vault_dir).work == []
    work.mkdir()
    partial.write_bytes(b"key material")
    wipe.wipe(wipe_copy)  # and a panic wipe destroys them too
    assert list(stick.iterdir()) == []


def test_vault_lock_replaced_by_a_folder_is_a_clear_error(session: Any, vault_dir: Path) -> None:
    session.close()
    (vault_dir / "vault.lock").unlink()
    (vault_dir / "vault.lock").mkdir()
    r = run_cli("--vault", str(vault_dir), "applicant", "list", DOSSIER_USER="Alpha", DOSSIER_PASSPHRASE=PASS)
    assert r.returncode == IntegrityError.exit_code and "replaced by a folder" in r.stderr


def test_rekey_and_user_remove_from_the_cli(session: Any, vault_dir: Path) -> None:
    session.add_user("Bravo", Role.OFFICER, PASS2)
    session.close()
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
    r = run_cli("--vault", str(vault_dir), "user", "remove", "Bravo", **env)
    assert r.returncode == 0 and "the data key was changed" in r.stdout, r.stderr
    r = run_cli("--vault", str(vault_dir), "rekey", **env)
    assert r.returncode == 0 and "Data key changed" in r.stdout
    r = run_cli("--vault", str(vault_dir), "rekey", DOSSIER_USER="Bravo", DOSSIER_PASSPHRASE=PASS2)
    assert r.returncode == AuthenticationError.exit_code


def test_keys_in_memory_are_zeroed_on_lock(session: Any) -> None:
    """The session's data key and audit key are mutable buffers, zeroed when it locks
    (copies held by SQLCipher, OpenSSL and Python strings remain: SECURITY.md section 4)."""
    data_key, audit_key = session._data_key, session._audit_key
    assert isinstance(data_key, bytearray) and any(data_key) and any(audit_key)
    session.close()
    assert data_key == bytearray(32) and audit_key == bytearray(32)


def test_check_command_looks_at_the_key_file(session: Any, vault_dir: Path) -> None:
    from app.vault import integrity

    assert integrity.check(session) == []
    session.add_user("Bravo", Role.OFFICER, PASS2)
    old = (vault_dir / "vault.keys").read_bytes()
    session.change_passphrase(PASS3)
    (vault_dir / "vault.keys").write_bytes(old)  # an earlier copy put back behind the open vault
    assert "the key file is older than the vault's record of it" in integrity.check(session)
    session._slots.remove("Bravo")
    keyslots.save(vault_dir, session._slots)  # a slot overwritten without the user removed
    assert "1 active user(s) have no key slot" in integrity.check(session)
