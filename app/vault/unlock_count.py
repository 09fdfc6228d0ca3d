"""The failed-unlock counter moved in the key file: an attempt counted before it is
tried, taken back when the passphrase was right (rules: app/vault/attempts.py)."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from app.vault import keyslots
from app.vault.attempts import Attempts
from app.vault.keyslots import SlotFile


def load(vault_dir: Path) -> Attempts:
    """The counter as the next attempt will find it (read only; for the unlock screen)."""
    return keyslots.load(vault_dir).attempts


def begin(vault_dir: Path, slots: SlotFile) -> Attempts:
    """Count this attempt as failed before it is tried; returns the state before it."""
    before = replace(slots.attempts)
    slots.attempts = Attempts(before.consecutive + 1, before.total + 1, time.time(), before.problem)
    keyslots.save_counter(vault_dir, slots)
    return before


def succeeded(vault_dir: Path, slots: SlotFile, before: Attempts) -> None:
    """Take back this login's count and reset the run of failures (call after the
    vault has recorded `before.total`, see `check`)."""
    slots.attempts = Attempts(0, before.total, before.last_failure)
    keyslots.save_counter(vault_dir, slots)


def take_back(vault_dir: Path, slots: SlotFile, before: Attempts) -> None:
    """The passphrase was right but the login failed for another reason (a damaged
    database, a full disk, a newer version): this attempt was no guess, so it does not
    count; the failures before it still do (the vault has not recorded them yet)."""
    slots.attempts = replace(before)
    keyslots.save_counter(vault_dir, slots)


def record_failure(vault_dir: Path) -> Attempts:
    """Count one failed attempt (what `begin` does; for tests and tools)."""
    slots = keyslots.load(vault_dir)
    begin(vault_dir, slots)
    return slots.attempts


def record_success(vault_dir: Path) -> Attempts:
    """Reset the run of failures, keeping the total; returns the state before."""
    slots = keyslots.load(vault_dir)
    before = replace(slots.attempts)
    succeeded(vault_dir, slots, before)
    return before
