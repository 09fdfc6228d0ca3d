"""The failed-unlock counter, the growing delay, and their rules.

The counter lives in the key file (app/vault/keyslots.py, stored in place by
app/vault/keyfile.py), so it cannot be deleted without deleting the keys. An
attempt is counted *before* the passphrase is tried (as a smart card counts a
PIN), and a successful login takes its own count back afterwards: killing the
program during the key derivation does not save a guess from being counted.

Nothing secret exists before unlocking, so the counter cannot carry a MAC. The
vault (encrypted) remembers the total it saw at each login; the next login
reports (`check`) a counter set back, or a consecutive count reset without a
login. A counter that is missing (a pre-2 vault whose counter file was
deleted), damaged or inconsistent (the key file's two areas disagree in a way
no crash produces) counts as the wipe policy's limit minus one (or five
failures without a policy), is reported before the next attempt, and again,
as tampering, at the next login. A key-file area torn by a crash counts as one
failure, silently: that is what the interrupted write may have been.

What cannot be detected before unlocking: putting back an exact earlier copy
of the whole key file (it holds no secret to check it by). Whoever can do that
can also copy the vault and guess offline, where only Argon2id and the
passphrase protect (docs/SECURITY.md).

This module holds the counter and its rules; app/vault/unlock_count.py moves it
in the key file (so the key file's module can use the rules without a cycle).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain import msg, safejson

MAX_DELAY_SECONDS = 60.0
# With a wipe policy, the officer is warned from this many attempts before it.
WARN_BEFORE = 3
# Without a wipe policy, a counter that cannot be trusted counts as this many failures.
UNTRUSTED_PENALTY = 5
LEGACY_FILE = "unlock.state"


def _count(value: Any) -> int:
    if type(value) is not int or not 0 <= value <= 10**9:
        raise ValueError("bad count")
    return value


@dataclass
class Attempts:
    consecutive: int = 0
    total: int = 0
    last_failure: float = 0.0
    problem: str = ""  # damaged / missing / inconsistent: reported at the next login

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"consecutive": self.consecutive, "total": self.total,
                               "last_failure": self.last_failure}
        if self.problem:
            doc["problem"] = self.problem
        return doc

    @classmethod
    def from_json(cls, data: Any) -> Attempts:
        if not isinstance(data, dict):
            raise ValueError("bad counter")
        last, problem = data.get("last_failure", 0.0), data.get("problem", "")
        if not isinstance(last, int | float) or isinstance(last, bool) or not 0 <= last < 1e11:
            raise ValueError("bad counter")
        if not isinstance(problem, str) or len(problem) > 200:
            raise ValueError("bad counter")
        state = cls(_count(data.get("consecutive")), _count(data.get("total")), float(last), problem)
        if state.consecutive > state.total:
            raise ValueError("bad counter")
        return state


AttemptState = Attempts  # the name earlier code used


def legacy_counter(vault_dir: Path) -> Attempts:
    """The counter of a vault made before the key file held it (its own file)."""
    try:
        doc = safejson.loads((vault_dir / LEGACY_FILE).read_bytes()[:4096], max_depth=2)
        state = Attempts(_count(doc["consecutive"]), _count(doc["total"]), float(doc["last_failure"]))
        if state.consecutive > state.total:
            raise ValueError("inconsistent")
        return state
    except FileNotFoundError:
        return Attempts(problem="the failed-unlock counter file was deleted")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, OSError, safejson.JsonLimitError):
        return Attempts(problem="the failed-unlock counter file was damaged or edited")


# the phrase stored in the key file (a problem found before) -> its sentence's code
PROBLEMS = {
    "the failed-unlock counter file was deleted": "err.counter_file_deleted",
    "the failed-unlock counter file was damaged or edited": "err.counter_file_damaged",
    "the failed-unlock counter was damaged or edited": "err.counter_damaged",
    "the key file's two copies do not match": "err.keyfile_copies",
    "the failed-unlock counter was set back": "err.counter_set_back",
    "the failed-unlock counter was edited": "err.counter_edited",
}


def sentence(problem: str) -> str:
    """A counter problem as the sentence shown to a person, carrying its code (app.domain.msg)."""
    code = PROBLEMS.get(problem)
    if code:
        return msg.text(code)
    return problem[0].upper() + problem[1:] + "." if problem else ""


def areas_problem(newest: Attempts, older: Attempts | None, generation_gap: int) -> str:
    """The key file's two areas are written alternately, so they differ by one
    generation, and the newer counter follows from the older in one of the ways the
    program moves it: failures added (to the run and the total alike), a login taking
    back its own count and ending the run, or unchanged."""
    if generation_gap != 1:
        return "the key file's two copies do not match"
    if older is None:
        return ""
    added = newest.total - older.total
    if added >= 0 and newest.consecutive - older.consecutive == added:
        return ""
    if added == -1 and newest.consecutive == 0:
        return ""
    if added < -1:
        return "the failed-unlock counter was set back"
    return "the failed-unlock counter was edited"


def penalize(state: Attempts, wipe_after: int) -> None:
    """An untrusted counter: as many failures as the policy allows, minus one."""
    floor = wipe_after - 1 if wipe_after else UNTRUSTED_PENALTY
    state.consecutive = max(state.consecutive, floor)
    state.total = max(state.total, state.consecutive)
    state.last_failure = max(state.last_failure, time.time())


def delay_for(consecutive: int) -> float:
    """No delay before the first attempt; then 1, 2, 4, 8 … seconds, capped at 60."""
    if consecutive <= 0:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** (consecutive - 1))


def wait_remaining(state: Attempts, now: float | None = None) -> float:
    now = time.time() if now is None else now
    elapsed = now - state.last_failure
    if elapsed < 0:  # clock moved back: count from now
        elapsed = 0.0
    return max(0.0, delay_for(state.consecutive) - elapsed)


def check(before: Attempts, total_seen: int | None) -> str:
    """Compare the counter found by a login with the total the vault recorded at the
    previous login. Returns a problem description, or "" if it adds up.

    Every failure since that login is consecutive (a login resets the run), so
    consecutive >= total - total_seen; it may be larger only when a crash came
    between a login's record in the vault and its reset of the counter."""
    if before.problem:
        return before.problem
    if total_seen is None:  # first login since this check existed
        return ""
    if before.total < total_seen:
        return "the failed-unlock counter was set back"
    if before.consecutive < before.total - total_seen:
        return "the failed-unlock counter was edited"
    return ""


def attempts_left(state: Attempts, wipe_after: int) -> int | None:
    """Unlock attempts left before the wipe policy erases the vault (None: no policy)."""
    if wipe_after <= 0:
        return None
    return max(0, wipe_after - state.consecutive)
