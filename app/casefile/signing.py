"""Signatures: PAdES B-B on case-file PDFs, CMS detached on manifests.

Both go through pyHanko. `OfficerSigner` keeps the parsed private key object,
because pyHanko's SimpleSigner re-parses the key on every signature (the cost
REFERENCE.md measured); the key never leaves memory.

Both signatures carry the signing time: the CMS `signingTime` signed attribute
on a manifest, and the signature dictionary's /M on a PDF (PAdES forbids the
CMS attribute there). HQ validates the certificate at that time, bounded by the
laptop's export sequence and the bundle's arrival (docs/exchange.md), so a
bundle made while its certificate was valid still verifies after it expired.

Not embedded: revocation data (PAdES B-LT). Without a time-stamp authority
(none is reachable offline) the signer could backdate and embed an old CRL, so
an embedded CRL would prove nothing HQ's own register does not; HQ checks its
current CRL instead, and `revoked_by_crl` shows how pyHanko does that with a
local CRL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms, keys
from asn1crypto import crl as asn1_crl
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.validation import generic_cms, validate_pdf_signature
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.casefile import pki
from app.domain import msg

FIELD_NAME = "OfficerSignature"


def _utc(when: dt.datetime) -> dt.datetime:
    return (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class _CachedKeySigner(signers.SimpleSigner):
    """SimpleSigner that signs with an already-loaded ECDSA key object."""

    def __init__(self, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate,
                 chain: list[x509.Certificate]) -> None:
        der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        super().__init__(signing_cert=_asn1(cert), signing_key=keys.PrivateKeyInfo.load(der),
                         cert_registry=SimpleCertificateStore.from_certs([_asn1(c) for c in chain]))
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        algo = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}[digest_algorithm]
        return self._key.sign(data, ec.ECDSA(algo))


class _TimedPdfSigner(signers.PdfSigner):
    """A PdfSigner whose /M (the PAdES signing time) is the case file's time, not the wall clock.

    pyHanko sizes the space for the signature by signing a dummy digest first (a whole second
    CMS build, ~35% of the time of a signature). With one key and chain the size is the same
    every time, so the first estimate is kept in `reserve` (one per OfficerSigner) and reused."""

    def __init__(self, when: dt.datetime, reserve: dict[str, int], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._when = when
        self._reserve = reserve

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._when
        estimate, memo = session.estimate_signature_container_size, self._reserve

        async def remembered(validation_info: Any, tight: bool = False) -> int:
            if "bytes" not in memo:
                memo["bytes"] = int(await estimate(validation_info, tight=tight))
            return memo["bytes"]

        setattr(session, "estimate_signature_container_size", remembered)  # noqa: B010 - a method of an object
        return session


class OfficerSigner:
    """One officer's key and certificate chain, loaded once per session."""

    def __init__(self, key_pem: bytes, cert_pem: bytes, chain_pems: list[bytes]) -> None:
        self.key = pki.load_key(key_pem)
        self.cert = pki.load_cert(cert_pem)
        self.chain = [pki.load_cert(p) for p in chain_pems]
        self.subject = pki.subject_of(self.cert)
        self._signer = _CachedKeySigner(self.key, self.cert, self.chain)
        self._reserve: dict[str, int] = {}  # the signature's size in the PDF, estimated once

    def sign_pdf(self, pdf: bytes, box: tuple[int, int, int, int], page: int, when: dt.datetime) -> bytes:
        """Add a visible PAdES B-B signature in `box` (points) on `page` (0-based)."""
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        fields.append_signature_field(writer, fields.SigFieldSpec(FIELD_NAME, box=box, on_page=page))
        # The call sign and post are drawn beside this box by the renderer in the
        # embedded font (Cyrillic), under a heading in the printout's language; the stamp
        # itself stays ASCII, because subsetting a TrueType font for the stamp costs ~90 ms
        # per signature, and holds no words: the standard's name and the time read the same
        # in Ukrainian and English.
        style = TextStampStyle(stamp_text="PAdES B-B\n%(when)s", border_width=1)
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
            name=self.subject.callsign, location=self.subject.post)
        pdf_signer = _TimedPdfSigner(_utc(when), self._reserve, meta, signer=self._signer, stamp_style=style)
        out = io.BytesIO()
        pdf_signer.sign_pdf(writer, output=out, appearance_text_params={
            "when": when.strftime("%Y-%m-%d %H:%M UTC")})
        return out.getvalue()

    def sign_detached(self, data: bytes, when: dt.datetime | None = None) -> bytes:
        """CMS SignedData (DER) over `data`, detached, with the certificate chain and,
        given `when`, the signingTime attribute."""
        attrs = PdfCMSSignedAttributes(signing_time=_utc(when)) if when is not None else None
        signed = asyncio.run(self._signer.async_sign_general_data(data, "sha256", detached=True,
                                                                  signed_attr_settings=attrs))
        return bytes(signed.dump())


@dataclass(frozen=True)
class CmsResult:
    ok: bool
    reason: str
    signer: x509.Certificate | None
    signed_at: dt.datetime | None = None


