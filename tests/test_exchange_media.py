"""A stick that fills up or is pulled out mid-export leaves nothing behind and changes nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from tests.exchange_helpers import add_case, issue_enrolment


def _failing_write(after: int, err: int) -> Any:
    real = os.write
    written = {"n": 0}

    def fake(fd: int, data: Any) -> int:
        if written["n"] + len(data) > after:
            raise OSError(err, os.strerror(err))
        written["n"] += len(data)
        return real(fd, data)

    return fake


@pytest.mark.parametrize(("err", "message"), [(errno.ENOSPC, "full"), (errno.EIO, "disappeared"),
                                              (errno.ENODEV, "stick removed")])
def test_stick_full_or_removed_mid_write_leaves_nothing(err: int, message: str, field: Any, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.casefile import media
    from app.casefile.export import export_cases

    case = add_case(field)
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(media.os, "write", _failing_write(1000, err))
    with pytest.raises(media.MediaError, match=message):
        export_cases(field, [case], stick)
    assert list(stick.iterdir()) == []  # no partial bundle, not even a hidden one
    assert field.get_dossier(case).sent_to_hq_at is None
    assert not [e for e in field.audit_entries(case) if e.action == "exported"]


def test_not_enough_space_is_reported_before_writing(field: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from app.casefile import media
    from app.casefile.export import export_cases

    case = add_case(field)
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(media.shutil, "disk_usage", lambda p: type("Usage", (), {"free": 1000})())
    with pytest.raises(media.MediaError, match=r"Not enough space .* free"):
        export_cases(field, [case], stick)
    assert list(stick.iterdir()) == [] and field.get_dossier(case).sent_to_hq_at is None


def test_read_back_mismatch_removes_the_file(field: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.casefile import media
    from app.casefile.export import export_cases

    case = add_case(field)
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(media, "read_back", lambda p: "0" * 64)  # the device returns other bytes
    with pytest.raises(media.MediaError, match="differs"):
        export_cases(field, [case], stick)
    assert list(stick.iterdir()) == [] and field.get_dossier(case).sent_to_hq_at is None


def test_leftovers_of_an_interrupted_write_are_cleaned(field: Any, tmp_path: Path) -> None:
    from app.casefile.export import export_cases

    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / ".bundle-x.fdb.age.partial-1234abcd").write_bytes(b"half")
    (stick / "keep.txt").write_text("officer's own file")
    export_cases(field, [add_case(field)], stick)
    names = sorted(p.name for p in stick.iterdir())
    assert "keep.txt" in names and not [n for n in names if "partial" in n] and len(names) == 2


def test_missing_destination_is_a_clear_error(field: Any, tmp_path: Path) -> None:
    from app.casefile import media
    from app.casefile.export import export_cases

    with pytest.raises(media.MediaError, match="does not exist"):
        export_cases(field, [add_case(field)], tmp_path / "not-mounted")


def test_enrolment_for_another_officer_is_refused(hq: Any, tmp_path: Path) -> None:
    from app.errors import PermissionDenied
    from app.vault import vault
    from tests.conftest import PASS

    other = issue_enrolment(hq, tmp_path, "Bravo", "KYIV")
    s = vault.create(tmp_path / "v", "KYIV", "Alpha", PASS)
    try:
        with pytest.raises(PermissionDenied, match="Bravo"):
            s.enrol(other)
        assert not s.enrolled
    finally:
        s.close()
