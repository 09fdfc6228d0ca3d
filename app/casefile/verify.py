"""HQ: verify a bundle without trusting the laptop that wrote it.

Checks run in order and stop at the first failure; each yields one report
line. Nothing is written anywhere: the archive is read in memory, never
extracted, and only members with the expected names, types and sizes are read
(app/casefile/tarsafe.py). The manifest's signature is checked over its raw
bytes before the manifest is parsed, and every JSON is parsed within limits
(app/domain/safejson.py). The parts of a bundle are then checked against each
other, each disagreement under its own name, because an enrolled key (a plant
at a post, a captured laptop) can sign anything it likes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography import x509

from app.casefile import bundle, pki, signing, tarsafe
from app.casefile.render import parse_keywords
from app.domain import msg, record, safejson, schemas
from app.domain.interchange import ParsedDossier, canonical_json, parse_document
from app.errors import DossierError, IntegrityError, UsageError, os_reason

MAX_BUNDLE = 512 * 1024 * 1024
MAX_MEMBER = 128 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_MANIFEST = 1024 * 1024
MAX_CASE_JSON = 32 * 1024 * 1024
# A signing time this far after the bundle reached HQ is a wrong clock or a forgery.
CLOCK_SKEW = dt.timedelta(minutes=10)
CHECKS = ("size", "decrypt", "archive", "manifest-signature", "manifest", "signing-time", "officer-certificate",
          "revocation", "officer-block", "manifest-hashes", "attachment-names", "pdf-signature", "json-schema",
          "json-vs-manifest", "attachments-vs-json", "pdf-vs-manifest")


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
    signed_at: dt.datetime
    certificate: x509.Certificate
    record_sha256: str

    @property
    def vault_id(self) -> str:
        return str(self.manifest["origin"]["vault_id"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["origin"]["sequence"])


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
    revoked_at: dict[int, str] = field(default_factory=dict)
    arrival: dt.datetime | None = None  # when the bundle reached HQ (default: when it is checked)


def read_bundle(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BUNDLE bytes. A link, FIFO or
    device on a hostile stick is refused without being read."""
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise _Fail("size", msg.text("failed.link"))
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _Fail("size", msg.text("failed.not_regular"))
            if info.st_size > MAX_BUNDLE:
                raise _Fail("size", msg.text("failed.over_limit_size", info.st_size, MAX_BUNDLE))
            data = f.read(MAX_BUNDLE + 1)
    except _Fail:
        raise
    except OSError as exc:
        raise UsageError(msg.text("err.bundle_unreadable", os_reason(exc))) from None
    if len(data) > MAX_BUNDLE:
        raise _Fail("size", msg.text("failed.over_limit", MAX_BUNDLE))
    return data


def _members(inner: bytes) -> tuple[dict[str, bytes], int]:
    try:
        out, mtime = tarsafe.read(inner, bundle.allowed_member, max_members=MAX_MEMBERS, max_member=MAX_MEMBER)
    except tarsafe.TarRefused as exc:
        raise _Fail("archive", exc.reason) from None
    for need in bundle.REQUIRED:
        if need not in out:
            raise _Fail("archive", msg.text("failed.member_missing", need))
    if list(out) != bundle.member_order(out):
        raise _Fail("archive", msg.text("failed.member_order"))
    return out, mtime


def _manifest(raw: bytes) -> dict[str, Any]:
    fail = _Fail("manifest", msg.text("failed.manifest_invalid"))
    try:
        man = safejson.loads(raw, max_bytes=MAX_MANIFEST, max_depth=8, what=msg.text("err.json_the_manifest"))
    except safejson.JsonLimitError as exc:
        raise _Fail("manifest", exc.message) from None
    if isinstance(man, dict) and man.get("format") == "field-dossier-bundle/1":
        raise _Fail("manifest", msg.text("failed.manifest_v1"))
    if next(iter(schemas.validator("bundle-manifest.schema.json").iter_errors(man)), None) is not None:
        raise fail
    if canonical_json(man) != raw:
        raise _Fail("manifest", msg.text("failed.manifest_not_canonical"))
    return man


def _time(man: dict[str, Any], cms: signing.CmsResult, arrival: dt.datetime) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(man["created_at"])
    except ValueError:
        raise _Fail("signing-time", msg.text("failed.time_not_date")) from None
    if cms.signed_at is None:
        raise _Fail("signing-time", msg.text("failed.time_missing"))
    if cms.signed_at != when:
        raise _Fail("signing-time", msg.text("failed.time_differs"))
    if when > arrival + CLOCK_SKEW:
        raise _Fail("signing-time", msg.text("failed.time_after_arrival", f"{when:%Y-%m-%d %H:%M}",
                                             f"{arrival:%Y-%m-%d %H:%M}"))
    return when


