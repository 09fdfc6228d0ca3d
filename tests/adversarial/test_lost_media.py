"""A stick that fills up, fails or is pulled out in the middle of a backup.

(Exports get the same treatment in tests/test_exchange_media.py: ENOSPC, EIO
and ENODEV mid-write, a too-small stick and a read-back mismatch.)
Each case must end with a clear error, nothing left on the stick (no partial
file, let alone one that restores), and the vault unchanged and still usable.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from app.errors import DossierError
from app.vault import backup, commitmark, vault
from tests.conftest import PASS, sample_doc


class _DyingStick:
    """A file on a stick that fails with `code` once `budget` bytes were written."""

    def __init__(self, real: Any, code: int, budget: int) -> None:
        self._real, self._code, self._budget = real, code, budget

    def write(self, data: bytes) -> int:
        if self._budget < len(data):
            raise OSError(self._code, os.strerror(self._code))
        self._budget -= len(data)
        return int(self._real.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _DyingStick:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO, errno.ENODEV])
@pytest.mark.parametrize("budget", [0, 10_000, 200_000])
def test_backup_on_a_failing_stick_leaves_nothing(
    session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, budget: int
) -> None:
    from app.domain.interchange import parse_document

    for i in range(20):
        session.add_applicant(parse_document(sample_doc(surname=f"Флешка{i}")))
    stick = tmp_path / "stick"
    stick.mkdir()
    with session.read() as c:
        before = commitmark.commits(c)
    real_fdopen = os.fdopen
    monkeypatch.setattr(backup.os, "fdopen",
                        lambda fd, *a, **k: _DyingStick(real_fdopen(fd, *a, **k), code, budget))
    with pytest.raises(DossierError) as info:
        session.backup_to(stick / "backup.fdbackup")
    monkeypatch.undo()
    assert "\n" not in info.value.message and info.value.message.endswith(".")
    assert list(stick.iterdir()) == []  # no partial backup, no work folder
    with session.read() as c:
        assert commitmark.commits(c) == before  # the vault did not change
    assert session.backup_to(stick / "backup.fdbackup") == 20  # the next try works
    restored = backup.restore(stick / "backup.fdbackup", tmp_path / "restored", "Alpha", PASS)
    assert restored == 20
    vault.unlock(tmp_path / "restored", "Alpha", PASS).close()
