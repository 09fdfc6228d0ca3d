"""What the exchange with HQ keeps inside the vault.

Signing identities (private keys included), HQ's trust material from the
enrolment file, the content installed from update packages and, in an HQ
vault, every imported version of every case. All of it lives in the encrypted
database; nothing here touches the disk outside it.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography import x509

from app.domain import msg, safejson
from app.domain.casenumber import is_hq_station
from app.domain.roles import Action, may
from app.errors import IntegrityError, NotFoundError, PermissionDenied, ValidationError
from app.vault import certstatus, dossiers, exam_index, exports, keyslots
from app.vault.connection import Connection
from app.vault.dossiers import get_meta, now_utc, set_meta
from app.vault.session_base import SessionParts

HQ_KEYS = ("hq_ca_pem", "hq_recipient", "hq_crl_pem", "hq_field_identity", "hq_enrolled_at")


@dataclass(frozen=True)
class SigningMaterial:
    key_pem: bytes
    cert_pem: bytes
    chain_pems: list[bytes]
    enrolled: bool


@dataclass(frozen=True)
class Incoming:
    """What a verified carrier of a case HQ re-issued says (app/casefile/reissue.py), as the guarded
    install (app/vault/guard/handover.py) needs it."""

    carrier_id: str
    case_id: str
    from_: tuple[str, str]  # (call sign, post)
    to: tuple[str, str, str]  # (call sign, post, certificate serial)
    reason: str
    issued_at: str
    signed_by: str  # who signed the bundle inside


@dataclass(frozen=True)
class Enrolment:
    callsign: str
    key_pem: bytes
    cert_pem: bytes
    ca_pem: bytes
    recipient: str
    crl_pem: bytes
    field_identity: str
    recovery: bool  # seal the data key to HQ's recipient (HQ can then open a recovered laptop)
    station: str = ""  # the laptop's station code in case numbers, unique at the post (HQ's register)


@dataclass(frozen=True)
class CaseVersion:
    case_number: str
    version: int
    imported_at: str
    officer: str
    post: str
    json_sha256: str
    bundle_sha256: str
    case_id: str = ""


class HqSwitchNeeded(PermissionDenied):
    """An enrolment from another HQ than the installed one: never silent. Names both CAs."""

    def __init__(self, installed: x509.Certificate, offered: x509.Certificate, supervisor: bool) -> None:
        old, new = certstatus.describe_ca(installed), certstatus.describe_ca(offered)
        who = "Confirm with the new CA's fingerprint to switch" if supervisor else "Only a supervisor can switch"
        super().__init__(f"This enrolment is from another HQ. Installed CA: {old}. CA in the file: {new}. {who}.")
        self.installed, self.offered, self.supervisor = old, new, supervisor
        self.new_fingerprint = certstatus.fingerprint(offered)


def seal_recovery(vault_id: str, data_key: bytes, recipient: str) -> str:
    """The recovery slot: the data key and vault id, age-encrypted to HQ's recipient."""
    plain = json.dumps({"vault_id": vault_id, "key": base64.b64encode(data_key).decode()}).encode()
    return base64.b64encode(pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient)])).decode()


def open_recovery(slots: keyslots.SlotFile, identity: pyrage.x25519.Identity) -> bytes:
    """HQ side: the data key from a vault's recovery slot."""
    if not slots.recovery:
        raise NotFoundError(msg.text("err.no_recovery_slot"))
    try:
        doc = safejson.loads(pyrage.decrypt(base64.b64decode(slots.recovery), [identity]), max_bytes=4096)
        key = base64.b64decode(doc["key"])
        same_vault = doc["vault_id"] == slots.vault_id
    except pyrage.DecryptError:
        raise IntegrityError(msg.text("err.recovery_not_this_hq")) from None
    except (ValueError, KeyError, TypeError, safejson.JsonLimitError):
        raise IntegrityError(msg.text("err.recovery_damaged")) from None
    if not same_vault or len(key) != 32:
        raise IntegrityError(msg.text("err.recovery_other_vault"))
    return key


