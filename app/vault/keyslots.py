"""Key slots: the vault's random data key, wrapped once per user.

The slot file (`vault.keys`) is the vault's only unencrypted file. It holds no
names and no case data: a random vault id, a per-vault lookup key, and per
user an opaque slot id, Argon2id parameters, a salt, a nonce and the wrapped
data key. The slot id is HMAC-SHA256(lookup_key, call sign): it lets a login
find its slot without the call sign being written anywhere in plain text.
(Call signs are short, so this is pseudonymisation, not secrecy: the passphrase
is the secret.) Wrapping is AES-256-GCM with the vault id, slot id and KDF
parameters as associated data, so a slot moved, edited or downgraded in place
fails to open instead of silently working.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import AuthenticationError, IntegrityError, ValidationError
from app.vault import kdf
from app.vault.files import atomic_write

SLOT_FILE = "vault.keys"
FORMAT = "field-dossier/keyslots/1"
MAX_SLOT_FILE_BYTES = 256 * 1024
CALLSIGN_RE = re.compile(r"^[\w-]{2,32}$", re.UNICODE)


def normalize_callsign(callsign: str) -> str:
    cs = unicodedata.normalize("NFC", callsign.strip())
    if not CALLSIGN_RE.match(cs):
        raise ValidationError("A call sign is 2-32 letters, digits, '-' or '_', with no spaces.")
    return cs


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    raw = base64.b64decode(text, validate=True)
    if length is not None and len(raw) != length:
        raise ValueError("wrong length")
    return raw


@dataclass
class Slot:
    slot_id: str
    kdf: kdf.KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: Any) -> Slot:
        if not isinstance(data, dict) or not re.fullmatch(r"[0-9a-f]{32}", str(data.get("id"))):
            raise ValueError("bad slot")
        return cls(
            slot_id=str(data["id"]),
            kdf=kdf.KdfParams.from_json(data.get("kdf")),
            salt=_unb64(data.get("salt"), 16),
            nonce=_unb64(data.get("nonce"), 12),
            wrapped=_unb64(data.get("wrapped_key"), kdf.KEY_BYTES + 16),
        )


@dataclass
class SlotFile:
    vault_id: str
    lookup_key: bytes
    slots: list[Slot] = field(default_factory=list)
    # The data key sealed to HQ's age recipient (base64 of the age file), when the
    # vault was enrolled with a recovery slot. Only HQ's identity opens it.
    recovery: str = ""
    # Erase the vault after this many consecutive failed unlocks (0 = never). A
    # copy of the supervisor's setting, readable before unlocking; the vault holds
    # the authoritative value and restores this one if it was edited.
    wipe_after: int = 0

    @classmethod
    def new(cls) -> SlotFile:
        return cls(vault_id=os.urandom(16).hex(), lookup_key=os.urandom(32))

    def slot_id_for(self, callsign: str) -> str:
        cs = normalize_callsign(callsign).casefold()
        return hmac.new(self.lookup_key, cs.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def find(self, callsign: str) -> Slot | None:
        sid = self.slot_id_for(callsign)
        return next((s for s in self.slots if hmac.compare_digest(s.slot_id, sid)), None)

    def _aad(self, slot_id: str, params: kdf.KdfParams, salt: bytes) -> bytes:
        meta = {"f": FORMAT, "v": self.vault_id, "s": slot_id, "k": params.to_json(), "salt": _b64(salt)}
        return json.dumps(meta, sort_keys=True, separators=(",", ":")).encode()

    def make_slot(
        self, callsign: str, passphrase: str, data_key: bytes, params: kdf.KdfParams | None = None
    ) -> Slot:
        params = params or kdf.params_for_new_slot()
        sid = self.slot_id_for(callsign)
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapping_key = kdf.derive(passphrase, salt, params)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, self._aad(sid, params, salt))
        return Slot(sid, params, salt, nonce, wrapped)

    def put(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot.slot_id] + [slot]

    def remove(self, callsign: str) -> None:
        sid = self.slot_id_for(callsign)
        self.slots = [s for s in self.slots if s.slot_id != sid]

    def unwrap(self, callsign: str, passphrase: str) -> bytes:
        """The data key, or AuthenticationError. An unknown call sign costs the same
        KDF work as a wrong passphrase, so timing does not reveal which call signs exist."""
        try:
            slot = self.find(callsign)
        except ValidationError:
            slot = None
        if slot is None:
            if self.slots:
                kdf.derive(passphrase, os.urandom(16), self.slots[0].kdf)
            raise AuthenticationError("Wrong call sign or passphrase.")
        wrapping_key = kdf.derive(passphrase, slot.salt, slot.kdf)
        try:
            return AESGCM(wrapping_key).decrypt(
                slot.nonce, slot.wrapped, self._aad(slot.slot_id, slot.kdf, slot.salt)
            )
        except InvalidTag:
            raise AuthenticationError("Wrong call sign or passphrase.") from None

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "lookup_key": _b64(self.lookup_key),
            "slots": [s.to_json() for s in self.slots],
        }
        if self.recovery:
            doc["recovery"] = self.recovery
        if self.wipe_after:
            doc["policy"] = {"wipe_after": self.wipe_after}
        doc["checksum"] = _checksum(doc)
        return (json.dumps(doc, indent=1) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> SlotFile:
        try:
            if len(raw) > MAX_SLOT_FILE_BYTES:
                raise ValueError("too large")
            doc = json.loads(raw.decode("ascii"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("unknown format")
            if set(doc) - _KEYS:
                raise ValueError("unknown field")
            if "checksum" in doc and doc.pop("checksum") != _checksum(doc):
                raise ValueError("checksum mismatch")
            policy = doc.get("policy", {})
            if not isinstance(policy, dict) or set(policy) - {"wipe_after"}:
                raise ValueError("bad policy")
            wipe_after = policy.get("wipe_after", 0)
            if type(wipe_after) is not int or not 0 <= wipe_after <= MAX_WIPE_AFTER:
                raise ValueError("bad policy")
            vault_id = str(doc.get("vault_id"))
            if not re.fullmatch(r"[0-9a-f]{32}", vault_id):
                raise ValueError("bad vault id")
            slots = [Slot.from_json(s) for s in doc.get("slots", [])]
            recovery = doc.get("recovery", "")
            if not isinstance(recovery, str):
                raise ValueError("bad recovery slot")
            return cls(vault_id, _unb64(doc.get("lookup_key"), 32), slots, recovery, wipe_after)
        except (ValueError, UnicodeDecodeError, TypeError, KeyError, RecursionError):
            raise IntegrityError(
                "The vault's key file is damaged or has been altered; restore it from a backup."
            ) from None


_KEYS = {"format", "vault_id", "lookup_key", "slots", "recovery", "policy", "checksum"}
MAX_WIPE_AFTER = 100


def _checksum(doc: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON: any damaged byte is reported as damage, not as
    a wrong passphrase. (Not a MAC: nothing secret is available before unlocking.
    A deliberate edit still cannot open or weaken a slot, see the module doc.)"""
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")
    return hashlib.sha256(body).hexdigest()


def load(vault_dir: Path) -> SlotFile:
    try:
        raw = (vault_dir / SLOT_FILE).read_bytes()
    except FileNotFoundError:
        raise IntegrityError("The vault's key file is missing; restore it from a backup.") from None
    return SlotFile.from_bytes(raw)


def save(vault_dir: Path, slots: SlotFile) -> None:
    atomic_write(vault_dir / SLOT_FILE, slots.to_bytes())
