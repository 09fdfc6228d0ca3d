"""Encrypted backup and restore; failures leave no partial file."""

from __future__ import annotations

import errno
import tarfile
from pathlib import Path

import pytest

from app.domain.interchange import parse_document
from app.errors import DossierError, IntegrityError, VaultExistsError
from app.vault import backup, vault
from tests.conftest import PASS, sample_doc
from tests.test_plaintext import _scan


def test_backup_restore_round_trip(session, tmp_path: Path) -> None:
    case = session.add_applicant(parse_document(sample_doc(surname="Зюзюкін")))
    dest = tmp_path / "stick" / "backup.fdb"
    dest.parent.mkdir()
    assert session.backup_to(dest) == 1
    assert [p.name for p in dest.parent.iterdir()] == ["backup.fdb"]
    assert _scan(dest.parent) == []  # ciphertext only
    with tarfile.open(dest) as tar:
        assert tar.getnames() == ["manifest.json", "vault.keys", "vault.db"]
    with pytest.raises(VaultExistsError):
        session.backup_to(dest)
    session.close()
    restored = tmp_path / "restored"
    assert backup.restore(dest, restored, "Alpha", PASS) == 1
    s = vault.unlock(restored, "Alpha", PASS)
    assert s.get_dossier(case).person.surname == "Зюзюкін"
    assert s.audit_verify().ok
    assert [e.action for e in s.audit_entries()][:3] == ["view", "login", "restore"]
    s.close()
    with pytest.raises(VaultExistsError):
        backup.restore(dest, restored, "Alpha", PASS)


def test_restore_refuses_tampered_backup(session, tmp_path: Path) -> None:
    dest = tmp_path / "b.fdb"
    session.backup_to(dest)
    with tarfile.open(dest) as tar:
        offset = tar.getmember("vault.db").offset_data
    raw = bytearray(dest.read_bytes())
    raw[offset + 5000] ^= 0x01  # one bit inside vault.db
    dest.write_bytes(bytes(raw))
    with pytest.raises(IntegrityError):
        backup.restore(dest, tmp_path / "r", "Alpha", PASS)
    assert not (tmp_path / "r").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_refuses_non_backup(tmp_path: Path) -> None:
    junk = tmp_path / "junk.fdb"
    junk.write_bytes(b"hello")
    with pytest.raises(IntegrityError):
        backup.restore(junk, tmp_path / "r", "Alpha", PASS)


def test_full_drive_leaves_nothing(session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "full" / "b.fdb"
    dest.parent.mkdir()
    real = tarfile.TarFile.add

    def no_space(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tarfile.TarFile, "add", no_space)
    with pytest.raises(DossierError, match="drive is full"):
        session.backup_to(dest)
    monkeypatch.setattr(tarfile.TarFile, "add", real)
    assert list(dest.parent.iterdir()) == []
    assert session.backup_to(dest) == 0  # and the vault is still fine
