"""Shared pieces of the exchange tests: an HQ, an enrolled field vault, tampering tools."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pyrage

from tests.conftest import PASS, sample_doc

HQ_PASS = "quantum walrus harbour seventeen lantern"


def issue_enrolment(hq: Any, tmp: Path, callsign: str = "Alpha", post: str = "KYIV", recovery: bool = False) -> Any:
    """An enrolment as the laptop reads it (costs three scrypt runs: reuse it)."""
    from app.casefile import enrolment

    issued = enrolment.issue(hq, callsign, post, tmp / f"{callsign}-{post}.enrol", recovery)
    return enrolment.read(issued.path, issued.passphrase)


def enrolled_vault(vault_dir: Path, hq: Any, tmp: Path, callsign: str = "Alpha", post: str = "KYIV",
                   recovery: bool = False, prepared: Any = None) -> Any:
    from app.vault import vault

    s = vault.create(vault_dir, post, callsign, PASS)
    s.enrol(prepared or issue_enrolment(hq, tmp, callsign, post, recovery))
    return s


def add_case(session: Any, **person: Any) -> str:
    from app.domain.interchange import parse_document

    doc = sample_doc(**person)
    doc["attachments"] = [{"name": "scan.txt", "media_type": "text/plain", "size": 5,
                           "sha256": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
                           "content_base64": "aGVsbG8="}]
    return str(session.add_applicant(parse_document(doc)))


def members_of(bundle_bytes: bytes, identity: Any) -> dict[str, bytes]:
    inner = pyrage.decrypt(bundle_bytes, [identity])
    out = {}
    with tarfile.open(fileobj=io.BytesIO(inner)) as tar:
        for m in tar:
            f = tar.extractfile(m)
            out[m.name] = f.read() if f else b""
    return out


def repack(members: dict[str, bytes], recipient: str, extra: dict[str, tarfile.TarInfo] | None = None) -> bytes:
    """What an attacker with HQ's public recipient can do: rebuild and re-encrypt,
    imitating the program's own archive headers exactly (mode 0600, no owner)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o600
            tar.addfile(info, io.BytesIO(data))
        for info in (extra or {}).values():
            tar.addfile(info, io.BytesIO(b"x" * info.size) if info.isreg() else None)
    return seal_to(buf.getvalue(), recipient)


def seal_to(inner: bytes, recipient: str) -> bytes:
    return bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(recipient)]))


def flip(data: bytes, offset: int) -> bytes:
    b = bytearray(data)
    b[offset] ^= 0x01
    return bytes(b)


def tool(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), capture_output=True, text=True, timeout=120, check=False)
