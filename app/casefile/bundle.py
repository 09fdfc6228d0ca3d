"""Export bundles: one case, one file, readable only by HQ.

A bundle is an age file (X25519, to HQ's recipient) holding an uncompressed
POSIX tar with exactly these members:

    manifest.json          canonical JSON: case, officer, created, and every file's SHA-256 and size
    manifest.p7s           CMS SignedData (DER), detached, over manifest.json, by the officer's key
    case.json              the whole dossier in field-dossier/1 (canonical JSON)
    case.pdf               the signed case file (PAdES B-B)
    attachments/<sha256>   every attachment, named by its hash (names are in case.json)

The tar is not compressed, so a hostile bundle cannot expand on import. The
laptop does not hold HQ's identity, so it cannot read its own bundles back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import secrets
import tarfile
from collections.abc import Callable
from dataclasses import dataclass

import pyrage

from app import __version__
from app.domain.interchange import canonical_json

FORMAT = "field-dossier-bundle/1"
MANIFEST, SIGNATURE, CASE_JSON, CASE_PDF = "manifest.json", "manifest.p7s", "case.json", "case.pdf"
ATTACHMENT_RE = re.compile(r"attachments/[0-9a-f]{64}")
SUFFIX = ".fdb.age"


@dataclass(frozen=True)
class Officer:
    callsign: str
    post: str
    enrolled: bool
    serial: str


def file_name(now: dt.datetime) -> str:
    """Opaque on purpose: a found stick does not list case numbers or names."""
    return f"bundle-{now.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(4)}{SUFFIX}"


def manifest(case_number: str, case_sha256: str, officer: Officer, created: dt.datetime,
             files: dict[str, bytes], case_id: str = "") -> bytes:
    doc = {
        "format": FORMAT, "case_number": case_number, "case_sha256": case_sha256,
        **({"case_id": case_id} if case_id else {}),
        "created_at": created.isoformat(), "app_version": __version__,
        "officer": {"callsign": officer.callsign, "post": officer.post, "enrolled": officer.enrolled,
                    "serial": officer.serial},
        "files": [{"path": p, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
                  for p, b in sorted(files.items())],
    }
    return canonical_json(doc)


def pack(members: dict[str, bytes], mtime: dt.datetime) -> bytes:
    buf = io.BytesIO()
    order = [MANIFEST, SIGNATURE, CASE_JSON, CASE_PDF, *sorted(p for p in members if p.startswith("attachments/"))]
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in order:
            data = members[path]
            info = tarfile.TarInfo(path)
            info.size, info.mtime, info.mode = len(data), int(mtime.timestamp()), 0o600
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def seal(inner: bytes, recipient: str) -> bytes:
    return bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(recipient)]))


def build(case_number: str, case_sha256: str, case_json: bytes, pdf: bytes, blobs: dict[str, bytes],
          officer: Officer, sign_detached: Callable[[bytes], bytes], recipient: str, created: dt.datetime,
          case_id: str = "") -> bytes:
    """The sealed bundle. `sign_detached(data) -> DER` is the officer's CMS signer."""
    files = {CASE_JSON: case_json, CASE_PDF: pdf}
    files.update({f"attachments/{sha}": data for sha, data in blobs.items()})
    man = manifest(case_number, case_sha256, officer, created, files, case_id)
    sig = sign_detached(man)
    return seal(pack({MANIFEST: man, SIGNATURE: sig, **files}, created), recipient)
