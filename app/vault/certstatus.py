"""Is the officer's own certificate still good? Checked against what HQ sent.

The vault keeps the HQ CA certificate from the enrolment and the newest CRL
from update packages. At every unlock and before every signature the laptop
asks: is my certificate revoked by a CRL that HQ's CA signed? has it expired?
A revoked or expired officer is told so plainly and cannot sign or export
(app/casefile/casefile.signing_material).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.domain import msg
from app.errors import IntegrityError

EXPIRY_WARNING = dt.timedelta(days=30)


@dataclass(frozen=True)
class CertStatus:
    enrolled: bool
    revoked_at: dt.datetime | None = None
    expires_at: dt.datetime | None = None
    now: dt.datetime | None = None

    @property
    def may_sign(self) -> bool:
        return not self.blocking()

    def blocking(self) -> str:
        """Why this officer may not sign now ('' if they may)."""
        if self.revoked_at is not None:
            return msg.text("err.cert_revoked", f"{self.revoked_at:%Y-%m-%d}")
        if self.enrolled and self.expires_at is not None and self.now is not None and self.now > self.expires_at:
            return msg.text("err.cert_expired", f"{self.expires_at:%Y-%m-%d}")
        return ""

    def warning(self) -> str:
        """What to tell the officer at unlock ('' if nothing)."""
        if self.blocking():
            return self.blocking()
        if (self.enrolled and self.expires_at is not None and self.now is not None
                and self.now > self.expires_at - EXPIRY_WARNING):
            return msg.text("err.cert_expiring", f"{self.expires_at:%Y-%m-%d}")
        return ""


def load_crl(crl_pem: bytes, ca: x509.Certificate) -> x509.CertificateRevocationList:
    """A CRL that HQ's CA signed; raises IntegrityError otherwise."""
    try:
        crl = x509.load_pem_x509_crl(crl_pem)
    except ValueError:
        raise IntegrityError(msg.text("err.crl_damaged")) from None
    pub = ca.public_key()
    if crl.issuer != ca.subject or not isinstance(pub, ec.EllipticCurvePublicKey) or not crl.is_signature_valid(pub):
        raise IntegrityError(msg.text("err.crl_not_hq"))
    return crl


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of a certificate as people compare it: 16 groups of four hex digits."""
    digest = cert.fingerprint(hashes.SHA256()).hex().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def describe_ca(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    name = str(names[0].value) if names else "(no name)"
    return f"{name} (SHA-256 {fingerprint(cert)})"


def same_fingerprint(cert: x509.Certificate, typed: str) -> bool:
    """Does `typed` (at least 16 hex digits, spaces allowed) start the certificate's SHA-256?"""
    want = "".join(typed.split()).upper()
    return len(want) >= 16 and fingerprint(cert).replace(" ", "").startswith(want)


def crl_number(crl: x509.CertificateRevocationList) -> int:
    try:
        return int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
    except x509.ExtensionNotFound:
        return 0


def status(cert_pem: bytes, enrolled: bool, ca_pem: str, crl_pem: str, now: dt.datetime) -> CertStatus:
    """The officer certificate's standing. A CRL that does not verify against the
    stored CA is ignored here: it was checked when it was installed."""
    cert = x509.load_pem_x509_certificate(cert_pem)
    if not enrolled or not ca_pem:
        return CertStatus(False, now=now)
    revoked = None
    if crl_pem:
        try:
            crl = load_crl(crl_pem.encode("ascii"), x509.load_pem_x509_certificate(ca_pem.encode("ascii")))
            entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
            revoked = entry.revocation_date_utc if entry is not None else None
        except (IntegrityError, ValueError):
            revoked = None
    return CertStatus(True, revoked, cert.not_valid_after_utc, now)
