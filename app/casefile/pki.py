"""X.509 for the exchange with HQ: the HQ CA, officer certificates, the CRL.

Every key is ECDSA P-256. An officer certificate names the call sign (CN) and
the post (OU); a vault that HQ has not enrolled signs with a self-signed
certificate whose organisation says NOT ENROLLED, so no verifier can mistake it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.domain import msg
from app.errors import IntegrityError
from app.vault import certstatus

ORG = "Field Dossier"
NOT_ENROLLED = "NOT ENROLLED"
CA_YEARS = 10
OFFICER_YEARS = 2
CRL_DAYS = 90


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    """Unencrypted PKCS#8: only ever written inside the vault or an age envelope."""
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def load_key(pem: bytes) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise IntegrityError(msg.text("err.signing_key_type"))
    return key


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def load_cert(pem: bytes) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(pem)
    except ValueError:
        raise IntegrityError(msg.text("err.certificate_damaged")) from None


SUPERVISOR = "supervisor"


def _name(cn: str, ou: str = "", org: str = ORG, title: str = "") -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)]
    if ou:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, ou))
    if title:  # a supervisor's certificate says so: only it can sign a transfer of the post's cases
        attrs.append(x509.NameAttribute(NameOID.TITLE, title))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(attrs)


def _signing_extensions(b: x509.CertificateBuilder, key: ec.EllipticCurvePrivateKey) -> x509.CertificateBuilder:
    return (b.add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))


def make_ca(common_name: str = "Field Dossier HQ CA") -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = new_key()
    now = utcnow()
    name = _name(common_name, "HQ")
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365 * CA_YEARS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def issue_officer(
    ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate, callsign: str, post: str, supervisor: bool = False,
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = new_key()
    now = utcnow()
    name = _name(callsign, post, title=SUPERVISOR if supervisor else "")
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(ca_cert.subject)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365 * OFFICER_YEARS))
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False))
    return key, _signing_extensions(b, key).sign(ca_key, hashes.SHA256())


def self_signed(callsign: str, post: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = new_key()
    now = utcnow()
    name = _name(callsign, post, f"{ORG} ({NOT_ENROLLED})")
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
         .serial_number(x509.random_serial_number())
         .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365 * OFFICER_YEARS)))
    return key, _signing_extensions(b, key).sign(key, hashes.SHA256())


@dataclass(frozen=True)
class Subject:
    callsign: str
    post: str
    enrolled: bool
    serial: int
    supervisor: bool = False


def subject_of(cert: x509.Certificate) -> Subject:
    def one(oid: x509.ObjectIdentifier) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    org = one(NameOID.ORGANIZATION_NAME)
    return Subject(one(NameOID.COMMON_NAME), one(NameOID.ORGANIZATIONAL_UNIT_NAME),
                   NOT_ENROLLED not in org and cert.issuer != cert.subject, cert.serial_number,
                   one(NameOID.TITLE) == SUPERVISOR)


def issued_by(cert: x509.Certificate, ca_cert: x509.Certificate, at: dt.datetime | None = None) -> str:
    """'' when `cert` was issued by `ca_cert` and valid at `at`; otherwise why not."""
    try:
        foreign = cert.issuer != ca_cert.subject or cert.subject == ca_cert.subject
    except ValueError:  # a damaged name: cryptography parses names only when asked
        return msg.text("failed.ca_signature")
    if foreign:
        return msg.text("failed.not_this_ca")
    try:
        cert.verify_directly_issued_by(ca_cert)
    except (ValueError, TypeError, InvalidSignature):
        return msg.text("failed.ca_signature")
    when = at or utcnow()
    if not (cert.not_valid_before_utc <= when <= cert.not_valid_after_utc):
        return msg.text("failed.not_valid_then")
    if not (ca_cert.not_valid_before_utc <= when <= ca_cert.not_valid_after_utc):
        return msg.text("failed.ca_not_valid_then")
    return ""


def make_crl(ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate,
             revoked: list[tuple[int, dt.datetime]], number: int) -> x509.CertificateRevocationList:
    """A CRL (RFC 5280 §5) with its number and the CA's key identifier, so
    validators (openssl -crl_check, pyHanko, NSS) match it to the CA."""
    now = utcnow()
    b = (x509.CertificateRevocationListBuilder().issuer_name(ca_cert.subject)
         .last_update(now).next_update(now + dt.timedelta(days=CRL_DAYS))
         .add_extension(x509.CRLNumber(number), critical=False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False))
    for serial, when in revoked:
        b = b.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when)
            .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False).build())
    return b.sign(ca_key, hashes.SHA256())


def crl_pem(crl: x509.CertificateRevocationList) -> bytes:
    return crl.public_bytes(serialization.Encoding.PEM)


def load_crl(pem: bytes, ca_cert: x509.Certificate) -> x509.CertificateRevocationList:
    """A CRL signed by `ca_cert`; raises IntegrityError otherwise (app/vault/certstatus.py)."""
    return certstatus.load_crl(pem, ca_cert)


def crl_number(crl: x509.CertificateRevocationList) -> int:
    return certstatus.crl_number(crl)


def revoked_at(crl: x509.CertificateRevocationList, serial: int) -> dt.datetime | None:
    """When `crl` says the certificate `serial` was revoked; None if it does not."""
    entry = crl.get_revoked_certificate_by_serial_number(serial)
    return entry.revocation_date_utc if entry is not None else None


fingerprint = certstatus.fingerprint
describe_ca = certstatus.describe_ca
