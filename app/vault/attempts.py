"""Failed-unlock counter and the growing delay between attempts.

A wrong passphrase cannot write inside the encrypted vault (there is no key),
and must leave the database and slot file byte-identical. The counter lives in
its own small file, `unlock.state`, which holds only counts and a time. The
next successful login copies the failures into the audit log.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from app.vault.files import atomic_write

STATE_FILE = "unlock.state"
MAX_DELAY_SECONDS = 60.0
# A counter file that cannot be read is treated as this many failures, so
# deleting or corrupting it does not reset the delay to zero.
_UNREADABLE_PENALTY = 5


@dataclass
class AttemptState:
    consecutive: int = 0
    total: int = 0
    last_failure: float = 0.0
    unreadable: bool = False


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
        return AttemptState()
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return AttemptState(_UNREADABLE_PENALTY, _UNREADABLE_PENALTY, time.time(), unreadable=True)


def _save(vault_dir: Path, state: AttemptState) -> None:
    doc = {k: v for k, v in asdict(state).items() if k != "unreadable"}
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
    """Reset the consecutive count; returns the state before the reset."""
    state = load(vault_dir)
    if state.consecutive or state.unreadable:
        _save(vault_dir, AttemptState(0, state.total, state.last_failure))
    return state
