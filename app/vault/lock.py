"""One process per vault. The OS releases the lock when the process dies, so a
lock file left by a crash never blocks the next start."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from types import TracebackType

from app.domain import msg
from app.errors import (
    DISK_FULL,
    DiskFullError,
    DossierError,
    IntegrityError,
    VaultBusyError,
    is_disk_full,
    os_reason,
)

LOCK_FILE = "vault.lock"
BUSY_MESSAGE = msg.text("err.busy")
NOT_A_FILE = msg.text("err.lock_not_a_file")
READ_ONLY = msg.text("err.read_only")


class InstanceLock:
    def __init__(self, vault_dir: Path) -> None:
        self.path = vault_dir / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFullError(DISK_FULL) from None
            if exc.errno in (errno.EISDIR, errno.ELOOP, errno.ENXIO):
                raise IntegrityError(NOT_A_FILE) from None
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise DossierError(READ_ONLY) from None
            raise DossierError(msg.text("err.lock_unreadable", os_reason(exc))) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise IntegrityError(NOT_A_FILE)
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows builds
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultBusyError(BUSY_MESSAGE) from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