def _officer_block(man: dict[str, Any], officer: pki.Subject) -> None:
    block = man["officer"]
    for key, expected in (("callsign", officer.callsign), ("post", officer.post),
                          ("enrolled", officer.enrolled), ("serial", str(officer.serial))):
        if block[key] != expected:
            raise _Fail("officer-block", msg.text("failed.officer_field", msg.text(f"failed.officer_{key}")))


def _parts(man: dict[str, Any], members: dict[str, bytes]) -> None:
    files = {f["path"]: (f["sha256"], f["size"]) for f in man["files"]}
    if len(files) != len(man["files"]) or set(files) != set(members) - {bundle.MANIFEST, bundle.SIGNATURE}:
        raise _Fail("manifest-hashes", msg.text("failed.files_differ"))
    for path, (sha, size) in files.items():
        body = members[path]
        if len(body) != size or hashlib.sha256(body).hexdigest() != sha:
            raise _Fail("manifest-hashes", msg.text("failed.hash_mismatch", path))


def _attachment_names(members: dict[str, bytes]) -> int:
    names = [n for n in members if n.startswith("attachments/")]
    for name in names:
        if hashlib.sha256(members[name]).hexdigest() != name.removeprefix("attachments/"):
            raise _Fail("attachment-names", msg.text("failed.attachment_name", name[:28]))
    return len(names)


def _case_json(raw: bytes) -> tuple[Any, ParsedDossier]:
    try:
        doc = safejson.loads(raw, max_bytes=MAX_CASE_JSON, what=msg.text("err.json_case_json"))
        return doc, parse_document(doc)
    except DossierError as exc:
        raise _Fail("json-schema", exc.message) from None


def _json_vs_manifest(man: dict[str, Any], raw: bytes, doc: Any, parsed: ParsedDossier) -> str:
    if parsed.dossier.case_number.upper() != man["case_number"] or parsed.dossier.case_id != man["case_id"]:
        raise _Fail("json-vs-manifest", msg.text("failed.json_other_case"))
    if hashlib.sha256(raw).hexdigest() != man["case_sha256"]:
        raise _Fail("json-vs-manifest", msg.text("failed.json_case_hash"))
    record_hash = record.record_sha256(doc)
    if record_hash != man["record_sha256"]:
        raise _Fail("json-vs-manifest", msg.text("failed.json_record_hash"))
    return record_hash


def _attachments_vs_json(parsed: ParsedDossier, members: dict[str, bytes]) -> None:
    listed = {a.sha256 for a in parsed.dossier.attachments}
    present = {n.removeprefix("attachments/") for n in members if n.startswith("attachments/")}
    if listed - present:
        raise _Fail("attachments-vs-json", msg.text("failed.attachment_not_in_bundle"))
    if present - listed:
        raise _Fail("attachments-vs-json", msg.text("failed.attachment_not_listed"))
    for a in parsed.dossier.attachments:
        parsed.blobs[a.sha256] = members[f"attachments/{a.sha256}"]


def _pdf_vs_manifest(man: dict[str, Any], pdf: signing.PdfSigResult, signer: x509.Certificate,
                     when: dt.datetime) -> None:
    assert pdf.signer is not None
    if pdf.signer.serial_number != signer.serial_number or pdf.signer != signer:
        raise _Fail("pdf-vs-manifest", msg.text("failed.pdf_other_signer"))
    if pdf.signed_at != when:
        raise _Fail("pdf-vs-manifest", msg.text("failed.pdf_time"))
    said = parse_keywords(pdf.keywords)
    if said.get("case") != man["case_number"] or said.get("id") != man["case_id"]:
        raise _Fail("pdf-vs-manifest", msg.text("failed.pdf_other_case"))
    if said.get("json") != man["case_sha256"] or said.get("record") != man["record_sha256"]:
        raise _Fail("pdf-vs-manifest", msg.text("failed.pdf_other_version"))


def _run(data: bytes, trust: Trust, report: Report) -> Verified:
    def ok(name: str, detail: str) -> None:
        report.checks.append(Check(name, True, detail))

    bundle_sha = hashlib.sha256(data).hexdigest()
    if len(data) > MAX_BUNDLE:
        raise _Fail("size", msg.text("failed.over_the_limit", len(data)))
    ok("size", msg.text("verify.size", len(data)))
    try:
        inner = bytes(pyrage.decrypt(data, [trust.identity]))
    except pyrage.DecryptError as exc:
        raise _Fail("decrypt", msg.text("failed.not_for_this_hq" if "No matching keys" in str(exc)
                                        else "failed.damaged")) from None
    ok("decrypt", msg.text("verify.decrypt"))
    return _archive(inner, bundle_sha, trust, report)


