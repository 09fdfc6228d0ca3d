"""Enrolment files: HQ → one officer's laptop.

An enrolment file is an age file encrypted with a one-time passphrase (scrypt).
Inside is JSON: the officer's key and certificate, HQ's CA certificate, HQ's
age recipient, the current CRL, the field distribution identity that update
packages are encrypted to, and whether HQ asks for a recovery slot. The file
and the passphrase travel separately (stick and paper).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from app.casefile import agepass, pki
from app.casefile.hq import HqKeystore
from app.domain import msg, safejson
from app.domain.casenumber import is_hq_station
from app.errors import AuthenticationError, DossierError, IntegrityError, UsageError, ValidationError, os_reason
from app.vault.exchange import Enrolment
from app.vault.files import atomic_write, read_at_most

FORMAT = "field-dossier-enrolment/1"
MAX_FILE = 1024 * 1024
_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: read aloud and typed without mistakes


def one_time_passphrase(groups: int = 6, size: int = 5) -> str:
    """About 147 bits: six groups of five, easy to read out and type."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(size)) for _ in range(groups))


@dataclass(frozen=True)
class Issued:
    path: Path
    passphrase: str
    callsign: str
    post: str
    serial: str
    station: str = ""


def issue(ks: HqKeystore, callsign: str, post: str, out: Path, recovery: bool, supervisor: bool = False) -> Issued:
    key_pem, cert_pem, officer = ks.enroll(callsign, post, supervisor)
    doc = {"format": FORMAT, "callsign": officer.callsign, "post": officer.post,
           "key": key_pem.decode(), "cert": cert_pem.decode(), "ca": pki.cert_pem(ks.ca_cert).decode(),
           "recipient": ks.recipient, "crl": ks.crl_pem().decode(),
           "field_identity": str(ks.field_identity), "recovery": recovery, "issued_at": officer.issued_at,
           "station": officer.station}
    passphrase = one_time_passphrase()
    try:
        atomic_write(out, pyrage.passphrase.encrypt(json.dumps(doc).encode(), passphrase))
    except OSError as exc:
        raise UsageError(msg.text("err.enrolment_unwritable", os_reason(exc))) from None
    return Issued(out, passphrase, officer.callsign, officer.post, officer.serial, officer.station)


def read(path: Path, passphrase: str) -> Enrolment:
    """Decrypt and check an enrolment file; raises on anything wrong, writes nothing."""
    try:
        raw = read_at_most(path, MAX_FILE + 1)
    except OSError as exc:
        raise UsageError(msg.text("err.enrolment_unreadable", os_reason(exc))) from None
    if len(raw) > MAX_FILE:
        raise ValidationError(msg.text("err.enrolment_too_large"))
    try:
        doc: Any = safejson.loads(agepass.decrypt(raw, passphrase.strip().upper()), max_bytes=MAX_FILE,
                                  max_depth=4)
    except pyrage.DecryptError:
        raise AuthenticationError(msg.text("err.enrolment_passphrase")) from None
    except agepass.ExcessiveWork:
        raise IntegrityError(msg.text("err.enrolment_damaged")) from None
    except agepass.MachineBusy:
        raise DossierError(msg.text("err.machine_busy")) from None
    except safejson.JsonLimitError:
        raise IntegrityError(msg.text("err.enrolment_damaged")) from None
    return parse(doc)


def parse(doc: Any) -> Enrolment:
    """Check a decrypted enrolment document (chain, key/cert match); raises IntegrityError."""
    try:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        key = pki.load_key(str(doc["key"]).encode())
        cert = pki.load_cert(str(doc["cert"]).encode())
        ca = pki.load_cert(str(doc["ca"]).encode())
        pki.load_crl(str(doc["crl"]).encode(), ca)
        pyrage.x25519.Recipient.from_str(str(doc["recipient"]))
        pyrage.x25519.Identity.from_str(str(doc["field_identity"]))
        station = str(doc.get("station", ""))
        if station and not is_hq_station(station):
            raise ValueError("station")
    except (KeyError, TypeError, ValueError, RecursionError, pyrage.RecipientError, pyrage.IdentityError):
        raise IntegrityError(msg.text("err.enrolment_incomplete")) from None
    problem = pki.issued_by(cert, ca)
    if problem:
        raise IntegrityError(msg.text("err.officer_certificate_is", problem))
    if key.public_key().public_numbers() != cert.public_key().public_numbers():  # type: ignore[union-attr]
        raise IntegrityError(msg.text("err.officer_key_mismatch"))
    subject = pki.subject_of(cert)
    return Enrolment(subject.callsign, str(doc["key"]).encode(), str(doc["cert"]).encode(),
                     str(doc["ca"]).encode(), str(doc["recipient"]), str(doc["crl"]).encode(),
                     str(doc["field_identity"]), bool(doc.get("recovery", False)), station)
