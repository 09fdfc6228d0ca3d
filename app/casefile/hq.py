"""HQ's key store: the CA, HQ's age identity, the officer register and the CRL.

Layout of an HQ folder (`dossier hq init DIR`):

    keystore.age    age, passphrase (scrypt): every secret and the officer register
    identity.age    age, passphrase: HQ's age identity alone, so stock `age -d -i
                    identity.age bundle.age` opens a bundle without this program
    ca.pem          the CA certificate (public)
    recipient.txt   HQ's age recipient (public)
    crl.pem         the current revocation list, signed by the CA (public)

Secrets are never written in the clear; every file is replaced atomically.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from app.casefile import agepass, pki
from app.domain import msg, safejson
from app.domain.casenumber import hq_station
from app.errors import (
    AuthenticationError,
    DossierError,
    IntegrityError,
    NotFoundError,
    ValidationError,
    VaultExistsError,
)
from app.vault.files import atomic_write, ensure_private_dir
from app.vault.keyslots import normalize_callsign

KEYSTORE = "keystore.age"
IDENTITY = "identity.age"
CA_FILE = "ca.pem"
RECIPIENT_FILE = "recipient.txt"
CRL_FILE = "crl.pem"
FORMAT = "field-dossier-hq/1"
MAX_KEYSTORE = 16 * 1024 * 1024


@dataclass
class Officer:
    callsign: str
    post: str
    serial: str
    issued_at: str
    revoked_at: str = ""
    station: str = ""  # the station code this enrolment gives a laptop's case numbers
    supervisor: bool = False  # the certificate may sign transfers of its post's cases

    def to_json(self) -> dict[str, Any]:
        return {"callsign": self.callsign, "post": self.post, "serial": self.serial,
                "issued_at": self.issued_at, "revoked_at": self.revoked_at, "station": self.station,
                "supervisor": self.supervisor}


@dataclass
class HqKeystore:
    folder: Path
    ca_key: ec.EllipticCurvePrivateKey
    ca_cert: x509.Certificate
    identity: pyrage.x25519.Identity
    field_identity: pyrage.x25519.Identity  # shared by enrolled laptops: update packages are encrypted to it
    officers: list[Officer] = field(default_factory=list)
    crl_number: int = 0
    package_seq: int = 0
    _passphrase: str = ""

    # -- creation and opening ----------------------------------------------------------
    @classmethod
    def init(cls, folder: Path, passphrase: str) -> HqKeystore:
        from app.vault.vault import require_strong

        if (folder / KEYSTORE).exists():
            raise VaultExistsError(msg.text("err.hq_store_exists"))
        require_strong(passphrase, ("hq",))
        ensure_private_dir(folder)
        ca_key, ca_cert = pki.make_ca()
        ks = cls(folder, ca_key, ca_cert, pyrage.x25519.Identity.generate(),
                 pyrage.x25519.Identity.generate(), _passphrase=passphrase)
        atomic_write(folder / IDENTITY, pyrage.passphrase.encrypt(
            f"# Field Dossier HQ identity\n{ks.identity}\n".encode(), passphrase))
        atomic_write(folder / CA_FILE, pki.cert_pem(ca_cert))
        atomic_write(folder / RECIPIENT_FILE, f"{ks.recipient}\n".encode())
        ks.save()
        return ks

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> HqKeystore:
        try:
            raw = (folder / KEYSTORE).read_bytes()
        except FileNotFoundError:
            raise NotFoundError(msg.text("err.hq_no_store")) from None
        if len(raw) > MAX_KEYSTORE:
            raise IntegrityError(msg.text("err.hq_store_damaged"))
        try:
            plain = agepass.decrypt(raw, passphrase)
        except pyrage.DecryptError:
            raise AuthenticationError(msg.text("err.hq_passphrase")) from None
        except agepass.ExcessiveWork:
            raise IntegrityError(msg.text("err.hq_store_damaged")) from None
        except agepass.MachineBusy:
            raise DossierError(msg.text("err.machine_busy")) from None
        try:
            doc = safejson.loads(plain, max_bytes=MAX_KEYSTORE)
            if doc["format"] != FORMAT:
                raise ValueError(doc["format"])
            ks = cls(folder, pki.load_key(doc["ca_key"].encode()), pki.load_cert(doc["ca_cert"].encode()),
                     pyrage.x25519.Identity.from_str(doc["identity"]),
                     pyrage.x25519.Identity.from_str(doc["field_identity"]),
                     [Officer(**o) for o in doc["officers"]], int(doc["crl_number"]), int(doc["package_seq"]),
                     passphrase)
        except (KeyError, TypeError, ValueError, safejson.JsonLimitError):
            raise IntegrityError(msg.text("err.hq_store_damaged")) from None
        return ks

    def save(self, new_crl: bool = False) -> None:
        """Write the key store; with `new_crl`, first issue the next CRL (its number
        is saved with the store, so numbers only ever increase)."""
        fresh = new_crl or not (self.folder / CRL_FILE).exists()
        if fresh:
            self.crl_number += 1
        doc: dict[str, Any] = {
            "format": FORMAT, "ca_key": pki.key_pem(self.ca_key).decode(),
            "ca_cert": pki.cert_pem(self.ca_cert).decode(), "identity": str(self.identity),
            "field_identity": str(self.field_identity), "officers": [o.to_json() for o in self.officers],
            "crl_number": self.crl_number, "package_seq": self.package_seq}
        atomic_write(self.folder / KEYSTORE, pyrage.passphrase.encrypt(json.dumps(doc).encode(), self._passphrase))
        if fresh:
            self._write_crl()

    def _write_crl(self) -> None:
        revoked = [(int(o.serial), dt.datetime.fromisoformat(o.revoked_at)) for o in self.officers if o.revoked_at]
        atomic_write(self.folder / CRL_FILE, pki.crl_pem(pki.make_crl(self.ca_key, self.ca_cert, revoked,
                                                                        self.crl_number)))

    # -- what others need -----------------------------------------------------------------
    @property
    def recipient(self) -> str:
        return str(self.identity.to_public())

    @property
    def field_recipient(self) -> str:
        return str(self.field_identity.to_public())

    def crl_pem(self) -> bytes:
        """The CRL file, checked: a damaged one is never sent out in enrolments and packages."""
        pem = (self.folder / CRL_FILE).read_bytes()
        pki.load_crl(pem, self.ca_cert)  # IntegrityError unless a CRL signed by our CA
        return pem

    def revoked_serials(self) -> set[int]:
        return {int(o.serial) for o in self.officers if o.revoked_at}

    def officer_by_serial(self, serial: int) -> Officer | None:
        return next((o for o in self.officers if o.serial == str(serial)), None)

    # -- officers -----------------------------------------------------------------------------
    def enroll(self, callsign: str, post: str, supervisor: bool = False) -> tuple[bytes, bytes, Officer]:
        """Issue an officer key and certificate; returns (key PEM, cert PEM, register entry)."""
        cs = normalize_callsign(callsign)
        post = post.strip().upper()
        if not post:
            raise ValidationError(msg.text("err.post_needed"))
        key, cert = pki.issue_officer(self.ca_key, self.ca_cert, cs, post, supervisor)
        officer = Officer(cs, post, str(cert.serial_number), pki.utcnow().isoformat(),
                          station=self.next_station(post), supervisor=supervisor)
        self.officers.append(officer)
        self.save()
        return pki.key_pem(key), pki.cert_pem(cert), officer

    def next_station(self, post: str) -> str:
        """A station code no enrolment at this post has had: each enrolment gets its own, so two
        laptops of a post never issue the same case number (app.domain.casenumber)."""
        used = {o.station for o in self.officers if o.post == post}
        index = 0
        while hq_station(index) in used:
            index += 1
        return hq_station(index)

    def revoke(self, callsign: str = "", post: str = "", serial: str = "") -> list[Officer]:
        """Revoke one certificate by its serial, or every certificate in force for a
        call sign at one post (a call sign alone is ambiguous: posts reuse them)."""
        if serial:
            hit = [o for o in self.officers if o.serial == serial.strip() and not o.revoked_at]
            if not hit:
                raise NotFoundError(msg.text("err.hq_no_serial"))
        else:
            if not callsign or not post:
                raise ValidationError(msg.text("err.hq_name_certificate"))
            cs, where = normalize_callsign(callsign).casefold(), post.strip().upper()
            hit = [o for o in self.officers if o.callsign.casefold() == cs and o.post == where and not o.revoked_at]
            if not hit:
                raise NotFoundError(msg.text("err.hq_no_certificate"))
        now = pki.utcnow().isoformat()
        for o in hit:
            o.revoked_at = now
        self.save(new_crl=True)
        return hit

    def reissue_crl(self) -> int:
        """A fresh CRL (new number, new dates) with the same entries; returns its number."""
        self.save(new_crl=True)
        return self.crl_number

    def next_package_sequence(self) -> int:
        self.package_seq += 1
        self.save()
        return self.package_seq


def public_trust(folder: Path) -> tuple[x509.Certificate, str]:
    """The CA certificate and the recipient, readable without the passphrase."""
    try:
        return (pki.load_cert((folder / CA_FILE).read_bytes()),
                (folder / RECIPIENT_FILE).read_text("ascii").strip())
    except (OSError, UnicodeDecodeError):
        raise NotFoundError(msg.text("err.hq_not_store")) from None
