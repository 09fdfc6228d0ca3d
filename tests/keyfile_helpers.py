"""Reading and editing the key file as a test (or an attacker) would, and writing
the key file of a vault made before format 2 (the legacy JSON file)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.vault import kdf, keyfile, keyslots


def payload(vault_dir: Path) -> dict[str, Any]:
    """The newest area's JSON."""
    return json.loads(keyfile.read(vault_dir / keyslots.SLOT_FILE).payload)


def areas(vault_dir: Path) -> list[tuple[int, dict[str, Any]] | None]:
    raw = (vault_dir / keyslots.SLOT_FILE).read_bytes()
    out: list[tuple[int, dict[str, Any]] | None] = []
    for i in (0, 1):
        found = keyfile._area(raw[i * keyfile.AREA_SIZE:(i + 1) * keyfile.AREA_SIZE])
        out.append(None if found is None else (found[0], json.loads(found[1])))
    return out


def edit(vault_dir: Path, change: Callable[[dict[str, Any]], None], both: bool = True) -> None:
    """Edit the newest area's JSON and write it back with valid checksums, in both
    areas (or only the newest), as someone who knows the format would."""
    path = vault_dir / keyslots.SLOT_FILE
    read = keyfile.read(path)
    doc = json.loads(read.payload)
    change(doc)
    body = json.dumps(doc, separators=(",", ":")).encode("ascii")
    raw = bytearray(path.read_bytes())
    targets = [read.generation, read.generation - 1] if both else [read.generation]
    for gen in targets:
        start = (gen % 2) * keyfile.AREA_SIZE
        raw[start:start + keyfile.AREA_SIZE] = keyfile.encode_area(gen, body)
    # In place, as the app writes it: `write_bytes` truncates, and on ext4 the new
    # blocks may land elsewhere, leaving the earlier key file in free space (the
    # undelete test then finds it: a copy the test made, not the app).
    with open(path, "r+b") as f:
        f.write(bytes(raw))
        f.flush()
        os.fsync(f.fileno())


def set_counter(vault_dir: Path, **fields: Any) -> None:
    edit(vault_dir, lambda doc: doc["attempts"].update(fields))


def counter(vault_dir: Path) -> dict[str, Any]:
    return dict(payload(vault_dir)["attempts"])


def legacy_slot(slots: keyslots.SlotFile, callsign: str, passphrase: str, key: bytes) -> keyslots.Slot:
    """A v1 slot, as versions before format 2 made them."""
    params = kdf.INSECURE_TEST_PARAMS
    sid = slots.slot_id_for(callsign)
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(kdf.derive(passphrase, salt, params)).encrypt(nonce, key, slots._aad(sid, params, salt, None))
    return keyslots.Slot(sid, params, salt, nonce, wrapped, version=1)


def write_legacy(vault_dir: Path, slots: keyslots.SlotFile, counter_state: dict[str, Any] | None = None) -> None:
    """vault.keys (JSON, format 1, with its checksum) and unlock.state, as older versions wrote them."""
    doc: dict[str, Any] = {
        "format": keyslots.LEGACY_FORMAT, "vault_id": slots.vault_id,
        "lookup_key": base64.b64encode(slots.lookup_key).decode(),
        "slots": [{"id": s.slot_id, "kdf": s.kdf.to_json(), "salt": base64.b64encode(s.salt).decode(),
                   "nonce": base64.b64encode(s.nonce).decode(),
                   "wrapped_key": base64.b64encode(s.wrapped).decode()} for s in slots.slots],
    }
    if slots.recovery:
        doc["recovery"] = slots.recovery
    if slots.wipe_after:
        doc["policy"] = {"wipe_after": slots.wipe_after}
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")
    doc["checksum"] = hashlib.sha256(body).hexdigest()
    (vault_dir / keyslots.SLOT_FILE).write_text(json.dumps(doc, indent=1) + "\n")
    state = counter_state if counter_state is not None else {"consecutive": 0, "total": 0, "last_failure": 0.0}
    (vault_dir / "unlock.state").write_text(json.dumps(state))
