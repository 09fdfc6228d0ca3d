"""HQ: verify a bundle without trusting the laptop that wrote it.

Checks run in order and stop at the first failure; each yields one report
line. Nothing is written anywhere: the archive is read in memory, never
extracted, and only members with the expected names, types and sizes are read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography import x509

from app.casefile import bundle, pki, signing
from app.domain import safejson
from app.domain.interchange import ParsedDossier, parse_document
from app.errors import DossierError, IntegrityError, UsageError

MAX_BUNDLE = 512 * 1024 * 1024
MAX_MEMBER = 128 * 1024 * 1024
MAX_MEMBERS = 2000
CHECKS = ("size", "decrypt", "archive", "manifest", "manifest-signature", "officer-certificate", "revocation",
          "manifest-hashes", "pdf-signature", "json-schema")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class Verified:
    """What a bundle holds, once every check passed."""

    case_number: str
    manifest: dict[str, Any]
    members: dict[str, bytes]
    parsed: ParsedDossier
    officer: pki.Subject
    inner: bytes  # the decrypted archive exactly as received: kept as the version's evidence
    bundle_sha256: str


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)
    result: Verified | None = None

    @property
    def ok(self) -> bool:
        return self.result is not None

    @property
    def failed(self) -> Check | None:
        return next((c for c in self.checks if not c.ok), None)

    def lines(self) -> list[str]:
        return [f"{'PASS' if c.ok else 'FAIL'}  {c.name:<20} {c.detail}" for c in self.checks]


class _Fail(Exception):
    def __init__(self, name: str, detail: str) -> None:
        super().__init__(detail)
        self.name, self.detail = name, detail


@dataclass(frozen=True)
class Trust:
    identity: pyrage.x25519.Identity
    ca_cert: x509.Certificate
    revoked: frozenset[int]


def read_bundle(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE:
            raise _Fail("size", f"{size} bytes is over the {MAX_BUNDLE} byte limit")
        return path.read_bytes()
    except _Fail:
        raise
    except OSError as exc:
        raise UsageError(f"Cannot read the bundle: {exc.strerror}.") from None


def _members(inner: bytes) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(inner), mode="r:") as tar:
            for i, m in enumerate(tar):
                if i >= MAX_MEMBERS:
                    raise _Fail("archive", "too many members")
                name = m.name
                allowed = name in (bundle.MANIFEST, bundle.SIGNATURE, bundle.CASE_JSON, bundle.CASE_PDF) \
                    or bundle.ATTACHMENT_RE.fullmatch(name)
                if not allowed:
                    raise _Fail("archive", f"unexpected member {name[:80]!r} (path or name not allowed)")
                if not m.isreg():
                    raise _Fail("archive", f"{name} is not a regular file")
                if m.size > MAX_MEMBER:
                    raise _Fail("archive", f"{name} is {m.size} bytes, over the {MAX_MEMBER} byte limit")
                if name in out:
                    raise _Fail("archive", f"{name} appears twice")
                f = tar.extractfile(m)
                out[name] = f.read() if f else b""
    except (tarfile.TarError, EOFError) as exc:
        raise _Fail("archive", f"not a valid archive ({type(exc).__name__})") from None
    for need in (bundle.MANIFEST, bundle.SIGNATURE, bundle.CASE_JSON, bundle.CASE_PDF):
        if need not in out:
            raise _Fail("archive", f"{need} is missing")
    return out


def _run(data: bytes, trust: Trust, report: Report) -> Verified:
    def ok(name: str, detail: str) -> None:
        report.checks.append(Check(name, True, detail))

    bundle_sha = hashlib.sha256(data).hexdigest()
    if len(data) > MAX_BUNDLE:
        raise _Fail("size", f"{len(data)} bytes is over the limit")
    ok("size", f"{len(data)} bytes")
    try:
        inner = bytes(pyrage.decrypt(data, [trust.identity]))
    except pyrage.DecryptError as exc:
        why = "not encrypted to this HQ" if "No matching keys" in str(exc) else "damaged or truncated"
        raise _Fail("decrypt", f"cannot decrypt: {why}") from None
    ok("decrypt", "encrypted to this HQ; envelope intact")
    members = _members(inner)
    ok("archive", f"{len(members)} members, all expected")
    try:
        man = safejson.loads(members[bundle.MANIFEST])
        files = {f["path"]: (str(f["sha256"]), int(f["size"])) for f in man["files"]}
        if man["format"] != bundle.FORMAT:
            raise ValueError("format")
        case_number = str(man["case_number"])
    except (ValueError, KeyError, TypeError, safejson.JsonLimitError):
        raise _Fail("manifest", "the manifest is not a valid field-dossier-bundle/1 manifest") from None
    ok("manifest", f"case {case_number}, {len(files)} files")
    cms = signing.verify_detached(members[bundle.MANIFEST], members[bundle.SIGNATURE])
    if not cms.ok or cms.signer is None:
        raise _Fail("manifest-signature", cms.reason)
    officer = pki.subject_of(cms.signer)
    ok("manifest-signature", f"valid CMS signature by {officer.callsign} ({officer.post})")
    if not officer.enrolled:
        raise _Fail("officer-certificate", "NOT ENROLLED: signed with a self-signed certificate")
    problem = pki.issued_by(cms.signer, trust.ca_cert)
    if problem:
        raise _Fail("officer-certificate", f"the certificate is {problem}")
    ok("officer-certificate", f"issued by HQ CA, serial {officer.serial}")
    if officer.serial in trust.revoked:
        raise _Fail("revocation", f"{officer.callsign}'s certificate (serial {officer.serial}) is revoked")
    ok("revocation", "not revoked")
    present = set(members) - {bundle.MANIFEST, bundle.SIGNATURE}
    if set(files) != present:
        raise _Fail("manifest-hashes", "the files in the bundle differ from the manifest's list")
    for path, (sha, size) in files.items():
        body = members[path]
        if len(body) != size or hashlib.sha256(body).hexdigest() != sha:
            raise _Fail("manifest-hashes", f"{path} does not match its manifest hash")
    ok("manifest-hashes", f"{len(files)} files match")
    pdf = signing.verify_pdf(members[bundle.CASE_PDF], trust.ca_cert)
    if not pdf.ok or pdf.signer is None:
        raise _Fail("pdf-signature", pdf.reason)
    if pdf.signer.serial_number != cms.signer.serial_number:
        raise _Fail("pdf-signature", "the PDF was signed by someone else than the manifest")
    ok("pdf-signature", "PAdES signature valid, whole file, by the same officer")
    try:
        parsed = parse_document(safejson.loads(members[bundle.CASE_JSON], what="case.json"))
    except DossierError as exc:  # safejson's refusals too (a ValidationError)
        raise _Fail("json-schema", exc.message) from None
    if parsed.dossier.case_number.upper() != case_number.upper() or (
            "case_id" in man and man["case_id"] != parsed.dossier.case_id):
        raise _Fail("json-schema", "case.json is for another case than the manifest")
    if hashlib.sha256(members[bundle.CASE_JSON]).hexdigest() != man.get("case_sha256"):
        raise _Fail("json-schema", "case.json does not match the manifest's case hash")
    for a in parsed.dossier.attachments:
        blob = members.get(f"attachments/{a.sha256}")
        if blob is None:
            raise _Fail("json-schema", "an attachment listed in case.json is missing")
        parsed.blobs[a.sha256] = blob
    ok("json-schema", "case.json is a valid field-dossier/1 dossier")
    return Verified(case_number, man, members, parsed, officer, inner, bundle_sha)


def verify_bytes(data: bytes, trust: Trust) -> Report:
    report = Report()
    try:
        report.result = _run(data, trust, report)
    except _Fail as f:
        report.checks.append(Check(f.name, False, f.detail))
    return report


def verify_path(path: Path, trust: Trust) -> Report:
    try:
        data = read_bundle(path)
    except _Fail as f:
        return Report([Check(f.name, False, f.detail)])
    return verify_bytes(data, trust)


def raise_for(report: Report) -> Verified:
    if report.result is None:
        bad = report.failed
        raise IntegrityError(f"Verification failed at {bad.name}: {bad.detail}." if bad else "Verification failed.")
    return report.result


def signed_at(v: Verified) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(v.manifest["created_at"]))
    except (KeyError, ValueError):
        return None
