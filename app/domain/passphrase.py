"""Passphrase policy for key slots, judged by zxcvbn (works offline)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.domain import msg

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attack"
JUDGED = 72  # zxcvbn refuses (ValueError) anything longer; a longer passphrase is judged by its start


@dataclass(frozen=True)
class Strength:
    score: int
    acceptable: bool
    feedback: str


def normalize(passphrase: str) -> str:
    """The same passphrase typed on different keyboards must derive the same key."""
    return unicodedata.normalize("NFC", passphrase)


def assess(passphrase: str, context: tuple[str, ...] = ()) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, False, f"Use at least {MIN_LENGTH} characters; several words work well.")
    from zxcvbn import zxcvbn  # ~14 MB of word lists: loaded when a passphrase is first judged

    result = zxcvbn(passphrase[:JUDGED], user_inputs=[c for c in context if c])
    score = int(result["score"])
    tips = result.get("feedback", {})
    text = tips.get("warning") or " ".join(tips.get("suggestions", [])) or ""
    if score < MIN_SCORE:
        return Strength(score, False, text or "Too easy to guess: add more unrelated words.")
    return Strength(score, True, text)


def require_strong(passphrase: str, context: tuple[str, ...] = ()) -> None:
    """Raise ValidationError for a passphrase the policy does not accept."""
    from app.errors import ValidationError

    strength = assess(passphrase, context)
    if not strength.acceptable:
        raise ValidationError(msg.text("err.passphrase_weak", strength.feedback))
