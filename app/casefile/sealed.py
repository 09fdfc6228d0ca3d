"""A sealed signed file: named members (a canonical JSON document, its detached CMS signature and
whatever it carries) in an uncompressed tar (app/casefile/tarsafe.py), encrypted with age to one
recipient. Transfers (transfer.py), deletion notices (deletion.py) and the cases HQ re-issues to
another post (reissue.py) are written and read through here; what each document means and who
may sign it is the caller's to check.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from pathlib import Path

import pyrage

from app.casefile import pki, tarsafe
from app.domain import msg
from app.errors import IntegrityError, UsageError, os_reason
from app.vault.files import atomic_write, read_at_most


def file_name(prefix: str, suffix: str) -> str:
    """Opaque on purpose: a found stick shows no case number or name."""
    return f"{prefix}-{pki.utcnow():%Y%m%dT%H%M%SZ}-{secrets.token_hex(4)}{suffix}"


def seal(members: Sequence[tuple[str, bytes]], recipient: str) -> bytes:
    inner = tarsafe.write(list(members), int(pki.utcnow().timestamp()))
    return bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(recipient)]))


def write(members: Sequence[tuple[str, bytes]], recipient: str, out: Path, what: str) -> Path:
    """Seal `members` to `recipient` into the file `out`; `what` (a coded phrase: "the transfer")
    names the file in the error message."""
    try:
        atomic_write(out, seal(members, recipient))
    except OSError as exc:
        raise UsageError(msg.text("err.sealed_cannot_write", what, os_reason(exc))) from None
    return out


def open_sealed(raw: bytes, identity: pyrage.x25519.Identity, names: Sequence[str], max_member: int,
                not_ours: str) -> dict[str, bytes]:
    """Decrypt and unpack: exactly the members `names` (none else, none missing), or IntegrityError(not_ours)."""
    try:
        inner = bytes(pyrage.decrypt(raw, [identity]))
        members, _ = tarsafe.read(inner, lambda n: n in names, max_members=len(names), max_member=max_member)
    except (pyrage.DecryptError, tarsafe.TarRefused):
        raise IntegrityError(not_ours) from None
    if set(members) != set(names):
        raise IntegrityError(not_ours)
    return members


def read(path: Path, identity: pyrage.x25519.Identity, names: Sequence[str], max_file: int, what: str,
         not_ours: str) -> dict[str, bytes]:
    """The members of a sealed file of at most `max_file` bytes; `what` names it as in `write`."""
    try:
        raw = read_at_most(path, max_file + 1)
    except OSError as exc:
        raise UsageError(msg.text("err.sealed_cannot_read", what, os_reason(exc))) from None
    if len(raw) > max_file:
        raise IntegrityError(not_ours)
    return open_sealed(raw, identity, names, max_file, not_ours)
