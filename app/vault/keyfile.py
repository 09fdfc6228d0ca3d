"""The key file's container: a fixed-size file of two areas, updated in place.

    offset 0        area 0  (AREA_SIZE bytes)
    offset AREA     area 1  (AREA_SIZE bytes)

Each area is   MAGIC (8) | generation (8, big-endian) | length (4) | SHA-256 (32) | payload
padded with zeros to AREA_SIZE. The payload is the slot file's JSON
(app/vault/keyslots.py). A write never creates, renames or truncates a file:
it puts generation g+1 into area (g+1) % 2 with one pwrite and fsyncs, so the
other area still holds generation g. A crash (even one that tears the write)
leaves at least one valid area; the reader takes the valid area with the
highest generation. Because the file's blocks are overwritten where they are
(ext4, XFS and most file systems without copy-on-write), no earlier version of
the key slots is left behind in free space, and the panic wipe destroys every
copy by overwriting this one file (docs/SECURITY.md says where this does not hold).

Vaults made before this format have a JSON key file ("legacy"); it is read as
is and converted in place by its first update: area 1 is written first (beyond
the legacy text, which is smaller than an area), then area 0 over the legacy text.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from app.domain import msg
from app.errors import DISK_FULL, DiskFullError, IntegrityError, is_disk_full
from app.vault.files import FILE_MODE, fsync_dir

MAGIC = b"FDKEYS2\n"
AREA_SIZE = 64 * 1024
FILE_SIZE = 2 * AREA_SIZE
_HEADER = struct.Struct(">8sQI32s")
MAX_PAYLOAD = AREA_SIZE - _HEADER.size
MAX_LEGACY_BYTES = AREA_SIZE - 1

DAMAGED = msg.text("err.keyfile_damaged")
MISSING = msg.text("err.keyfile_missing")


@dataclass(frozen=True)
class Read:
    """What a read found: the newest valid payload and the state of the file."""

    payload: bytes
    generation: int  # 0 for a legacy file
    legacy: bool = False
    torn: bool = False  # one area invalid while the other is valid (crash or edit)
    older: bytes | None = None  # the other area's payload, when it is valid too
    older_generation: int = 0


def _digest(generation: int, payload: bytes) -> bytes:
    return hashlib.sha256(MAGIC + struct.pack(">QI", generation, len(payload)) + payload).digest()


def _area(raw: bytes) -> tuple[int, bytes] | None:
    if len(raw) < _HEADER.size or not raw.startswith(MAGIC):
        return None
    _magic, generation, length, digest = _HEADER.unpack_from(raw)
    payload = raw[_HEADER.size:_HEADER.size + length]
    if length > MAX_PAYLOAD or len(payload) != length or digest != _digest(generation, payload):
        return None
    return generation, payload


def parse(raw: bytes) -> Read:
    """The newest valid area of a key file's bytes; IntegrityError if there is none."""
    if raw[:1] == b"{" and len(raw) <= MAX_LEGACY_BYTES:
        return Read(raw, 0, legacy=True)
    if len(raw) != FILE_SIZE:
        raise IntegrityError(DAMAGED)
    areas = [_area(raw[:AREA_SIZE]), _area(raw[AREA_SIZE:])]
    valid = [a for a in areas if a is not None]
    if not valid:
        raise IntegrityError(DAMAGED)
    valid.sort(reverse=True)
    generation, payload = valid[0]
    legacy_leftover = raw[:1] == b"{"  # conversion stopped after area 1: not damage
    torn = len(valid) == 1 and not legacy_leftover
    older = valid[1] if len(valid) == 2 else (0, None)
    return Read(payload, generation, torn=torn, older=older[1], older_generation=older[0])


def read(path: Path) -> Read:
    try:
        with open(path, "rb") as f:
            raw = f.read(FILE_SIZE + 1)
    except FileNotFoundError:
        raise IntegrityError(MISSING) from None
    except IsADirectoryError:
        raise IntegrityError(DAMAGED) from None
    return parse(raw)


def _pwrite_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        n = os.pwrite(fd, view, offset)
        view, offset = view[n:], offset + n


def encode_area(generation: int, payload: bytes) -> bytes:
    if len(payload) > MAX_PAYLOAD:
        raise ValueError("key file payload too large")
    head = _HEADER.pack(MAGIC, generation, len(payload), _digest(generation, payload))
    return (head + payload).ljust(AREA_SIZE, b"\0")


def _fail(exc: OSError) -> None:
    if is_disk_full(exc):
        raise DiskFullError(DISK_FULL) from None
    raise exc


def create(path: Path, payload: bytes) -> int:
    """A new key file holding `payload` in both areas (generations 1 and 2); its
    blocks are allocated once, here, and only ever overwritten afterwards."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            _pwrite_all(fd, encode_area(2, payload) + encode_area(1, payload), 0)
            os.fsync(fd)
        finally:
            os.close(fd)
        fsync_dir(path.parent)
    except OSError as exc:
        _fail(exc)
    return 2


def write(path: Path, generation: int, payload: bytes) -> None:
    """Put `payload` as `generation` into area generation % 2, in place, and fsync.
    Nothing is allocated, so a full disk does not stop it (on ext4 and the like)."""
    area = encode_area(generation, payload)
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            _pwrite_all(fd, area, (generation % 2) * AREA_SIZE)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        _fail(exc)


def convert_legacy(path: Path, payload: bytes) -> int:
    """Turn a legacy JSON key file into this format in place; returns the generation.

    Area 1 first (past the legacy text), then area 0 over the legacy text: a
    crash in between leaves the legacy text and a valid area 1, read as area 1."""
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        _pwrite_all(fd, encode_area(1, payload), AREA_SIZE)
        os.fsync(fd)
        _pwrite_all(fd, encode_area(2, payload), 0)
        os.fsync(fd)
    finally:
        os.close(fd)
    return 2


def overwrite(path: Path) -> bool:
    """Random bytes over the whole file, in place, fsynced (the panic wipe)."""
    try:
        size = max(path.stat().st_size, FILE_SIZE)
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        _pwrite_all(fd, os.urandom(size), 0)
        os.fsync(fd)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
