"""User changes that touch the key file: add, remove (with a key rotation),
passphrase change, wipe policy. Called by the session's user methods.

Every change writes the key file in place and the database in an order that a
crash at any point cannot turn into a false tamper warning or a working slot
for a removed user:

* add: slot first (scrubbed into both areas), then the user row. A crash in
  between leaves a slot with no user, which cannot log in; the next login
  removes it.
* remove: the user row is marked removed (and a key rotation marked due) first,
  then the slot is overwritten, then the data key is rotated (app/vault/rekey.py).
  A slot left by a crash is removed at the next login, which also reminds that
  the rotation is due.
* passphrase: a new slot (new identity, new salt, Argon2id calibrated again)
  replaces the old one in both areas of the key file, then the audit entry.
* wipe policy: the database records the new value and the previous one, then
  the key file's copy is written, then the previous value is forgotten. A login
  finding the key file at the previous value finishes the change silently; any
  other difference is reported as tampering.

Each change also records the key file's generation, so a key file put back
from an earlier copy is reported at the next login.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import msg
from app.domain.enums import Role
from app.domain.passphrase import require_strong
from app.domain.roles import Action
from app.errors import DiskFullError, DossierError, NotFoundError, ValidationError
from app.vault import keyslots
from app.vault.dossiers import now_utc, set_meta

if TYPE_CHECKING:
    from app.vault.session import VaultSession


@dataclass(frozen=True)
class Removed:
    rekeyed: bool
    reason: str = ""  # why the data key was not changed, when it was not
    seconds: float = 0.0


def _record_generation(c: object, slots: keyslots.SlotFile) -> None:
    set_meta(c, "keyfile_gen", str(slots.generation - 1))  # the older area's: a torn write may fall back to it


def add_user(session: VaultSession, callsign: str, role: Role, passphrase: str) -> None:
    session.require(Action.MANAGE_USERS)
    cs = keyslots.normalize_callsign(callsign)
    require_strong(passphrase, (cs,))
    with session.read() as c:
        row = c.execute("SELECT removed_at FROM users WHERE callsign = ?", (cs,)).fetchone()
    if row is not None and row[0] is None:
        raise ValidationError(msg.text("err.user_exists"))
    slots = session._slots
    slot = slots.make_slot(cs, passphrase, session._data_key)
    previous = slots.find(cs)
    slots.put(slot)
    keyslots.scrub(session.vault_dir, slots)
    try:
        with session.write() as c:
            c.execute("DELETE FROM users WHERE callsign = ? AND removed_at IS NOT NULL", (cs,))
            c.execute("INSERT INTO users(callsign, role, slot_id, created_at) VALUES (?, ?, ?, ?)",
                      (cs, role.value, slot.slot_id, now_utc().isoformat()))
            _record_generation(c, slots)
            session.audit(c, "user_added", None, msg.text("audit.user_as", cs, msg.text(f"label.{role.value}"),
                                                          slot.kdf.describe()))
    except DossierError:  # e.g. a full disk: take the slot back, so nothing changed
        slots.remove(cs)
        if previous is not None:
            slots.put(previous)
        keyslots.scrub(session.vault_dir, slots)
        raise


def remove_user(session: VaultSession, callsign: str, progress: Callable[[float], None] | None = None,
                cancelled: Callable[[], bool] | None = None, rekey: bool = True) -> Removed:
    """Remove a user, overwrite their slot, and (unless `rekey` is False) change the
    data key so that their copy of the key file opens nothing current."""
    from app.vault import rekey as rotation

    session.require(Action.MANAGE_USERS)
    cs = keyslots.normalize_callsign(callsign)
    with session.write() as c:
        row = c.execute("SELECT role FROM users WHERE callsign = ? AND removed_at IS NULL", (cs,)).fetchone()
        if row is None:
            raise NotFoundError(msg.text("err.no_active_user"))
        if row[0] == Role.SUPERVISOR.value:
            (left,) = c.execute(
                "SELECT count(*) FROM users WHERE role = 'supervisor' AND removed_at IS NULL").fetchone()
            if left <= 1:
                raise ValidationError(msg.text("err.last_supervisor_removed"))
        c.execute("UPDATE users SET removed_at = ? WHERE callsign = ?", (now_utc().isoformat(), cs))
        set_meta(c, "rekey_due", "1")
        session.audit(c, "user_removed", None, cs)
    session._slots.remove(cs)
    keyslots.scrub(session.vault_dir, session._slots)
    if not rekey:
        return Removed(False, "not asked for")
    try:
        report = rotation.rekey(session, progress, cancelled)
    except (rotation.RekeyCancelled, ValidationError) as exc:
        return Removed(False, exc.message)
    return Removed(True, "", report.seconds)


def change_passphrase(session: VaultSession, new_passphrase: str) -> None:
    require_strong(new_passphrase, (session.user.callsign,))
    slots = session._slots
    slot = slots.make_slot(session.user.callsign, new_passphrase, session._data_key)  # calibrated afresh
    previous = slots.find(session.user.callsign)
    slots.put(slot)
    keyslots.scrub(session.vault_dir, slots)  # the old wrapping is overwritten in both areas
    try:
        with session.write() as c:
            _record_generation(c, slots)
            session.audit(c, "passphrase_changed", None, slot.kdf.describe())
    except DossierError:  # e.g. a full disk: the old passphrase stays, so nothing changed
        if previous is not None:
            slots.put(previous)
            keyslots.scrub(session.vault_dir, slots)
        raise


def set_wipe_after(session: VaultSession, attempts: int) -> None:
    """Erase the vault after this many consecutive failed unlocks (0: never)."""
    session.require(Action.MANAGE_USERS)
    if not 0 <= attempts <= keyslots.MAX_WIPE_AFTER or 0 < attempts < 3:
        raise ValidationError(msg.text("err.wipe_range", keyslots.MAX_WIPE_AFTER))
    slots = session._slots
    with session.write() as c:
        set_meta(c, "wipe_after_prev", str(slots.wipe_after))
        set_meta(c, "wipe_after", str(attempts))
        session.audit(c, "policy_changed", None,
                      msg.text("audit.erase_after", attempts) if attempts else msg.text("audit.never_erase"))
    slots.wipe_after = attempts
    keyslots.save(session.vault_dir, slots)
    try:
        with session.write() as c:
            c.execute("DELETE FROM meta WHERE key = 'wipe_after_prev'")
            _record_generation(c, slots)
    except DiskFullError:  # the change is complete; the next login forgets the old value
        pass
