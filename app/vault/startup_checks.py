"""Checks run right after a successful unlock, before the officer sees the list.

Each finds something an attacker with the laptop, a damaged disk or a wrong
clock could cause, records it in the audit log, and returns a one-line warning
(no case data) that the CLI prints and the desktop app shows:

- the failed-unlock counter was deleted, damaged or set back (attempts.check);
- the wipe policy copy in the key file differs from the vault's (restored);
- committed changes are missing (commitmark.check);
- the clock is far from the audit chain's last entry (clock_warning);
- the officer's certificate is revoked by HQ's newest CRL, expired, or about to expire;
- cases written to a stick long enough ago have no receipt from HQ (app/vault/exports.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.vault import attempts, commitmark, dossiers, keyslots
from app.vault.connection import Connection
from app.vault.dossiers import now_utc
from app.vault.session import VaultSession

log = logging.getLogger(__name__)

# An audit entry later than now by more than this means the clock went back.
CLOCK_BEHIND = timedelta(minutes=10)
# A login this long after the last recorded action is far more likely a clock
# set years ahead than a vault left untouched for that long.
CLOCK_AHEAD = timedelta(days=366)


def clock_warning(last_action: str | None, now: datetime) -> str:
    if not last_action:
        return ""
    try:
        last = datetime.fromisoformat(last_action)
    except ValueError:
        return ""
    if now < last - CLOCK_BEHIND:
        return (f"This computer's clock ({now:%Y-%m-%d %H:%M} UTC) is earlier than the vault's "
                f"last recorded action ({last:%Y-%m-%d %H:%M} UTC). Set the correct date and "
                "time: records made now will carry a wrong time.")
    if now > last + CLOCK_AHEAD:
        return (f"This computer's clock ({now:%Y-%m-%d} UTC) is more than a year after the "
                f"vault's last recorded action ({last:%Y-%m-%d}). Check the date and time.")
    return ""


@dataclass(frozen=True)
class BeforeLogin:
    """What must be read before the login writes anything (its audit entry moves
    the last action to now, and its commit rewrites the mark)."""

    last_action: str | None
    lost: str


def before_login(c: Connection, vault_dir: Path, data_key: bytes, vault_id: str) -> BeforeLogin:
    row = c.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    lost = commitmark.check(vault_dir, data_key, vault_id, commitmark.commits(c))
    return BeforeLogin(str(row[0]) if row else None, lost)


def _sentence(problem: str) -> str:
    return problem[0].upper() + problem[1:] + "."


def run(session: VaultSession, before: attempts.AttemptState, pre: BeforeLogin) -> list[str]:
    """Run every check; audit and return the warnings."""
    warnings: list[tuple[str, str]] = []
    slots = session._slots
    seen = session._meta("unlock_total")
    total_seen = int(seen) if seen else None
    policy = session.wipe_after
    clock = clock_warning(pre.last_action, now_utc())
    counter = attempts.check(before, total_seen)
    if counter:
        warnings.append(("tamper_detected", _sentence(counter)))
    if slots.wipe_after != policy:
        warnings.append(("tamper_detected", "The wipe policy in the key file had been changed; "
                         "the vault's setting was put back."))
        slots.wipe_after = policy
        keyslots.save(session.vault_dir, slots)
    if pre.lost:
        warnings.append(("integrity_warning", _sentence(pre.lost)))
    if clock:
        warnings.append(("clock_skew", clock))
    certificate = session.certificate_status().warning()  # revoked by HQ, expired or about to
    if certificate:
        warnings.append(("certificate_warning", certificate))
    late = session.unacknowledged()  # written to a stick, no receipt from HQ: a stick may be lost
    if late:
        warnings.append(("receipts_overdue", f"{len(late)} case(s) written to a stick at least "
                         f"{session.receipt_days} days ago have no receipt from HQ. Check that the stick reached HQ."))
    # The counter file now says (consecutive 0, total = before.total): remember that.
    with session.write() as c:
        dossiers.set_meta(c, "unlock_total", str(before.total))
        for action, message in warnings:
            session.audit(c, action, None, message)
    for action, message in warnings:
        log.warning("%s: %s", action, message)
    return [m for _, m in warnings]
