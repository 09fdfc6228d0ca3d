"""One process per vault. The OS releases the lock when the process dies, so a
lock file left by a crash never blocks the next start."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from app.errors import VaultBusyError

LOCK_FILE = "vault.lock"
BUSY_MESSAGE = "The vault is open in another window."


class InstanceLock:
    def __init__(self, vault_dir: Path) -> None:
        self.path = vault_dir / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
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