def verify_detached(data: bytes, signature: bytes) -> CmsResult:
    """Check a detached CMS signature's integrity; returns the signer certificate.
    Trust (who issued it) is checked by the caller against HQ's CA and CRL."""
    try:
        info = cms.ContentInfo.load(signature)
        signed = info["content"]
        if info["content_type"].native != "signed_data" or len(signed["signer_infos"]) != 1:
            return CmsResult(False, msg.text("failed.cms_not_single"), None)
        cert_choices = [c.chosen for c in signed["certificates"] if c.name == "certificate"]
        signer_info = signed["signer_infos"][0]
        sid = signer_info["sid"].chosen
        cert = next((c for c in cert_choices if c.issuer == sid["issuer"]
                     and c.serial_number == sid["serial_number"].native), None)
        if cert is None:
            return CmsResult(False, msg.text("failed.cms_no_cert"), None)
        digest = hashes.Hash(hashes.SHA256())
        digest.update(data)
        if signer_info["digest_algorithm"]["algorithm"].native != "sha256":
            return CmsResult(False, msg.text("failed.cms_digest"), None)
        status = generic_cms.validate_sig_integrity(signer_info, cert, "data", digest.finalize())
        intact, valid = status
        when = generic_cms.extract_self_reported_ts(signer_info)
    except Exception:
        return CmsResult(False, msg.text("failed.cms_damaged"), None)
    if not (intact and valid):
        return CmsResult(False, msg.text("failed.cms_mismatch"), None)
    return CmsResult(True, "", x509.load_der_x509_certificate(cert.dump()), _utc(when) if when else None)


def container_problem(signature: bytes, allowed: list[x509.Certificate]) -> str:
    """'' if a detached CMS signature holds nothing but the signature itself: one signer,
    no unsigned attributes, no CRLs, only `allowed` certificates, in the one DER form
    this program writes. Unsigned parts of a CMS container could otherwise carry bytes
    that no signature covers into what HQ keeps as evidence."""
    try:
        info = cms.ContentInfo.load(signature)
        signed = info["content"]
        signer_info = signed["signer_infos"][0]
        if signer_info["unsigned_attrs"].native is not None or signed["crls"].native is not None:
            return msg.text("failed.cms_unsigned")
        known = {c.public_bytes(serialization.Encoding.DER) for c in allowed}
        if any(c.chosen.dump() not in known for c in signed["certificates"]):
            return msg.text("failed.cms_foreign_cert")
        rebuilt = cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData({
            "version": "v1", "digest_algorithms": [cms.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {"content_type": "data"}, "certificates": list(signed["certificates"]),
            "signer_infos": [signer_info]})})
        if rebuilt.dump() != signature:
            return msg.text("failed.cms_form")
    except Exception:
        return msg.text("failed.cms_damaged")
    return ""


@dataclass(frozen=True)
class PdfSigResult:
    ok: bool
    reason: str
    signer: x509.Certificate | None
    signed_at: dt.datetime | None = None
    keywords: str = ""  # the document information's /Keywords (signed): what the case file says it is


def _keywords(reader: PdfFileReader) -> str:
    try:
        info = reader.trailer_view["/Info"]
        return str(info.get("/Keywords", ""))[:2000]
    except (KeyError, TypeError, AttributeError):
        return ""


def verify_pdf(pdf: bytes, ca_cert: x509.Certificate, at: dt.datetime | None = None,
               crls: list[x509.CertificateRevocationList] | None = None) -> PdfSigResult:
    """The PDF must carry exactly one signature that covers the whole file, is
    intact, and chains to `ca_cert` at time `at` (the signing time; default now).
    With `crls`, a certificate they revoke fails (pyHanko, offline, hard-fail)."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = reader.embedded_signatures
        if len(sigs) != 1:
            return PdfSigResult(False, msg.text("failed.pdf_count", len(sigs)), None)
        sig = sigs[0]
        vc = ValidationContext(
            trust_roots=[_asn1(ca_cert)], allow_fetching=False, moment=_utc(at) if at else None,
            crls=[asn1_crl.CertificateList.load(c.public_bytes(serialization.Encoding.DER)) for c in crls or []],
            revocation_mode="require" if crls else "soft-fail", retroactive_revinfo=bool(crls))
        status = validate_pdf_signature(sig, vc)
        keywords = _keywords(reader)
    except Exception:
        return PdfSigResult(False, msg.text("failed.pdf_damaged"), None)
    if not status.intact or not status.valid:
        return PdfSigResult(False, msg.text("failed.pdf_mismatch"), None)
    if status.coverage is None or status.coverage.name != "ENTIRE_FILE":
        return PdfSigResult(False, msg.text("failed.pdf_changed"), None)
    if status.revoked:
        return PdfSigResult(False, msg.text("failed.pdf_revoked"), None)
    if not status.trusted:
        return PdfSigResult(False, msg.text("failed.pdf_untrusted"), None)
    signer = x509.load_der_x509_certificate(status.signing_cert.dump())
    when = status.signer_reported_dt
    return PdfSigResult(True, "", signer, _utc(when) if when else None, keywords)
