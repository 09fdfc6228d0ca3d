"""A few megabytes held back on the vault's drive, so a login works on a full disk.

Opening the database writes (its shared-memory index, the login's audit entry,
the commit mark). On a disk that filled up since the last session those writes
would fail and the officer could not even get in to back up elsewhere. So the
vault keeps `vault.reserve`, a file of zeros (no data), allocated while there is
room; when a login meets a full disk it gives the space back and tries again,
and the officer is told the disk is full. The reserve is made again at a later
login once there is room.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from app.vault.files import FILE_MODE

log = logging.getLogger(__name__)

RESERVE_FILE = "vault.reserve"
RESERVE_BYTES = 4 * 1024 * 1024


def ensure(vault_dir: Path) -> bool:
    """Make the reserve if it is missing; False when the disk has no room for it."""
    path = vault_dir / RESERVE_FILE
    with contextlib.suppress(OSError):
        if path.stat().st_size >= RESERVE_BYTES:
            return True
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
    except OSError:
        return False
    try:
        if hasattr(os, "posix_fallocate"):
            os.posix_fallocate(fd, 0, RESERVE_BYTES)
        else:  # pragma: no cover - non-POSIX
            os.pwrite(fd, b"\0" * RESERVE_BYTES, 0)
        os.fsync(fd)
        return True
    except OSError:
        os.close(fd)
        fd = -1
        with contextlib.suppress(OSError):
            path.unlink()
        return False
    finally:
        if fd >= 0:
            os.close(fd)


def release(vault_dir: Path) -> bool:
    """Give the reserved space back; True if there was any."""
    try:
        (vault_dir / RESERVE_FILE).unlink()
    except OSError:
        return False
    log.warning("the disk is full: the vault's reserved space was released for this login")
    return True
