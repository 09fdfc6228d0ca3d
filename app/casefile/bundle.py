"""Export bundles: one case, one file, readable only by HQ.

A bundle is an age file (X25519, to HQ's recipient) holding an uncompressed
ustar archive (app/casefile/tarsafe.py) with exactly these members:

    manifest.json          canonical JSON: case, record hash, officer, origin (vault id and export
                           sequence), signing time, and every file's SHA-256 and size
    manifest.p7s           CMS SignedData (DER), detached, over manifest.json, by the officer's key,
                           with the signing time as a signed attribute
    case.json              the whole dossier in field-dossier/1 (canonical JSON)
    case.pdf               the signed case file (PAdES B-B)
    attachments/<sha256>   every attachment, named by its hash (names are in case.json)

The tar is not compressed, so a hostile bundle cannot expand on import. The
laptop does not hold HQ's identity, so it cannot read its own bundles back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

import pyrage

from app import __version__
from app.casefile import tarsafe
from app.domain.interchange import canonical_json

FORMAT = "field-dossier-bundle/2"
MANIFEST, SIGNATURE, CASE_JSON, CASE_PDF = "manifest.json", "manifest.p7s", "case.json", "case.pdf"
REQUIRED = (MANIFEST, SIGNATURE, CASE_JSON, CASE_PDF)
ATTACHMENT_RE = re.compile(r"attachments/[0-9a-f]{64}")
SUFFIX = ".fdb.age"


def allowed_member(name: str) -> bool:
    return name in REQUIRED or ATTACHMENT_RE.fullmatch(name) is not None


@dataclass(frozen=True)
class Officer:
    callsign: str
    post: str
    enrolled: bool
    serial: str


@dataclass(frozen=True)
class Origin:
    """Which vault sent the bundle, and its place in that vault's numbered exports."""

    vault_id: str
    sequence: int


@dataclass(frozen=True)
class Contents:
    case_number: str
    case_id: str  # issue 14's case id: HQ knows a case by it, never by its number
    case_sha256: str  # of case_json
    record_sha256: str  # of the canonical record (app/domain/record.py)
    case_json: bytes
    pdf: bytes
    blobs: dict[str, bytes]  # attachment sha256 -> content


def file_name(now: dt.datetime) -> str:
    """Opaque on purpose: a found stick does not list case numbers or names."""
    return f"bundle-{now.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(4)}{SUFFIX}"


def manifest(contents: Contents, officer: Officer, origin: Origin, created: dt.datetime,
             files: dict[str, bytes]) -> bytes:
    doc = {
        "format": FORMAT, "case_number": contents.case_number, "case_id": contents.case_id,
        "case_sha256": contents.case_sha256,
        "record_sha256": contents.record_sha256, "created_at": signed_time(created), "app_version": __version__,
        "officer": {"callsign": officer.callsign, "post": officer.post, "enrolled": officer.enrolled,
                    "serial": officer.serial},
        "origin": {"vault_id": origin.vault_id, "sequence": origin.sequence},
        "files": [{"path": p, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
                  for p, b in sorted(files.items())],
    }
    return canonical_json(doc)


def signed_time(when: dt.datetime) -> str:
    """The one spelling of a signing time in a manifest: UTC, whole seconds."""
    utc = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    return utc.replace(microsecond=0).isoformat()


def member_order(members: dict[str, bytes]) -> list[str]:
    """The one order members are written in: the four required ones, then attachments by hash."""
    return [*(p for p in REQUIRED if p in members), *sorted(p for p in members if p not in REQUIRED)]


def pack(members: dict[str, bytes], mtime: dt.datetime) -> bytes:
    return tarsafe.write([(p, members[p]) for p in member_order(members)], int(mtime.timestamp()))


def seal(inner: bytes, recipient: str) -> bytes:
    return bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(recipient)]))


def build(contents: Contents, officer: Officer, origin: Origin,
          sign_detached: Callable[[bytes, dt.datetime], bytes], recipient: str, created: dt.datetime) -> bytes:
    """The sealed bundle. `sign_detached(data, when) -> DER` is the officer's CMS signer;
    `created` is the signing time of the manifest and of the PDF inside."""
    files = {CASE_JSON: contents.case_json, CASE_PDF: contents.pdf}
    files.update({f"attachments/{sha}": data for sha, data in contents.blobs.items()})
    man = manifest(contents, officer, origin, created, files)
    sig = sign_detached(man, created)
    return seal(pack({MANIFEST: man, SIGNATURE: sig, **files}, created), recipient)