def _archive(inner: bytes, bundle_sha: str, trust: Trust, report: Report) -> Verified:
    def ok(name: str, detail: str) -> None:
        report.checks.append(Check(name, True, detail))

    members, archived_at = _members(inner)
    ok("archive", msg.text("verify.archive", len(members)))
    cms = signing.verify_detached(members[bundle.MANIFEST], members[bundle.SIGNATURE])
    if not cms.ok or cms.signer is None:
        raise _Fail("manifest-signature", cms.reason)
    problem = signing.container_problem(members[bundle.SIGNATURE], [cms.signer, trust.ca_cert])
    if problem:
        raise _Fail("manifest-signature", problem)
    officer = pki.subject_of(cms.signer)
    ok("manifest-signature", msg.text("verify.manifest_signature", officer.callsign, officer.post))
    man = _manifest(members[bundle.MANIFEST])
    ok("manifest", msg.text("verify.manifest", man["case_number"], len(man["files"]), man["origin"]["sequence"]))
    when = _time(man, cms, trust.arrival or pki.utcnow())
    if archived_at != int(when.timestamp()):
        raise _Fail("signing-time", msg.text("failed.time_archive"))
    ok("signing-time", msg.text("verify.signing_time", f"{when:%Y-%m-%d %H:%M}"))
    if not officer.enrolled:
        raise _Fail("officer-certificate", msg.text("failed.not_enrolled"))
    problem = pki.issued_by(cms.signer, trust.ca_cert, at=when)
    if problem:
        raise _Fail("officer-certificate", msg.text("failed.certificate_is", problem))
    ok("officer-certificate", msg.text("verify.officer_certificate", officer.serial))
    if officer.serial in trust.revoked:
        since = trust.revoked_at.get(officer.serial, "")
        raise _Fail("revocation", msg.text("failed.revoked_since", officer.callsign, officer.serial,
                                           since[:16].replace("T", " ")) if since
                    else msg.text("failed.revoked", officer.callsign, officer.serial))
    ok("revocation", msg.text("verify.revocation"))
    _officer_block(man, officer)
    ok("officer-block", msg.text("verify.officer_block"))
    _parts(man, members)
    ok("manifest-hashes", msg.text("verify.manifest_hashes", len(man["files"])))
    ok("attachment-names", msg.text("verify.attachment_names", _attachment_names(members)))
    pdf = signing.verify_pdf(members[bundle.CASE_PDF], trust.ca_cert, at=when)
    if not pdf.ok or pdf.signer is None:
        raise _Fail("pdf-signature", pdf.reason)
    ok("pdf-signature", msg.text("verify.pdf_signature"))
    doc, parsed = _case_json(members[bundle.CASE_JSON])
    ok("json-schema", msg.text("verify.json_schema"))
    record_hash = _json_vs_manifest(man, members[bundle.CASE_JSON], doc, parsed)
    ok("json-vs-manifest", msg.text("verify.json_vs_manifest"))
    _attachments_vs_json(parsed, members)
    ok("attachments-vs-json", msg.text("verify.attachments_vs_json"))
    _pdf_vs_manifest(man, pdf, cms.signer, when)
    ok("pdf-vs-manifest", msg.text("verify.pdf_vs_manifest"))
    return Verified(man["case_number"], man, members, parsed, officer, inner, bundle_sha, when, cms.signer,
                    record_hash)


def verify_bytes(data: bytes, trust: Trust) -> Report:
    report = Report()
    try:
        report.result = _run(data, trust, report)
    except _Fail as f:
        report.checks.append(Check(f.name, False, f.detail))
    return report


def verify_archive(inner: bytes, trust: Trust) -> Report:
    """The checks after decryption, on a bundle's archive as HQ received it (a case HQ re-issues
    to another post carries it: app/casefile/reissue.py). `trust.identity` is not used."""
    report = Report()
    try:
        report.result = _archive(inner, hashlib.sha256(inner).hexdigest(), trust, report)
    except _Fail as f:
        report.checks.append(Check(f.name, False, f.detail))
    return report


def verify_path(path: Path, trust: Trust) -> Report:
    try:
        data = read_bundle(path)
    except _Fail as f:
        return Report([Check(f.name, False, f.detail)])
    return verify_bytes(data, trust)


class Refused(IntegrityError):
    """A bundle failed verification; `report` has every check that ran."""

    def __init__(self, report: Report) -> None:
        bad = report.failed
        name = (msg.text(f"check.{bad.name}") if f"check.{bad.name}" in msg.TEXT else bad.name) if bad else ""
        super().__init__(msg.text("failed.verification_failed_at", name, bad.detail) if bad
                         else msg.text("failed.verification_failed"))
        self.report = report


def raise_for(report: Report) -> Verified:
    if report.result is None:
        raise Refused(report)
    return report.result


def signed_at(v: Verified) -> dt.datetime:
    return v.signed_at
