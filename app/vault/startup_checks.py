"""What a login does once the database is open, and the checks it runs.

Each check finds something an attacker with the laptop, a damaged disk or a
wrong clock could cause, records it in the audit log, and returns a one-line
warning (no case data) that the CLI prints and the desktop app shows:

- the failed-unlock counter was damaged, set back or reset (attempts.check);
- the wipe policy copy in the key file differs from the vault's (restored);
- the key file is older than the vault's record of it (an earlier copy put back);
- committed changes are missing (commitmark.check);
- the clock is far from the audit chain's last entry (clock_warning);
- the officer's certificate is revoked by HQ's newest CRL, expired, or about to expire;
- cases written to a stick long enough ago have no receipt from HQ (app/vault/exports.py).

None of them fires after a crash, at whatever point (tests/adversarial/test_killpoints.py):
a login also finishes or undoes what an interrupted one, a user change, a policy
change or a key rotation left (see app/vault/users.py and app/vault/rekey.py).
Notices (no alarm) say what should be done: a key rotation due, a full disk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.domain import msg
from app.errors import DiskFullError
from app.vault import attempts, commitmark, keyslots, leftovers, reserve
from app.vault.connection import Connection
from app.vault.dossiers import get_meta, now_utc, set_meta
from app.vault.session import VaultSession

log = logging.getLogger(__name__)

# An audit entry later than now by more than this means the clock went back.
CLOCK_BEHIND = timedelta(minutes=10)
# A login this long after the last recorded action is far more likely a clock
# set years ahead than a vault left untouched for that long.
CLOCK_AHEAD = timedelta(days=366)

REKEY_DUE = msg.text("err.rekey_due")
REKEY_ADVISED = msg.text("err.rekey_advised")
DISK_FULL_NOTICE = msg.text("err.disk_full_notice")
WEAK_SLOT = msg.text("err.weak_slot")


def clock_warning(last_action: str | None, now: datetime) -> str:
    if not last_action:
        return ""
    try:
        last = datetime.fromisoformat(last_action)
    except ValueError:
        return ""
    if now < last - CLOCK_BEHIND:
        return msg.text("err.clock_behind", f"{now:%Y-%m-%d %H:%M}", f"{last:%Y-%m-%d %H:%M}")
    if now > last + CLOCK_AHEAD:
        return msg.text("err.clock_ahead", f"{now:%Y-%m-%d}", f"{last:%Y-%m-%d}")
    return ""


@dataclass(frozen=True)
class Opened:
    """How the login opened the database."""

    old_key: bytes | None  # set when a key rotation is finished by this login
    keys: keyslots.Keys
    passphrase: str


def _int(text: str) -> int | None:
    return int(text) if text.lstrip("-").isdigit() else None


def _orphans(c: Connection, slots: keyslots.SlotFile) -> tuple[list[str], bool]:
    """Slots with no active user (left by a crash in a user change), and whether one
    of them belonged to a removed user (whose key must then be rotated away)."""
    rows = c.execute("SELECT slot_id, removed_at IS NULL FROM users").fetchall()
    active = {str(r[0]) for r in rows if r[1]}
    removed = {str(r[0]) for r in rows if not r[1]}
    orphans = [s.slot_id for s in slots.slots if s.slot_id not in active]
    return orphans, any(o in removed for o in orphans)


def login(session: VaultSession, before: attempts.Attempts, opened: Opened) -> None:
    """Finish the login: checks, audit entries, the key file's counter reset and
    repairs. Sets `session.warnings` and `session.notices`."""
    from app.vault import rekey

    vault_dir: Path = session.vault_dir
    slots = session._slots
    pre_generation = slots.generation - 1  # as found, before this login's own count
    finished = opened.old_key is not None
    discarded = not finished and slots.rotating
    if finished:
        rekey.finish(vault_dir, slots, opened.old_key or b"", session._data_key)
    elif discarded:
        slots.discard_pending()  # the rotation stopped before the switch: the old key stays
    warnings: list[tuple[str, str]] = []
    notices: list[str] = []
    with session.read() as c:
        last = c.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        lost = commitmark.check(vault_dir, bytes(session._data_key), slots.vault_id, commitmark.commits(c))
        seen, recorded = _int(get_meta(c, "unlock_total")), _int(get_meta(c, "keyfile_gen"))
        policy = _int(get_meta(c, "wipe_after")) or 0
        previous = _int(get_meta(c, "wipe_after_prev"))
        orphans, removed_slot = _orphans(c, slots)
        rekey_due = removed_slot or get_meta(c, "rekey_due") == "1"
    counter = attempts.check(before, seen)
    if counter:
        warnings.append(("tamper_detected", attempts.sentence(counter)))
    if slots.wipe_after != policy:
        if slots.wipe_after != previous:  # not the value an interrupted change left
            warnings.append(("tamper_detected", msg.text("err.wipe_policy_restored")))
        slots.wipe_after = policy
    if recorded is not None and not slots.legacy and 0 < pre_generation < recorded:
        warnings.append(("tamper_detected", msg.text("err.keyfile_older")))
    if lost:
        warnings.append(("integrity_warning", lost))
    clock = clock_warning(str(last[0]) if last else None, now_utc())
    if clock:
        warnings.append(("clock_skew", clock))
    certificate = session.certificate_status().warning()  # revoked by HQ, expired or about to
    if certificate:
        warnings.append(("certificate_warning", certificate))
    late = session.unacknowledged()  # written to a stick, no receipt from HQ: a stick may be lost
    if late:
        warnings.append(("receipts_overdue", msg.text("err.receipts_overdue", len(late), session.receipt_days)))
    counted = before
    try:
        _record(session, before, warnings, finished, removed_slot)
    except DiskFullError:  # nothing can be written: the officer can still read and back up
        notices.append(DISK_FULL_NOTICE)
        log.warning("login on a full disk: its audit entries could not be saved")
        # The vault still holds the total of the previous login: the counter goes back
        # to it (both areas), so the next login finds them in step, with no false alarm.
        counted = attempts.Attempts(0, seen if seen is not None else before.total, before.last_failure)
    if finished:
        rekey_due = False
    _repair_key_file(session, counted, opened, orphans, discarded or counted is not before)
    if rekey_due:
        notices.append(REKEY_DUE)
    if slots.advise_rekey:
        notices.append(REKEY_ADVISED)
    if opened.keys.slot.kdf.below_floor and not opened.keys.slot.kdf.weak:
        notices.append(WEAK_SLOT)
    if not reserve.ensure(vault_dir) and DISK_FULL_NOTICE not in notices:
        notices.append(DISK_FULL_NOTICE)
    for action, message in warnings:
        log.warning("%s: %s", action, message)
    session.warnings = [m for _, m in warnings]
    session.notices = notices


def _record(session: VaultSession, before: attempts.Attempts, warnings: list[tuple[str, str]],
            finished: bool, removed_slot: bool) -> None:
    """The login's own entries, in one transaction."""
    slots = session._slots
    with session.write() as c:
        if before.consecutive:
            session.audit(c, "failed_unlock", None, msg.text("audit.failed_before", before.consecutive))
        session.audit(c, "login")
        if finished:
            session.audit(c, "rekey", None, msg.text("audit.rekey_at_login"))
        for action, message in warnings:
            session.audit(c, action, None, message)
        # The counter will say (consecutive 0, total = before.total): remember that.
        set_meta(c, "unlock_total", str(before.total))
        set_meta(c, "keyfile_gen", str(slots.generation - 1))  # the older area's: a torn write may fall back to it
        c.execute("DELETE FROM meta WHERE key = 'wipe_after_prev'")
        if removed_slot:
            set_meta(c, "rekey_due", "1")
        if finished:
            c.execute("DELETE FROM meta WHERE key = 'rekey_due'")


def _repair_key_file(session: VaultSession, before: attempts.Attempts, opened: Opened,
                     orphans: list[str], discarded: bool) -> None:
    """One update of the key file: the counter reset, and whatever a crash left
    (written into both areas when something was removed from it)."""
    slots = session._slots
    slots.attempts = attempts.Attempts(0, before.total, before.last_failure)
    scrub = bool(orphans) or discarded
    if orphans:
        slots.slots = [s for s in slots.slots if s.slot_id not in orphans]
    old = opened.keys.slot
    if old.version == 1:  # a slot from before the key file's format 2: make it a v2 slot
        params = None if old.kdf.below_floor and not old.kdf.weak else old.kdf
        slots.put(slots.make_slot(session.user.callsign, opened.passphrase, session._data_key, params))
        scrub = True
    work = slots.work
    slots.work = leftovers.sweep_journal(work)
    if scrub or work != slots.work:
        keyslots.save(session.vault_dir, slots)
    else:
        keyslots.save_counter(session.vault_dir, slots)
