"""Failed-unlock counter and the growing delay between attempts.

A wrong passphrase cannot write inside the encrypted vault (there is no key),
and must leave the database and slot file byte-identical. The counter lives in
its own small file, `unlock.state`, which holds only counts and a time. The
next successful login copies the failures into the audit log.

Nothing secret is available before unlocking, so this file cannot carry a MAC.
Instead the vault (encrypted) remembers the total failure count it last saw:
at the next login `check` reports a counter that was deleted, corrupted, or
edited down (total lower than before, or consecutive failures that do not add
up). Only putting back an exact earlier copy of the file goes unnoticed; an
attacker who can do that can also copy the whole vault and attack it offline,
which Argon2id, not this counter, defends against (docs/SECURITY.md).
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from app.vault.files import atomic_write

STATE_FILE = "unlock.state"
MAX_DELAY_SECONDS = 60.0
# With a wipe policy, the officer is warned from this many attempts before it.
WARN_BEFORE = 3
# A counter file that cannot be read is treated as this many failures, so
# deleting or corrupting it does not reset the delay to zero.
_UNREADABLE_PENALTY = 5


@dataclass
class AttemptState:
    consecutive: int = 0
    total: int = 0
    last_failure: float = 0.0
    unreadable: bool = False
    missing: bool = False


def delay_for(consecutive: int) -> float:
    """No delay before the first attempt; then 1, 2, 4, 8 … seconds, capped at 60."""
    if consecutive <= 0:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** (consecutive - 1))


def load(vault_dir: Path) -> AttemptState:
    path = vault_dir / STATE_FILE
    try:
        doc = json.loads(path.read_text("ascii"))
        state = AttemptState(
            consecutive=int(doc["consecutive"]), total=int(doc["total"]),
            last_failure=float(doc["last_failure"]),
        )
        if state.consecutive < 0 or state.total < state.consecutive:
            raise ValueError("inconsistent")
        return state
    except FileNotFoundError:
        return AttemptState(missing=True)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return AttemptState(_UNREADABLE_PENALTY, _UNREADABLE_PENALTY, time.time(), unreadable=True)


def _save(vault_dir: Path, state: AttemptState) -> None:
    doc = {k: v for k, v in asdict(state).items() if k not in ("unreadable", "missing")}
    atomic_write(vault_dir / STATE_FILE, json.dumps(doc).encode("ascii"))


def wait_remaining(state: AttemptState, now: float | None = None) -> float:
    now = time.time() if now is None else now
    elapsed = now - state.last_failure
    if elapsed < 0:  # clock moved back: count from now
        elapsed = 0.0
    return max(0.0, delay_for(state.consecutive) - elapsed)


def record_failure(vault_dir: Path) -> AttemptState:
    state = load(vault_dir)
    state = AttemptState(state.consecutive + 1, state.total + 1, time.time())
    _save(vault_dir, state)
    return state


def record_success(vault_dir: Path) -> AttemptState:
    """Reset the consecutive count (always writing the file, so a deleted one is
    noticed next time); returns the state before the reset."""
    state = load(vault_dir)
    _save(vault_dir, AttemptState(0, state.total, state.last_failure))
    return state


def check(state: AttemptState, total_seen: int | None) -> str:
    """Compare the counter read before a login with the total the vault recorded at
    the previous login. Returns a problem description, or "" if it adds up."""
    if total_seen is None:  # first login since this check existed
        return ""
    if state.missing:
        return "the failed-unlock counter file was deleted"
    if state.unreadable:
        return "the failed-unlock counter file was damaged or edited"
    if state.total < total_seen:
        return "the failed-unlock counter was set back"
    if state.consecutive != state.total - total_seen:
        return "the failed-unlock counter was edited"
    return ""


def attempts_left(state: AttemptState, wipe_after: int) -> int | None:
    """Unlock attempts left before the wipe policy erases the vault (None: no policy)."""
    if wipe_after <= 0:
        return None
    return max(0, wipe_after - state.consecutive)
