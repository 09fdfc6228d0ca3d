"""Key slots: the vault's random data key, made available to each user.

The slot file (`vault.keys`, stored by app/vault/keyfile.py: fixed size, two
areas, updated in place) is the vault's only unencrypted file. It holds no
names and no case data: a random vault id, a per-vault lookup key, the
failed-unlock counter and the wipe policy (both readable before unlocking),
and per user an opaque slot id, Argon2id parameters, a salt, and:

* an X25519 (age) identity made for the slot, wrapped with AES-256-GCM under
  the key Argon2id derives from the passphrase; the vault id, slot id, KDF
  parameters, salt and the identity's public recipient are the associated
  data, so a slot moved, edited or downgraded fails to open;
* the data key, age-encrypted to that recipient (`key`), and during a key
  rotation the next data key too (`pending`).

So a supervisor can give every remaining user a new data key without knowing
their passphrases (app/vault/rekey.py), and a removed user's identity opens
nothing made after the removal. The slot id is HMAC-SHA256(lookup_key, call
sign): it lets a login find its slot without the call sign being written
anywhere (call signs are short: pseudonymisation, not secrecy).

Slots of vaults made before this format ("v1": the data key wrapped directly
under the passphrase key) still open, and are replaced by a v2 slot at their
user's next login.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain import msg, safejson
from app.errors import AuthenticationError, IntegrityError, ValidationError
from app.vault import kdf, keyfile
from app.vault.attempts import Attempts, areas_problem, legacy_counter, penalize

SLOT_FILE = "vault.keys"
FORMAT = "field-dossier/keyslots/2"
LEGACY_FORMAT = "field-dossier/keyslots/1"
LEGACY_COUNTER = "unlock.state"
CALLSIGN_RE = re.compile(r"^[\w-]{2,32}$", re.UNICODE)
MAX_SLOTS = 40
MAX_WIPE_AFTER = 100
MAX_WORK = 8
_KEY_MAGIC = b"FDK2"
WRONG = msg.text("err.wrong_login")


def normalize_callsign(callsign: str) -> str:
    cs = unicodedata.normalize("NFC", callsign.strip())
    if not CALLSIGN_RE.match(cs):
        raise ValidationError(msg.text("err.callsign_format"))
    return cs


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, length: int | None = None, limit: int = 2048) -> bytes:
    if not isinstance(text, str) or len(text) > limit:
        raise ValueError("expected base64 text")
    raw = base64.b64decode(text, validate=True)
    if length is not None and len(raw) != length:
        raise ValueError("wrong length")
    return raw


def _int(value: Any, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise ValueError("number out of range")
    return value


@dataclass
class Slot:
    slot_id: str
    kdf: kdf.KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes  # v2: the age identity; v1: the data key
    version: int = 2
    recipient: str = ""
    key: bytes = b""  # v2: the data key, age-encrypted to `recipient`
    pending: bytes = b""  # v2: the next data key while a rotation is under way

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"id": self.slot_id, "v": self.version, "kdf": self.kdf.to_json(),
                               "salt": _b64(self.salt), "nonce": _b64(self.nonce),
                               "wrapped": _b64(self.wrapped)}
        if self.version == 2:
            doc["recipient"] = self.recipient
            doc["key"] = _b64(self.key)
            if self.pending:
                doc["pending"] = _b64(self.pending)
        return doc

    @classmethod
    def from_json(cls, data: Any, legacy: bool = False) -> Slot:
        if not isinstance(data, dict) or not re.fullmatch(r"[0-9a-f]{32}", str(data.get("id"))):
            raise ValueError("bad slot")
        params = kdf.KdfParams.from_json(data.get("kdf"))
        salt, nonce = _unb64(data.get("salt"), 16), _unb64(data.get("nonce"), 12)
        if legacy or data.get("v") == 1:
            wrapped = _unb64(data.get("wrapped_key") if legacy else data.get("wrapped"), kdf.KEY_BYTES + 16)
            return cls(str(data["id"]), params, salt, nonce, wrapped, version=1)
        if data.get("v") != 2 or not re.fullmatch(r"age1[0-9a-z]{58}", str(data.get("recipient"))):
            raise ValueError("bad slot")
        return cls(str(data["id"]), params, salt, nonce, _unb64(data.get("wrapped"), 74 + 16), 2,
                   str(data["recipient"]), _unb64(data.get("key")),
                   _unb64(data["pending"]) if "pending" in data else b"")


@dataclass(frozen=True)
class Keys:
    """What a passphrase opened: the current data key, and the next one if a
    rotation was interrupted (the database is under one of the two)."""

    current: bytes
    pending: bytes | None
    slot: Slot


@dataclass
class SlotFile:
    vault_id: str
    lookup_key: bytes
    slots: list[Slot] = field(default_factory=list)
    # The data key sealed to HQ's age recipient (base64 of the age file), when the
    # vault was enrolled with a recovery slot. Only HQ's identity opens it.
    recovery: str = ""
    recovery_pending: str = ""
    # Erase the vault after this many consecutive failed unlocks (0 = never). A
    # copy of the supervisor's setting, readable before unlocking; the vault holds
    # the authoritative value and restores this one if it was edited.
    wipe_after: int = 0
    attempts: Attempts = field(default_factory=Attempts)
    # Folders and partial files outside the vault folder that work in progress
    # (a backup) may leave; removed at the next start-up and by the panic wipe.
    work: list[str] = field(default_factory=list)
    # Set when a pre-2 key file was converted: older copies of it may remain in
    # the disk's free space, so a key rotation is advised.
    advise_rekey: bool = False
    generation: int = 0  # of the area this was read from (keyfile.py)
    legacy: bool = False

    @classmethod
    def new(cls) -> SlotFile:
        return cls(vault_id=os.urandom(16).hex(), lookup_key=os.urandom(32))

    def slot_id_for(self, callsign: str) -> str:
        cs = normalize_callsign(callsign).casefold()
        return hmac.new(self.lookup_key, cs.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def find(self, callsign: str) -> Slot | None:
        sid = self.slot_id_for(callsign)
        return next((s for s in self.slots if hmac.compare_digest(s.slot_id, sid)), None)

    def _aad(self, slot_id: str, params: kdf.KdfParams, salt: bytes, recipient: str | None) -> bytes:
        meta = {"f": LEGACY_FORMAT if recipient is None else FORMAT, "v": self.vault_id, "s": slot_id,
                "k": params.to_json(), "salt": _b64(salt)}
        if recipient is not None:
            meta["r"] = recipient
        return json.dumps(meta, sort_keys=True, separators=(",", ":")).encode()

    # -- the data key, sealed to a slot's recipient --------------------------------------
    def seal_key(self, data_key: bytes | bytearray, recipient: str) -> bytes:
        plain = _KEY_MAGIC + bytes.fromhex(self.vault_id) + bytes(data_key)
        return bytes(pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient)]))

    def _open_key(self, sealed: bytes, identity: Any) -> bytes:
        try:
            plain = bytes(pyrage.decrypt(sealed, [identity]))
        except pyrage.DecryptError:
            raise IntegrityError(keyfile.DAMAGED) from None
        if len(plain) != 52 or plain[:4] != _KEY_MAGIC or plain[4:20] != bytes.fromhex(self.vault_id):
            raise IntegrityError(keyfile.DAMAGED)
        return plain[20:]

    def make_slot(
        self, callsign: str, passphrase: str, data_key: bytes | bytearray, params: kdf.KdfParams | None = None
    ) -> Slot:
        """A new v2 slot (a fresh identity: an old copy of this user's slot opens no
        key sealed from now on)."""
        params = params or kdf.params_for_new_slot()
        sid = self.slot_id_for(callsign)
        salt, nonce = os.urandom(16), os.urandom(12)
        identity = pyrage.x25519.Identity.generate()
        recipient = str(identity.to_public())
        wrapping_key = kdf.derive(passphrase, salt, params)
        wrapped = AESGCM(wrapping_key).encrypt(nonce, str(identity).encode("ascii"),
                                               self._aad(sid, params, salt, recipient))
        return Slot(sid, params, salt, nonce, wrapped, 2, recipient, self.seal_key(data_key, recipient))

    def put(self, slot: Slot) -> None:
        others = [s for s in self.slots if s.slot_id != slot.slot_id]
        if len(others) >= MAX_SLOTS:
            raise ValidationError(msg.text("err.max_users", MAX_SLOTS))
        self.slots = [*others, slot]

    def remove(self, callsign: str) -> None:
        sid = self.slot_id_for(callsign)
        self.slots = [s for s in self.slots if s.slot_id != sid]

    def unwrap_keys(self, callsign: str, passphrase: str) -> Keys:
        """The data key(s), or AuthenticationError. An unknown call sign costs the same
        KDF work as a wrong passphrase, so timing does not reveal which call signs exist."""
        try:
            slot = self.find(callsign)
        except ValidationError:
            slot = None
        if slot is None:
            if self.slots:
                kdf.derive(passphrase, os.urandom(16), self.slots[0].kdf)
            raise AuthenticationError(WRONG)
        wrapping_key = kdf.derive(passphrase, slot.salt, slot.kdf)
        aad = self._aad(slot.slot_id, slot.kdf, slot.salt, slot.recipient if slot.version == 2 else None)
        try:
            opened = AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, aad)
        except InvalidTag:
            raise AuthenticationError(WRONG) from None
        if slot.version == 1:
            return Keys(opened, None, slot)
        try:
            identity = pyrage.x25519.Identity.from_str(opened.decode("ascii"))
        except (pyrage.IdentityError, UnicodeDecodeError, ValueError):
            raise IntegrityError(keyfile.DAMAGED) from None
        return Keys(self._open_key(slot.key, identity),
                    self._open_key(slot.pending, identity) if slot.pending else None, slot)

    def unwrap(self, callsign: str, passphrase: str) -> bytes:
        return self.unwrap_keys(callsign, passphrase).current

    # -- key rotation (app/vault/rekey.py) -------------------------------------------------
    def legacy_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.version == 1]

    def stage(self, new_key: bytes | bytearray, recovery: str = "") -> None:
        """Seal the next data key to every slot (and HQ's recovery slot)."""
        for s in self.slots:
            if s.version == 2:
                s.pending = self.seal_key(new_key, s.recipient)
        self.recovery_pending = recovery

    def promote(self) -> None:
        """The next data key becomes the current one; the old one is dropped."""
        self.slots = [s for s in self.slots if s.version == 2 and s.pending]
        for s in self.slots:
            s.key, s.pending = s.pending, b""
        if self.recovery:
            self.recovery = self.recovery_pending
        self.recovery_pending = ""
        self.advise_rekey = False

    def discard_pending(self) -> None:
        for s in self.slots:
            s.pending = b""
        self.recovery_pending = ""

    @property
    def rotating(self) -> bool:
        return any(s.pending for s in self.slots)

    # -- bytes -----------------------------------------------------------------------------
    def to_payload(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT, "vault_id": self.vault_id, "lookup_key": _b64(self.lookup_key),
            "slots": [s.to_json() for s in self.slots], "attempts": self.attempts.to_json(),
            "policy": {"wipe_after": self.wipe_after},
        }
        for name in ("recovery", "recovery_pending"):
            if getattr(self, name):
                doc[name] = getattr(self, name)
        if self.work:
            doc["work"] = list(self.work)
        if self.advise_rekey:
            doc["advise_rekey"] = True
        return json.dumps(doc, separators=(",", ":")).encode("ascii")

    @classmethod
    def from_payload(cls, raw: bytes, legacy: bool = False) -> SlotFile:
        try:
            doc = safejson.loads(raw.decode("ascii"), max_depth=8)
            if not isinstance(doc, dict) or doc.get("format") != (LEGACY_FORMAT if legacy else FORMAT):
                raise ValueError("unknown format")
            if set(doc) - (_LEGACY_KEYS if legacy else _KEYS):
                raise ValueError("unknown field")
            if legacy and "checksum" in doc and doc.pop("checksum") != _checksum(doc):
                raise ValueError("checksum mismatch")
            policy = doc.get("policy", {})
            if not isinstance(policy, dict) or set(policy) - {"wipe_after"}:
                raise ValueError("bad policy")
            vault_id = str(doc.get("vault_id"))
            if not re.fullmatch(r"[0-9a-f]{32}", vault_id):
                raise ValueError("bad vault id")
            raw_slots = doc.get("slots", [])
            if not isinstance(raw_slots, list) or len(raw_slots) > MAX_SLOTS + 8:
                raise ValueError("bad slots")
            recovery, pending = doc.get("recovery", ""), doc.get("recovery_pending", "")
            work = doc.get("work", [])
            if not (isinstance(recovery, str) and isinstance(pending, str) and isinstance(work, list)
                    and len(work) <= MAX_WORK and all(isinstance(w, str) and len(w) < 4096 for w in work)):
                raise ValueError("bad field")
            return cls(vault_id, _unb64(doc.get("lookup_key"), 32), [Slot.from_json(s, legacy) for s in raw_slots],
                       recovery, pending, _int(policy.get("wipe_after", 0), 0, MAX_WIPE_AFTER),
                       Attempts() if legacy else _counter(doc.get("attempts"), policy.get("wipe_after", 0)), work,
                       bool(doc.get("advise_rekey", False)), legacy=legacy)
        except (ValueError, UnicodeDecodeError, TypeError, KeyError, safejson.JsonLimitError):
            raise IntegrityError(keyfile.DAMAGED) from None


def _counter(data: Any, wipe_after: int) -> Attempts:
    """A damaged counter must not lock the keys away: it counts as untrusted instead."""
    try:
        return Attempts.from_json(data)
    except (ValueError, TypeError):
        state = Attempts(problem="the failed-unlock counter was damaged or edited")
        penalize(state, wipe_after)
        return state


_KEYS = {"format", "vault_id", "lookup_key", "slots", "recovery", "recovery_pending", "policy",
         "attempts", "work", "advise_rekey"}
_LEGACY_KEYS = {"format", "vault_id", "lookup_key", "slots", "recovery", "policy", "checksum"}


def _checksum(doc: dict[str, Any]) -> str:
    """The legacy format's SHA-256 of its canonical JSON (the new format checks each area)."""
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")
    return hashlib.sha256(body).hexdigest()


# -- the file ---------------------------------------------------------------------------------
def load(vault_dir: Path) -> SlotFile:
    read = keyfile.read(vault_dir / SLOT_FILE)
    slots = SlotFile.from_payload(read.payload, read.legacy)
    slots.generation = read.generation
    counter = slots.attempts
    known = counter.problem
    if read.legacy:
        slots.attempts = counter = legacy_counter(vault_dir)
        slots.advise_rekey = True
    elif read.torn:  # a write cut short (or one area damaged): count the failure it may have been
        counter.consecutive += 1
        counter.total += 1
    elif not counter.problem and read.older is not None:
        try:
            older: Attempts | None = SlotFile.from_payload(read.older).attempts
        except IntegrityError:
            older, read = None, replace(read, older_generation=-1)
        counter.problem = areas_problem(counter, older, read.generation - read.older_generation)
    if counter.problem and counter.problem != known:
        penalize(counter, slots.wipe_after)
    return slots


def save_counter(vault_dir: Path, slots: SlotFile) -> None:
    """One area: the next generation into the older area, in place. For the failed-unlock
    counter only: if a crash tears this write, the other area holds everything else
    unchanged, and a torn area counts as one failure (see `load`)."""
    payload = slots.to_payload()
    path = vault_dir / SLOT_FILE
    if slots.legacy:
        slots.generation = keyfile.convert_legacy(path, payload)
        slots.legacy = False
        (vault_dir / LEGACY_COUNTER).unlink(missing_ok=True)
        return
    slots.generation += 1
    keyfile.write(path, slots.generation, payload)


def save(vault_dir: Path, slots: SlotFile) -> None:
    """Both areas, one after the other (each fsynced): slots, policy, keys and journal
    are then the same in both, so a torn write falls back to a copy that differs at
    most in the counter, and nothing removed survives in the other area."""
    legacy = slots.legacy
    save_counter(vault_dir, slots)
    if not legacy:
        save_counter(vault_dir, slots)


scrub = save  # the name used where the point is that an old copy is overwritten


def create(vault_dir: Path, slots: SlotFile) -> None:
    slots.generation = keyfile.create(vault_dir / SLOT_FILE, slots.to_payload())
