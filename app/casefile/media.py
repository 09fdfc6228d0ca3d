"""Writing to removable media that may be full, slow, or pulled out mid-write.

`write_verified` checks free space first, writes to a temporary name, fsyncs,
renames, drops the page cache and reads the file back to compare its hash. On
any failure the partial file is removed and a clear `MediaError` says why.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import shutil
from pathlib import Path

from app.domain import msg
from app.errors import DossierError, os_reason

HEADROOM = 256 * 1024  # file-system metadata and the temporary name
PARTIAL = ".partial-"


class MediaError(DossierError):
    exit_code = 10


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def check_space(folder: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except FileNotFoundError:
        raise MediaError(msg.text("err.dest_gone")) from None
    except OSError as exc:
        raise MediaError(msg.text("err.dest_unreadable", os_reason(exc))) from None
    if free < needed + HEADROOM:
        raise MediaError(msg.text("err.dest_no_space", _mb(free), _mb(needed + HEADROOM)))


def explain(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return msg.text("err.dest_full")
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO):
        return msg.text("err.dest_failed")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return msg.text("err.dest_read_only")
    return msg.text("err.dest_write_failed", os_reason(exc))


def write_verified(folder: Path, name: str, data: bytes) -> str:
    """Write `data` as folder/name; returns its SHA-256 after a successful read-back."""
    if "/" in name or name.startswith("."):
        raise ValueError("bad file name")
    check_space(folder, len(data))
    digest = hashlib.sha256(data).hexdigest()
    final = folder / name
    tmp = folder / f".{name}{PARTIAL}{secrets.token_hex(4)}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if final.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(final))
        os.replace(tmp, final)
        with contextlib.suppress(OSError):
            dfd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        if read_back(final) != digest:
            raise MediaError(msg.text("err.dest_read_back"))
    except FileExistsError:
        _remove(tmp)
        raise MediaError(msg.text("err.dest_exists", name)) from None
    except MediaError:
        _remove(tmp)
        _remove(final)
        raise
    except OSError as exc:
        _remove(tmp)
        _remove(final)
        raise MediaError(explain(exc)) from None
    return digest


def read_back(path: Path) -> str:
    """SHA-256 of the file as the device returns it (the page cache is dropped first)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        h = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            h.update(chunk)
        return h.hexdigest()
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def remove_partials(folder: Path) -> int:
    """Remove leftovers of an interrupted earlier write (e.g. the laptop lost power)."""
    n = 0
    with contextlib.suppress(OSError):
        for p in folder.iterdir():
            if p.name.startswith(".") and PARTIAL in p.name:
                _remove(p)
                n += 1
    return n