class ExchangeMixin(SessionParts):
    """Session methods for enrolment, signing identities, updates and HQ imports."""

    vault_dir: Any
    _data_key: bytes | bytearray
    post_code: str
    is_demo: bool

    # -- identities ----------------------------------------------------------------
    def signing_material(self) -> SigningMaterial | None:
        with self.read() as c:
            row = c.execute("SELECT key_pem, cert_pem, chain_pem, enrolled FROM identities WHERE callsign = ?",
                            (self.user.callsign,)).fetchone()
        if row is None:
            return None
        chain = [p for p in bytes(row[2]).split(b"\n\n") if p.strip()]
        return SigningMaterial(bytes(row[0]), bytes(row[1]), chain, bool(row[3]))

    def store_self_signed(self, key_pem: bytes, cert_pem: bytes) -> None:
        with self.write() as c:
            if c.execute("SELECT 1 FROM identities WHERE callsign = ?", (self.user.callsign,)).fetchone():
                return
            c.execute("INSERT INTO identities VALUES (?, 0, ?, ?, ?, ?)",
                      (self.user.callsign, key_pem, cert_pem, cert_pem, now_utc().isoformat()))
            self.audit(c, "identity_created", None, msg.text("audit.self_signed"))

    def enrol(self, e: Enrolment, switch_to: str = "") -> None:
        """Store an officer's enrolment; optionally add HQ's recovery slot. The vault's first
        enrolment that carries a station code gives it that code for the case numbers it issues
        from then on (app.domain.casenumber); earlier numbers stay as they are.

        An enrolment from another CA than the installed one would send every later
        bundle to another HQ: it needs a supervisor and `switch_to`, the new CA's
        SHA-256 fingerprint (at least 16 hex digits) as shown by HqSwitchNeeded,
        and it is audited with both CAs."""
        if keyslots.normalize_callsign(e.callsign).casefold() != self.user.callsign.casefold():
            raise PermissionDenied(
                f"This enrolment is for call sign {e.callsign}; log in as that officer to install it.")
        if self.is_demo:
            raise PermissionDenied(msg.text("err.demo_not_enrolled"))
        now = now_utc().isoformat()
        chain = e.cert_pem.strip() + b"\n\n" + e.ca_pem.strip() + b"\n"
        new_ca = x509.load_pem_x509_certificate(e.ca_pem)
        with self.write() as c:
            installed = get_meta(c, "hq_ca_pem")
            old_ca = x509.load_pem_x509_certificate(installed.encode("ascii")) if installed else None
            switching = old_ca is not None and old_ca != new_ca
            if switching:
                assert old_ca is not None
                supervisor = may(self.user.role, Action.MANAGE_USERS)
                if not supervisor or not certstatus.same_fingerprint(new_ca, switch_to):
                    raise HqSwitchNeeded(old_ca, new_ca, supervisor)
                set_meta(c, "package_seq", "0")  # the new HQ numbers its packages from 1
                self.audit(c, "hq_switched", None, msg.text("audit.hq_switched", certstatus.describe_ca(old_ca),
                                                                     certstatus.describe_ca(new_ca)))
            c.execute("INSERT OR REPLACE INTO identities VALUES (?, 1, ?, ?, ?, ?)",
                      (self.user.callsign, e.key_pem, e.cert_pem, chain, now))
            for key, value in zip(HQ_KEYS, (e.ca_pem.decode(), e.recipient, e.crl_pem.decode(),
                                            e.field_identity, now), strict=True):
                if key == "hq_crl_pem" and not switching and self._newer_crl_installed(c, e.crl_pem, new_ca):
                    continue  # re-enrolled with the same HQ: keep the newest revocation list
                set_meta(c, key, value)
            self.audit(c, "enrolled", None, msg.text("audit.recovery_slot") if e.recovery else "")
            if is_hq_station(e.station) and get_meta(c, "station_source") != "hq":
                set_meta(c, "station_code", e.station)
                set_meta(c, "station_source", "hq")
                self.audit(c, "station_assigned", None, msg.text("audit.station", e.station))
            if e.recovery or (switching and self._slots.recovery):
                # a slot sealed to the old HQ goes; the new HQ gets one only if it asked
                self._slots.recovery = (seal_recovery(self._slots.vault_id, bytes(self._data_key), e.recipient)
                                        if e.recovery else "")
                keyslots.save(self.vault_dir, self._slots)  # inside the transaction: both or neither

    def certificate_status(self) -> certstatus.CertStatus:
        """This user's certificate against the CA and the newest CRL HQ sent."""
        material = self.signing_material()
        trust = self.hq_trust()
        if material is None:
            return certstatus.CertStatus(False, now=now_utc())
        return certstatus.status(material.cert_pem, material.enrolled, trust["hq_ca_pem"], trust["hq_crl_pem"],
                                 now_utc())

    def require_may_sign(self) -> None:
        """Refuse to sign or export with a revoked or expired certificate (audited)."""
        why = self.certificate_status().blocking()
        if why:
            with self.write() as c:
                self.audit(c, "signing_refused", None, why)
            raise PermissionDenied(why)

    def hq_trust(self) -> dict[str, str]:
        with self.read() as c:
            return {k: get_meta(c, k) for k in HQ_KEYS}

    @property
    def enrolled(self) -> bool:
        return bool(self.hq_trust()["hq_ca_pem"])

    # -- exports (mark_sent, which records the numbered export, is in app/vault/guard) ----------
    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    def record_casefile(self, case_number: str, pdf_sha256: str) -> None:
        with self.write() as c:
            self.audit(c, "casefile_signed", case_number, msg.text("audit.casefile_signed", pdf_sha256[:16]))

    # -- update packages -----------------------------------------------------------------
    @property
    def package_sequence(self) -> int:
        with self.read() as c:
            return int(get_meta(c, "package_seq") or 0)

    def installed_content(self) -> list[tuple[str, str, Any]]:
        with self.read() as c:
            rows = c.execute("SELECT kind, name, data FROM installed_content ORDER BY kind, name").fetchall()
        return [(str(k), str(n), json.loads(d)) for k, n, d in rows]

    def replace_watchlist(self, c: Connection, doc: Any) -> tuple[int, int]:
        raise NotImplementedError

    def install_files(self, c: Connection, sequence: int, content: list[tuple[str, str, Any]]) -> None:
        raise NotImplementedError

    def install_hq_decisions(self, c: Connection, package: int, entries: list[Any]) -> Any:
        raise NotImplementedError

    def install_package(self, sequence: int, content: list[tuple[str, str, Any]], watchlist_doc: Any = None,
                        crl_pem: bytes = b"", receipts: list[dict[str, Any]] | None = None,
                        hq_decisions: list[Any] | None = None) -> tuple[int, int]:
        """Install an update package's files, watchlist, CRL, HQ's receipts for this vault's exports
        and HQ's decisions on its cases in one transaction (all or nothing). Returns (HQ decisions
        stored, HQ decisions refused: addressed here for a case this vault does not hold)."""
        self.require(Action.INSTALL_UPDATE)
        with self.write() as c:
            if watchlist_doc is not None:
                self.replace_watchlist(c, watchlist_doc)
            if sequence <= int(get_meta(c, "package_seq") or 0):
                raise ValidationError(msg.text("err.package_not_newer"))
            self.install_files(c, sequence, content)
            set_meta(c, "package_seq", str(sequence))
            if crl_pem:
                self._install_crl(c, crl_pem)
            acknowledged = exports.install_receipts(c, self._slots.vault_id, receipts or [])
            installed = msg.text("audit.package_watchlist" if watchlist_doc is not None else "audit.package",
                                 sequence, len(content))
            if acknowledged:
                installed = msg.text("audit.acknowledged", installed, acknowledged)
            hq = self.install_hq_decisions(c, sequence, hq_decisions or [])
            if hq.stored:
                installed = msg.text("audit.hq_stored", installed, hq.stored)
            if hq.refused:
                installed = msg.text("audit.hq_refused", installed, hq.refused)
            self.audit(c, "update_installed", None, installed)
        from app.domain import content as registry
        from app.domain import rulesets

        registry.install(self.installed_content())
        rulesets.remember(self.remembered_rule_sets())
        return hq.stored, hq.refused

    def remembered_rule_sets(self) -> list[Any]:
        """Every polygraph rule set this vault has installed (their rules stay trusted)."""
        with self.read() as c:
            return exam_index.remembered_rule_sets(c)

    @staticmethod
    def _newer_crl_installed(c: Connection, crl_pem: bytes, ca: x509.Certificate) -> bool:
        old_pem = get_meta(c, "hq_crl_pem")
        if not old_pem:
            return False
        try:
            old = certstatus.load_crl(old_pem.encode("ascii"), ca)
        except IntegrityError:
            return False
        return certstatus.crl_number(old) > certstatus.crl_number(certstatus.load_crl(crl_pem, ca))

    def _install_crl(self, c: Connection, crl_pem: bytes) -> None:
        """Keep the newer CRL: numbers only increase, so an older CRL (an old package
        installed late) never undoes a revocation."""
        ca = x509.load_pem_x509_certificate(get_meta(c, "hq_ca_pem").encode("ascii"))
        new = certstatus.load_crl(crl_pem, ca)
        if self._newer_crl_installed(c, crl_pem, ca):
            return
        set_meta(c, "hq_crl_pem", crl_pem.decode("ascii"))
        self.audit(c, "crl_installed", None, msg.text("audit.crl", certstatus.crl_number(new), len(list(new))))

    # -- HQ imports --------------------------------------------------------------------
    def case_versions(self, case_number: str) -> list[CaseVersion]:
        """Every imported version of a case (named by number, former number or case id)."""
        with self.read() as c:
            case_id = self._case_id(c, case_number)
            rows = c.execute(
                "SELECT case_number, version, imported_at, officer, post, json_sha256, bundle_sha256, case_id"
                " FROM case_versions WHERE case_id = ? ORDER BY version", (case_id,)).fetchall()
        return [CaseVersion(r[0], int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]

    @staticmethod
    def _case_id(c: Connection, case: str) -> str:
        try:
            return str(c.execute("SELECT case_id FROM applicants WHERE id = ?",
                                 (dossiers.id_for(c, case),)).fetchone()[0])
        except NotFoundError:
            return ""

    def version_content(self, case_number: str, version: int) -> bytes:
        with self.read() as c:
            row = c.execute("SELECT content FROM case_versions WHERE case_id = ? AND version = ?",
                            (self._case_id(c, case_number), version)).fetchone()
        if row is None:
            raise NotFoundError(msg.text("err.no_version"))
        return bytes(row[0])

    def versions_with_hash(self, json_sha256: str) -> list[CaseVersion]:
        with self.read() as c:
            rows = c.execute(
                "SELECT case_number, version, imported_at, officer, post, json_sha256, bundle_sha256, case_id"
                " FROM case_versions WHERE json_sha256 = ?", (json_sha256.lower(),)).fetchall()
        return [CaseVersion(r[0], int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]

