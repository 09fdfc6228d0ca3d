"""The uncompressed tar inside bundles and update packages, written one way and
read back only in that way.

`tarfile` reads everything tar has ever meant: GNU sparse maps (a 30 KB bundle
made HQ allocate 5.3 GB), PAX records, long-name extensions, links, devices,
and it ignores bytes after the end of the archive. This reader accepts exactly
what `write` produces: plain ustar headers for regular files (mode 0600, no
owner names, no link target), each byte-for-byte equal to the header we would
write for that name, size and time; zero padding; the two zero blocks at the
end and zero fill to the next whole tar record, not a byte more. Sizes are counted from the bytes that
are actually there, never trusted from a header. Anything else is refused with
a reason, and nothing is ever extracted to disk.
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Callable, Iterable

from app.domain import msg

BLOCK = tarfile.BLOCKSIZE
RECORD = tarfile.RECORDSIZE
MODE = 0o600
_ZERO = bytes(BLOCK)


class TarRefused(Exception):
    """The archive is not one we write; `reason` is one line without input in it
    (except a member name, already checked against the allowed names or cut)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _info(name: str, size: int, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, mtime, MODE
    info.type = tarfile.REGTYPE
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def write(members: Iterable[tuple[str, bytes]], mtime: int) -> bytes:
    """An uncompressed ustar archive of `members`, in order."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members:
            tar.addfile(_info(name, len(data), mtime), io.BytesIO(data))
    return buf.getvalue()


def _octal(field: bytes, what: str) -> int:
    digits = field.rstrip(b"\0 ")
    if not digits or any(c not in b"01234567" for c in digits):
        raise TarRefused(msg.text("failed.tar_octal_time" if what == "time" else "failed.tar_octal_size"))
    return int(digits, 8)


def _name(header: bytes) -> str:
    raw = header[:100].split(b"\0", 1)[0]
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        raise TarRefused(msg.text("failed.tar_name_ascii")) from None


def read(data: bytes, allowed: Callable[[str], bool], *, max_members: int,
         max_member: int) -> tuple[dict[str, bytes], int]:
    """The members of an archive made by `write`, by name in archive order, and the one
    time every header carries; raises TarRefused."""
    out: dict[str, bytes] = {}
    times: set[int] = set()
    pos = 0
    while True:
        header = data[pos:pos + BLOCK]
        if len(header) < BLOCK:
            raise TarRefused(msg.text("failed.tar_truncated"))
        if header == _ZERO:
            break
        if len(out) >= max_members:
            raise TarRefused(msg.text("failed.tar_too_many", max_members))
        kind = header[156:157]
        if kind not in (tarfile.REGTYPE, tarfile.AREGTYPE):
            raise TarRefused(msg.text("failed.tar_type", repr(kind)))
        name = _name(header)
        if not allowed(name):
            shown = "".join(c if c.isprintable() else "?" for c in name[:80])
            raise TarRefused(msg.text("failed.tar_unexpected", repr(shown)))
        if name in out:
            raise TarRefused(msg.text("failed.tar_twice", name))
        size = _octal(header[124:136], "size")
        if size > max_member:
            raise TarRefused(msg.text("failed.tar_too_big", name, size, max_member))
        mtime = _octal(header[136:148], "time")
        times.add(mtime)
        if len(times) > 1:
            raise TarRefused(msg.text("failed.tar_times"))
        if header != _info(name, size, mtime).tobuf(tarfile.USTAR_FORMAT, "ascii", "strict"):
            raise TarRefused(msg.text("failed.tar_header", name))
        start = pos + BLOCK
        end = start + size
        padded = start + -(-size // BLOCK) * BLOCK
        if padded > len(data):
            raise TarRefused(msg.text("failed.tar_cut_short", name))
        if data[end:padded].count(0) != padded - end:
            raise TarRefused(msg.text("failed.tar_padding", name))
        out[name] = data[start:end]
        pos = padded
    # the end marker (two zero blocks), zero-filled to a whole record: exactly what `write` leaves
    if len(data) != -(-(pos + 2 * BLOCK) // RECORD) * RECORD or data.count(0, pos) != len(data) - pos:
        raise TarRefused(msg.text("failed.tar_trailing"))
    return out, times.pop() if times else 0
