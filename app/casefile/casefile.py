"""Assemble a case file from an open vault: the canonical JSON, the signed PDF.

`CaseMaterial` is everything a case file and a bundle are made of, read from
the vault in one place, so the PDF, the JSON and the attachments of a bundle
always describe the same state of the case.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from app.casefile import pki, words
from app.casefile.render import CaseFileInput, render_and_sign
from app.casefile.signing import OfficerSigner
from app.domain import record
from app.domain.interchange import canonical_json, to_document
from app.vault.exchange import SigningMaterial
from app.vault.session import VaultSession

_SIGNERS: dict[str, OfficerSigner] = {}
AUDIT_EXCERPT = 40


def clock() -> dt.datetime:
    """The time a case file is signed at (tests replace it to sign on another day)."""
    return dt.datetime.now(dt.UTC)


@dataclass
class CaseMaterial:
    case_number: str
    json_bytes: bytes
    case_sha256: str
    record_sha256: str
    pdf_input: CaseFileInput
    blobs: dict[str, bytes] = field(default_factory=dict)  # attachment sha256 -> content
    names: dict[str, str] = field(default_factory=dict)  # attachment sha256 -> file name
    case_id: str = ""


def signing_material(session: VaultSession) -> SigningMaterial:
    """The user's signing key; a vault that HQ has not enrolled gets a self-signed one.
    A certificate HQ revoked, or one that expired, signs nothing (PermissionDenied)."""
    session.require_may_sign()
    material = session.signing_material()
    if material is None:
        key, cert = pki.self_signed(session.user.callsign, session.post_code)
        session.store_self_signed(pki.key_pem(key), pki.cert_pem(cert))
        material = session.signing_material()
        assert material is not None
    return material


def signer_for(material: SigningMaterial) -> OfficerSigner:
    """Loaded once per certificate and kept: parsing the key per signature is the cost to avoid."""
    fp = hashlib.sha256(material.cert_pem).hexdigest()
    signer = _SIGNERS.get(fp)
    if signer is None:
        signer = OfficerSigner(material.key_pem, material.cert_pem, material.chain_pems)
        _SIGNERS.clear()  # one officer at a time; a lock drops the key with the session
        _SIGNERS[fp] = signer
    return signer


def forget_signers() -> None:
    """At lock: the parsed key, and the print-ready photos kept for re-renders."""
    from app.casefile.images import forget_images

    _SIGNERS.clear()
    forget_images()


def gather(session: VaultSession, case_number: str, enrolled: bool, now: dt.datetime | None = None) -> CaseMaterial:
    d = session.get_dossier(case_number)
    computed = session.computed(d)
    blobs = {a.sha256: session.attachment_content(d.case_number, a.sha256) for a in d.attachments}
    doc = to_document(d, computed=computed)
    json_bytes = canonical_json(doc)
    sha = hashlib.sha256(json_bytes).hexdigest()
    record_hash = record.record_sha256(doc)
    media = {a.sha256: a.media_type for a in d.attachments}
    pages = {s: blobs[s] for s in (d.application.pages if d.application else []) if s in blobs
             and media.get(s, "").startswith("image/")}
    photo = blobs.get(d.person.photo or "") if media.get(d.person.photo or "", "").startswith("image/") else None
    entries = list(reversed(session.audit_entries(d.case_number, limit=AUDIT_EXCERPT)))
    inp = CaseFileInput(d, computed, sha, record_hash, session.user.callsign, session.post_code, enrolled,
                        (now or clock()).replace(microsecond=0), session.is_demo, photo, pages, entries,
                        words.choose(session.setting(words.SETTING)))
    return CaseMaterial(d.case_number, json_bytes, sha, record_hash, inp, blobs,
                        {a.sha256: a.name for a in d.attachments}, d.case_id)


def signed_pdf(session: VaultSession, case_number: str) -> tuple[bytes, CaseMaterial]:
    material = signing_material(session)
    case = gather(session, case_number, material.enrolled)
    pdf = render_and_sign(case.pdf_input, signer_for(material))
    session.record_casefile(case.case_number, hashlib.sha256(pdf).hexdigest())
    return pdf, case


def pdf_for(case: CaseMaterial, material: SigningMaterial) -> bytes:
    """Render and sign an already gathered case (used by batch export workers)."""
    return render_and_sign(case.pdf_input, signer_for(material))


def describe(material: SigningMaterial) -> dict[str, Any]:
    s = pki.subject_of(pki.load_cert(material.cert_pem))
    return {"callsign": s.callsign, "post": s.post, "enrolled": material.enrolled, "serial": str(s.serial)}
